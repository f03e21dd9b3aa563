package be.contractflow.process.delivery;

import static be.contractflow.process.VariableValues.date;
import static be.contractflow.process.VariableValues.string;

import be.contractflow.process.ProcessVariables;
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
    String contractNumber = string(execution, DeliveryVariables.CONTRACT_NUMBER);
    LocalDate cancelledOn = date(execution, ProcessVariables.EVENT_DATE);
    // processing
    boolean proRata = delivery.checkCancellation(contractNumber, cancelledOn);
    // output
    execution.setVariable(DeliveryVariables.CANCELLED_ON, cancelledOn.toString());
    execution.setVariable(DeliveryVariables.CANCELLATION_PRO_RATA, proRata);
  }
}
