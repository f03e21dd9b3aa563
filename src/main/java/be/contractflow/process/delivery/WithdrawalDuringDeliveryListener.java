package be.contractflow.process.delivery;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of the delivery's StartEvent_WithdrawalReceived: the order's withdrawal rules
 * (BDB-R15, BDB-9) refuse, with 409 and the reason, what they do not allow; nothing changes then.
 */
@Component
public class WithdrawalDuringDeliveryListener implements ExecutionListener {

  private final DeliveryService delivery;

  public WithdrawalDuringDeliveryListener(DeliveryService delivery) {
    this.delivery = delivery;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // input, processing
    delivery.checkWithdrawal(DeliveryVariables.CONTRACT_NUMBER.get(execution),
        DeliveryVariables.EVENT_DATE.get(execution),
        DeliveryVariables.EVENT_CHANNEL.get(execution));
  }
}
