package be.contractflow.process.termination;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.notice.NoticeText;
import be.contractflow.process.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ConfirmTermination: TERMINATION_CONFIRMED with the effective end date and why. */
@Component
public class ConfirmTerminationDelegate implements JavaDelegate {

  private final TerminationService terminations;

  public ConfirmTerminationDelegate(TerminationService terminations) {
    this.terminations = terminations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String key = NoticeRequest.keyOf(execution.getProcessInstanceId(),
        execution.getCurrentActivityId(), "confirmation");
    // processing
    terminations.confirm(key,
        VariableValues.string(execution, TerminationVariables.CONTRACT_NUMBER),
        VariableValues.date(execution, TerminationVariables.REQUESTED_ON),
        VariableValues.string(execution, TerminationVariables.REQUESTED_BY),
        VariableValues.date(execution, TerminationVariables.EFFECTIVE_END_DATE),
        VariableValues.string(execution, TerminationVariables.CLAUSE),
        NoticeText.fromVariable(VariableValues.string(execution, TerminationVariables.WHY)),
        VariableValues.string(execution, TerminationVariables.EXPLANATION));
    // output: the notice
  }
}
