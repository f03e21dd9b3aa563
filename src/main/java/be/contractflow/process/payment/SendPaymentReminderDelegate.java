package be.contractflow.process.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendPaymentReminder: VIR-4 single reminder / Book XIX free first reminder, stating a
 * payment date counted from the day it is written for; written again (next attempt) when staff
 * asked it on "Unsent reminder".
 */
@Component
public class SendPaymentReminderDelegate implements JavaDelegate {

  private final DunningService service;

  public SendPaymentReminderDelegate(DunningService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoiceNumber = PaymentVariables.INVOICE_NUMBER.get(execution);
    int attempt = PaymentVariables.REMINDER_ATTEMPT.get(execution, 1);
    if (Boolean.TRUE.equals(PaymentVariables.RESEND_REMINDER.get(execution))) {
      attempt++;
    }
    // processing
    var reminder = service.sendReminder(invoiceNumber, attempt);
    // output
    // only what the process reads (issue 16): the attempt when it is not the first (absent = 1),
    // the resend answer reset when staff gave one, the day the "day ended" timer counts from;
    // the stated payment date is in the ledger (deadline "reminder-payment", the notice)
    if (attempt > 1 || execution.hasVariable(PaymentVariables.REMINDER_ATTEMPT.name())) {
      PaymentVariables.REMINDER_ATTEMPT.set(execution, attempt);
    }
    if (execution.hasVariable(PaymentVariables.RESEND_REMINDER.name())) {
      PaymentVariables.RESEND_REMINDER.set(execution, false);
    }
    PaymentVariables.REMINDER_WRITTEN_ON.set(execution, reminder.writtenOn());
  }
}
