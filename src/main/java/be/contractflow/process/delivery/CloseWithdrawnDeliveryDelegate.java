package be.contractflow.process.delivery;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseWithdrawnDelivery: the withdrawn order's delivery deadlines no longer run (BDB-R15). */
@Component
public class CloseWithdrawnDeliveryDelegate implements JavaDelegate {

  private final DeliveryService delivery;

  public CloseWithdrawnDeliveryDelegate(DeliveryService delivery) {
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input, processing
    delivery.closeAfterWithdrawal(DeliveryVariables.CONTRACT_NUMBER.get(execution));
  }
}
