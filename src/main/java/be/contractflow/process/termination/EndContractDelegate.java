package be.contractflow.process.termination;

import be.contractflow.notice.NoticeRequest;
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
    String contractNumber = TerminationVariables.CONTRACT_NUMBER.get(execution);
    TerminationGround ground = TerminationVariables.GROUND.get(execution);
    String keyPrefix = NoticeRequest.keyOf(execution.getProcessInstanceId(),
        execution.getCurrentActivityId(), "end");
    // processing
    terminations.end(keyPrefix, contractNumber, ground,
        TerminationVariables.CLAUSE.get(execution));
    // output: the contract's status
  }
}
