package be.contractflow.process.payment;

import be.contractflow.process.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Task_CheckReminderSent: at the end of the reminder's day, whether it really left (CEL-XIX.2,
 * VIR-4): its sending date becomes the first reminder date, or it is given up and accounting is
 * told why.
 */
@Component
public class CheckReminderSentDelegate implements JavaDelegate {

  private final DunningService service;

  public CheckReminderSentDelegate(DunningService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoiceNumber = VariableValues.string(execution, PaymentVariables.INVOICE_NUMBER);
    Object attemptValue = execution.getVariable(PaymentVariables.REMINDER_ATTEMPT);
    int attempt = attemptValue instanceof Number n ? n.intValue() : 1;
    // processing
    var sending = service.checkReminderSent(invoiceNumber, attempt);
    // output
    // Gateway_ReminderSent reads the answer in this transaction: transient unless already stored
    // (issue 16); the reason only for the "Handle unsent reminder" form
    if (execution.hasVariable(PaymentVariables.REMINDER_SENT)) {
      execution.setVariable(PaymentVariables.REMINDER_SENT, sending.sent());
    } else {
      execution.setVariable(PaymentVariables.REMINDER_SENT,
          Variables.booleanValue(sending.sent(), true));
    }
    if (!sending.sent() || execution.hasVariable(PaymentVariables.REMINDER_UNSENT_REASON)) {
      execution.setVariable(PaymentVariables.REMINDER_UNSENT_REASON, sending.reason());
    }
  }
}
