package be.contractflow.process.subscription;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.process.ProcessVariables;
import be.contractflow.process.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CompensateInterruption: SERVICE_RESTORED: VIR-10 compensation and notice. */
@Component
public class CompensateInterruptionDelegate implements JavaDelegate {

  private final SubscriptionService subscriptions;

  public CompensateInterruptionDelegate(SubscriptionService subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = SubscriptionVariables.CONTRACT_NUMBER.get(execution);
    // processing
    subscriptions.restoreService(key(execution), contractNumber, VariableValues.date(execution, ProcessVariables.EVENT_DATE));
    // output: the ledger
  }

  private static String key(DelegateExecution execution) {
    return NoticeRequest.keyOf(execution.getProcessInstanceId(), execution.getId(),
        execution.getCurrentActivityId());
  }
}
