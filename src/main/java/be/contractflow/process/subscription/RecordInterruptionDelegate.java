package be.contractflow.process.subscription;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.process.ProcessVariables;
import be.contractflow.process.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordInterruption: SERVICE_INTERRUPTED (VIR-10, BDB-R8): recorded and notified. */
@Component
public class RecordInterruptionDelegate implements JavaDelegate {

  private final SubscriptionService subscriptions;

  public RecordInterruptionDelegate(SubscriptionService subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = SubscriptionVariables.CONTRACT_NUMBER.get(execution);
    // processing
    subscriptions.interrupt(key(execution), contractNumber, VariableValues.date(execution, ProcessVariables.EVENT_DATE), VariableValues.string(execution, ProcessVariables.EVENT_REASON));
    // output: the ledger
  }

  private static String key(DelegateExecution execution) {
    return NoticeRequest.keyOf(execution.getProcessInstanceId(), execution.getId(),
        execution.getCurrentActivityId());
  }
}
