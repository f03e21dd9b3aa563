package be.contractflow.process.order;

import be.contractflow.notice.NoticeRequest;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ConfirmOrder: {@code CONFIRMED} and {@code ORDER_CONFIRMED}. */
@Component
public class ConfirmOrderDelegate implements JavaDelegate {

  private final OrderService orders;

  public ConfirmOrderDelegate(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = OrderVariables.CONTRACT_NUMBER.get(execution);
    String invoiceNumber = OrderVariables.INVOICE_NUMBER.get(execution);
    // processing
    boolean withdrawalPeriodOpen = orders.confirm(NoticeRequest.keyOf(
        execution.getProcessInstanceId(), execution.getCurrentActivityId(), "order-confirmed"),
        contractNumber, invoiceNumber);
    // output
    OrderVariables.WITHDRAWAL_PERIOD_OPEN.set(execution, withdrawalPeriodOpen);
  }
}
