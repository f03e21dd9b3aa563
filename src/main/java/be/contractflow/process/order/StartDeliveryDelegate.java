package be.contractflow.process.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartDelivery: a confirmed order for a site starts the {@code delivery} process. */
@Component
public class StartDeliveryDelegate implements JavaDelegate {

  private final OrderService orders;

  public StartDeliveryDelegate(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = (String) execution.getVariable(OrderVariables.CONTRACT_NUMBER);
    // processing
    boolean started = orders.startDelivery(contractNumber);
    // output
    execution.setVariable(OrderVariables.DELIVERY_STARTED, started);
  }
}
