package be.contractflow.process.order;

import be.contractflow.notice.NoticeRequest;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CancelOrder: the cancellation damages net of what was paid (WJA-18, BDB-10.2). */
@Component
public class CancelOrderDelegate implements JavaDelegate {

  private final OrderService orders;

  public CancelOrderDelegate(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = OrderVariables.CONTRACT_NUMBER.get(execution);
    LocalDate date = OrderVariables.EVENT_DATE.get(execution);
    // processing
    OrderService.Cancelled cancelled = orders.cancel(NoticeRequest.keyOf(
        execution.getProcessInstanceId(), execution.getCurrentActivityId(), "cancellation"),
        contractNumber, date);
    // output
    OrderVariables.CANCELLATION_FEE_INVOICE_NUMBER.set(execution,
        cancelled.feeInvoiceNumber());
    OrderVariables.CREDIT_NOTE_NUMBER.set(execution, cancelled.creditNoteNumber());
  }
}
