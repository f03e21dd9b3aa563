package be.contractflow.process.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseWithdrawalPeriod: the withdrawal period (BDB-R15) ended unused. */
@Component
public class CloseWithdrawalPeriodDelegate implements JavaDelegate {

  private final OrderService orders;

  public CloseWithdrawalPeriodDelegate(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = OrderVariables.CONTRACT_NUMBER.get(execution);
    // processing
    orders.closeWithdrawalPeriod(contractNumber);
  }
}
