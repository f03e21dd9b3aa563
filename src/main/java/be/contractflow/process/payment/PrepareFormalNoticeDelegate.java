package be.contractflow.process.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PrepareFormalNotice: WJA-12, the formal notice as a registered letter PDF waiting to be posted. */
@Component
public class PrepareFormalNoticeDelegate implements JavaDelegate {

  private final DefaultService service;

  public PrepareFormalNoticeDelegate(DefaultService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoiceNumber = PaymentVariables.INVOICE_NUMBER.get(execution);
    // processing
    String letterKey = service.prepareFormalNotice(invoiceNumber);
    // output
    PaymentVariables.FORMAL_NOTICE_KEY.set(execution, letterKey);
  }
}
