package be.contractflow.process.subscription;

import be.contractflow.process.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordRestoration: end of a suspension (message ServicesRestored). */
@Component
public class RecordRestorationDelegate implements JavaDelegate {

  private final SubscriptionService subscriptions;

  public RecordRestorationDelegate(SubscriptionService subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = SubscriptionVariables.CONTRACT_NUMBER.get(execution);
    // processing
    subscriptions.restore(contractNumber);
    // output: the ledger
  }
}
