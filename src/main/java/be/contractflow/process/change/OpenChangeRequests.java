package be.contractflow.process.change;

import be.contractflow.ledger.ContractStatus;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Closes the change requests still open on a contract that ENDED, was CANCELLED or WITHDRAWN:
 * message {@value ChangeRequestVariables#MESSAGE_CONTRACT_CLOSED} to every waiting {@code
 * change-request} instance of the contract (event subprocess "Contract closed").
 */
@Component
public class OpenChangeRequests {

  private final RuntimeService runtime;

  public OpenChangeRequests(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** @return how many change requests were closed (the message name is only change-request's) */
  public int close(String contractNumber, ContractStatus closedAs) {
    return runtime.createMessageCorrelation(ChangeRequestVariables.MESSAGE_CONTRACT_CLOSED)
        .processInstanceVariableEquals(ChangeRequestVariables.CONTRACT_NUMBER, contractNumber)
        .setVariables(Variables.createVariables()
            .putValue(ChangeRequestVariables.CONTRACT_CLOSED_AS, closedAs.name()))
        .correlateAllWithResult().size();
  }
}
