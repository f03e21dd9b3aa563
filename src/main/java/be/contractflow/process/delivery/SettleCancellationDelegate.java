package be.contractflow.process.delivery;

import static be.contractflow.process.VariableValues.date;
import static be.contractflow.process.VariableValues.decimal;
import static be.contractflow.process.VariableValues.string;

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
    String contractNumber = string(execution, DeliveryVariables.CONTRACT_NUMBER);
    var cancelledOn = date(execution, DeliveryVariables.CANCELLED_ON);
    var workDonePercent = decimal(execution, DeliveryVariables.WORK_DONE_PERCENT);
    // processing
    OrderService.Cancelled cancelled = delivery.cancel(NoticeRequest.keyOf(
            execution.getProcessInstanceId(), execution.getCurrentActivityId(), "cancellation"),
        contractNumber, cancelledOn, workDonePercent);
    // output
    execution.setVariable(DeliveryVariables.CANCELLATION_FEE_INVOICE_NUMBER,
        cancelled.feeInvoiceNumber());
    execution.setVariable(DeliveryVariables.CREDIT_NOTE_NUMBER, cancelled.creditNoteNumber());
  }
}
