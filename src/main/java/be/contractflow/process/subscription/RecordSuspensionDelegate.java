package be.contractflow.process.subscription;

import be.contractflow.process.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordSuspension: suspension for non-payment (message ServicesSuspended). */
@Component
public class RecordSuspensionDelegate implements JavaDelegate {

  private final SubscriptionService subscriptions;

  public RecordSuspensionDelegate(SubscriptionService subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = SubscriptionVariables.CONTRACT_NUMBER.get(execution);
    // processing
    subscriptions.suspend(contractNumber);
    // output: the ledger
  }
}
