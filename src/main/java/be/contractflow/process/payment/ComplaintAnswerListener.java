package be.contractflow.process.payment;

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
    String invoiceNumber = PaymentVariables.INVOICE_NUMBER.get(task);
    boolean accepted = Boolean.TRUE.equals(PaymentVariables.COMPLAINT_ACCEPTED.get(task));
    var corrected = PaymentVariables.CORRECTED_AMOUNT_EXCL_VAT.get(task);
    var credit = PaymentVariables.CREDIT_AMOUNT_INCL_VAT.get(task);
    // processing: throws RejectedException when refused
    defaults.checkCorrection(invoiceNumber, accepted, corrected, credit);
  }
}
