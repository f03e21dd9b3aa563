package be.contractflow.process.delivery;


import be.contractflow.notice.NoticeRequest;
import be.contractflow.process.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SettleCancellation: the order cancelled during the work, pro rata of the work done
 * (BDB-10.2, CC-1794) or at the terms' fixed damages (WJA-18), net of what was paid.
 */
@Component
public class SettleCancellationDelegate implements JavaDelegate {

  private final DeliveryService delivery;

  public SettleCancellationDelegate(DeliveryService delivery) {
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = DeliveryVariables.CONTRACT_NUMBER.get(execution);
    var cancelledOn = DeliveryVariables.CANCELLED_ON.get(execution);
    var workDonePercent = DeliveryVariables.WORK_DONE_PERCENT.get(execution);
    // processing
    OrderService.Cancelled cancelled = delivery.cancel(NoticeRequest.keyOf(
            execution.getProcessInstanceId(), execution.getCurrentActivityId(), "cancellation"),
        contractNumber, cancelledOn, workDonePercent);
    // output
    DeliveryVariables.CANCELLATION_FEE_INVOICE_NUMBER.set(execution,
        cancelled.feeInvoiceNumber());
    DeliveryVariables.CREDIT_NOTE_NUMBER.set(execution, cancelled.creditNoteNumber());
  }
}
