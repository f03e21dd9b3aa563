package be.contractflow.process.payment;

import be.contractflow.process.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendPaymentReminder: VIR-4 single reminder / Book XIX free first reminder, stating a payment date. */
@Component
public class SendPaymentReminderDelegate implements JavaDelegate {

  private final DunningService service;

  public SendPaymentReminderDelegate(DunningService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoiceNumber = VariableValues.string(execution, PaymentVariables.INVOICE_NUMBER);
    // processing
    var paymentDate = service.sendReminder(invoiceNumber);
    // output
    execution.setVariable(PaymentVariables.REMINDER_PAYMENT_DATE, VariableValues.iso(paymentDate));
  }
}
