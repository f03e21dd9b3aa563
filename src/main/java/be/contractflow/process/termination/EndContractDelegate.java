package be.contractflow.process.termination;

import be.contractflow.process.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EndContract: the effective end date has passed; the contract is ENDED. */
@Component
public class EndContractDelegate implements JavaDelegate {

  private final TerminationService terminations;

  public EndContractDelegate(TerminationService terminations) {
    this.terminations = terminations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = VariableValues.string(execution, TerminationVariables.CONTRACT_NUMBER);
    // processing
    terminations.end(contractNumber);
    // output: the contract's status
  }
}
