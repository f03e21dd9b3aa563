package be.contractflow.process.termination;

import be.contractflow.notice.NoticeRequest;
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
        TerminationVariables.CONTRACT_NUMBER.get(execution),
        TerminationVariables.REQUESTED_ON.get(execution),
        TerminationVariables.REQUESTED_BY.get(execution),
        TerminationVariables.EFFECTIVE_END_DATE.get(execution),
        TerminationVariables.CLAUSE.get(execution),
        TerminationVariables.WHY.get(execution),
        TerminationVariables.EXPLANATION.get(execution));
    // output: the notice
  }
}
