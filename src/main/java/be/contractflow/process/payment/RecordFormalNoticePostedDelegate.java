package be.contractflow.process.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordFormalNoticePosted: WJA-12, the posting date is the sending date; the notice expires 15 days later. */
@Component
public class RecordFormalNoticePostedDelegate implements JavaDelegate {

  private final DefaultService service;

  public RecordFormalNoticePostedDelegate(DefaultService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoiceNumber = PaymentVariables.INVOICE_NUMBER.get(execution);
    var postedOn = PaymentVariables.POSTED_ON.get(execution);
    // processing
    var posted = service.formalNoticePosted(invoiceNumber, postedOn);
    // output
    PaymentVariables.FORMAL_NOTICE_POSTED.set(execution, true);
    PaymentVariables.FORMAL_NOTICE_EXPIRES.set(execution, posted.expires());
    PaymentVariables.FORMAL_NOTICE_POSTED_ON.set(execution, posted.postedOn());
    execution.removeVariable(PaymentVariables.POSTED_ON.name());
  }
}
