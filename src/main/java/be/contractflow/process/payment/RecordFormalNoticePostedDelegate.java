package be.contractflow.process.payment;

import be.contractflow.process.VariableValues;
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
    String invoiceNumber = VariableValues.string(execution, PaymentVariables.INVOICE_NUMBER);
    var postedOn = VariableValues.date(execution, PaymentVariables.POSTED_ON);
    // processing
    var posted = service.formalNoticePosted(invoiceNumber, postedOn);
    // output
    execution.setVariable(PaymentVariables.FORMAL_NOTICE_POSTED, true);
    execution.setVariable(PaymentVariables.FORMAL_NOTICE_EXPIRES, VariableValues.iso(posted.expires()));
    execution.setVariable(PaymentVariables.FORMAL_NOTICE_POSTED_ON,
        VariableValues.iso(posted.postedOn()));
    execution.removeVariable(PaymentVariables.POSTED_ON);
  }
}
