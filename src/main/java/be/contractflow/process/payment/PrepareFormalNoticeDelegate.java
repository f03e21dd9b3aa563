package be.contractflow.process.payment;

import be.contractflow.process.VariableValues;
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
    String invoiceNumber = VariableValues.string(execution, PaymentVariables.INVOICE_NUMBER);
    // processing
    String letterKey = service.prepareFormalNotice(invoiceNumber);
    // output
    execution.setVariable(PaymentVariables.FORMAL_NOTICE_KEY, letterKey);
  }
}
