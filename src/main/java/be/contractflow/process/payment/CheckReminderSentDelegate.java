package be.contractflow.process.payment;

import be.contractflow.process.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Task_CheckReminderSent: at the end of the reminder's day, whether it really left (CEL-XIX.2,
 * VIR-4): its sending date becomes the first reminder date, or it is given up and accounting is
 * told why. When the terms count the suspension from the reminder (VIR-9), its day is counted
 * from that sending: {@code suspensionOn} for the timer "Reminder sent + 15 days".
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
    String invoiceNumber = PaymentVariables.INVOICE_NUMBER.get(execution);
    int attempt = PaymentVariables.REMINDER_ATTEMPT.get(execution, 1);
    boolean suspensionDecided = PaymentVariables.SUSPEND.get(execution) != null;
    // processing
    var sending = service.checkReminderSent(invoiceNumber, attempt, suspensionDecided);
    // output
    // Gateway_ReminderSent reads the answer in this transaction: transient unless already stored
    // (issue 16); the reason only for the "Handle unsent reminder" form
    forGateway(execution, PaymentVariables.REMINDER_SENT, sending.sent());
    // Gateway_SuspensionFromReminder, then the timer "Reminder sent + 15 days" (VIR-9)
    forGateway(execution, PaymentVariables.SUSPENSION_AFTER_REMINDER,
        sending.suspensionOn() != null);
    if (sending.suspensionOn() != null) {
      PaymentVariables.SUSPENSION_ON.set(execution, sending.suspensionOn());
      if (!execution.hasVariable(PaymentVariables.SUSPENSION_BY_STAFF.name())) {
        PaymentVariables.SUSPENSION_BY_STAFF.set(execution, sending.suspensionByStaff());
        PaymentVariables.SUSPENSION_CLAUSE.set(execution, sending.suspensionClause());
      }
    }
    if (!sending.sent() || execution.hasVariable(PaymentVariables.REMINDER_UNSENT_REASON.name())) {
      PaymentVariables.REMINDER_UNSENT_REASON.set(execution, sending.reason());
    }
  }

  /** Read only by a gateway in this transaction: transient unless already stored (issue 16). */
  private static void forGateway(DelegateExecution execution, ProcessVariable<Boolean> variable,
      boolean value) {
    if (execution.hasVariable(variable.name())) {
      variable.set(execution, value);
    } else {
      execution.setVariable(variable.name(), Variables.booleanValue(value, true));
    }
  }
}
