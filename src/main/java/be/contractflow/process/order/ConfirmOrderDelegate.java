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
    String contractNumber = (String) execution.getVariable(OrderVariables.CONTRACT_NUMBER);
    String invoiceNumber = (String) execution.getVariable(OrderVariables.INVOICE_NUMBER);
    // processing
    boolean withdrawalPeriodOpen = orders.confirm(NoticeRequest.keyOf(
        execution.getProcessInstanceId(), execution.getCurrentActivityId(), "order-confirmed"),
        contractNumber, invoiceNumber);
    // output
    execution.setVariable(OrderVariables.WITHDRAWAL_PERIOD_OPEN, withdrawalPeriodOpen);
  }
}
