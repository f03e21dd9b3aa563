package be.contractflow.process.delivery;

import be.contractflow.process.order.OrderVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_StartDelivery (order): a confirmed order for a site starts the {@code delivery} process.
 * It lives beside the process it starts, so the order knows nothing of the delivery.
 */
@Component
public class StartDeliveryDelegate implements JavaDelegate {

  private final DeliveryService delivery;

  public StartDeliveryDelegate(DeliveryService delivery) {
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = OrderVariables.CONTRACT_NUMBER.get(execution);
    // processing
    boolean started = delivery.start(contractNumber);
    // output
    OrderVariables.DELIVERY_STARTED.set(execution, started);
  }
}
