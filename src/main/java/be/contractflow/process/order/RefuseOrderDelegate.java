package be.contractflow.process.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RefuseOrder: sales refused the order of a client in dispute (BDB-5.2c). */
@Component
public class RefuseOrderDelegate implements JavaDelegate {

  private final OrderService orders;

  public RefuseOrderDelegate(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = OrderVariables.CONTRACT_NUMBER.get(execution);
    // processing (the reason, from the form, stays in the process history)
    orders.refuse(contractNumber);
  }
}
