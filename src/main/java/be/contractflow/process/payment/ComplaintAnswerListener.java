package be.contractflow.process.payment;

import be.contractflow.process.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of "Handle invoice complaint": refuses an answer that cannot be carried out (a
 * part to credit with a corrected amount, or a part not less than the invoice); the task stays
 * open with the message on the form and nothing changes (WJA-15, BDB-16.3).
 */
@Component
public class ComplaintAnswerListener implements TaskListener {

  private final DefaultService defaults;

  public ComplaintAnswerListener(DefaultService defaults) {
    this.defaults = defaults;
  }

  @Override
  public void notify(DelegateTask task) {
    // input
    String invoiceNumber = VariableValues.string(task, PaymentVariables.INVOICE_NUMBER);
    boolean accepted = VariableValues.bool(task, PaymentVariables.COMPLAINT_ACCEPTED);
    var corrected = VariableValues.decimal(task, PaymentVariables.CORRECTED_AMOUNT_EXCL_VAT);
    var credit = VariableValues.decimal(task, PaymentVariables.CREDIT_AMOUNT_INCL_VAT);
    // processing: throws RejectedException when refused
    defaults.checkCorrection(invoiceNumber, accepted, corrected, credit);
  }
}
