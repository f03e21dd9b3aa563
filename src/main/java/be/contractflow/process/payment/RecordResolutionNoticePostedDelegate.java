package be.contractflow.process.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordResolutionNoticePosted: WJA-12, the resolution letter was posted on the date staff entered. */
@Component
public class RecordResolutionNoticePostedDelegate implements JavaDelegate {

  private final DefaultService service;

  public RecordResolutionNoticePostedDelegate(DefaultService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoiceNumber = PaymentVariables.INVOICE_NUMBER.get(execution);
    var postedOn = PaymentVariables.POSTED_ON.get(execution);
    // processing
    service.resolutionNoticePosted(invoiceNumber, postedOn);
    // output
    execution.removeVariable(PaymentVariables.POSTED_ON.name());
  }
}
