package be.contractflow.process.subscription;

import be.contractflow.process.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_HandOverResolution: WJA-12 resolution (message ContractResolved): termination at once. */
@Component
public class HandOverResolutionDelegate implements JavaDelegate {

  private final SubscriptionService subscriptions;

  public HandOverResolutionDelegate(SubscriptionService subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = SubscriptionVariables.CONTRACT_NUMBER.get(execution);
    // processing
    subscriptions.handOverResolution(contractNumber, SubscriptionVariables.RESOLVED_ON.get(execution), SubscriptionVariables.CLAUSE.get(execution));
    // output: the ledger
  }
}
