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
    String contractNumber = VariableValues.string(execution, SubscriptionVariables.CONTRACT_NUMBER);
    // processing
    subscriptions.handOverResolution(contractNumber, VariableValues.date(execution, SubscriptionVariables.RESOLVED_ON), VariableValues.string(execution, SubscriptionVariables.CLAUSE));
    // output: the ledger
  }
}
