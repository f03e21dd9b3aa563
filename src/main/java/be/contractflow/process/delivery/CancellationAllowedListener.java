package be.contractflow.process.delivery;

import static be.contractflow.process.VariableValues.date;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of StartEvent_CancellationReceived: refuses (409 with the reason, nothing
 * changes) a cancellation the contract's state or terms do not allow, else records its date and
 * whether the share of work done counts (BDB-10.2, CC-1794).
 */
@Component
public class CancellationAllowedListener implements ExecutionListener {

  private final DeliveryService delivery;

  public CancellationAllowedListener(DeliveryService delivery) {
    this.delivery = delivery;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // input
    String contractNumber = DeliveryVariables.CONTRACT_NUMBER.get(execution);
    LocalDate cancelledOn = DeliveryVariables.EVENT_DATE.get(execution);
    // processing
    boolean proRata = delivery.checkCancellation(contractNumber, cancelledOn);
    // output
    DeliveryVariables.CANCELLED_ON.set(execution, cancelledOn);
    DeliveryVariables.CANCELLATION_PRO_RATA.set(execution, proRata);
  }
}
