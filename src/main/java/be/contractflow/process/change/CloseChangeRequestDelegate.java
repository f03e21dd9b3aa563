package be.contractflow.process.change;

import static be.contractflow.process.VariableValues.string;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseChangeRequest: the contract ENDED, was CANCELLED or WITHDRAWN. */
@Component
public class CloseChangeRequestDelegate implements JavaDelegate {

  private final ChangeRequestService changes;

  public CloseChangeRequestDelegate(ChangeRequestService changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input, processing
    changes.close(execution.getProcessBusinessKey(),
        ChangeRequestVariables.CONTRACT_NUMBER.get(execution),
        ChangeRequestVariables.INVOICE_NUMBER.get(execution),
        ChangeRequestVariables.CONTRACT_CLOSED_AS.get(execution));
    // output: the change's deadlines and invoice
  }
}
