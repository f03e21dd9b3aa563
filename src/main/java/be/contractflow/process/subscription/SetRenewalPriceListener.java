package be.contractflow.process.subscription;

import be.contractflow.process.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_SetRenewalPrice (BDB-16.2, BDB-13.4.1): checks the price (and the
 * reactivation surcharge) sales entered, keeps them as two-decimal strings for the tariff notice,
 * the renewal invoice and the stop notice, and meets the task's deadline. A refusal keeps the
 * task open.
 */
@Component
public class SetRenewalPriceListener implements TaskListener {

  private final SubscriptionService subscriptions;

  public SetRenewalPriceListener(SubscriptionService subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public void notify(DelegateTask task) {
    // input
    String contractNumber = SubscriptionVariables.CONTRACT_NUMBER.get(task);
    var anniversary = SubscriptionVariables.RENEWAL_ANNIVERSARY.get(task);
    var tariffDate = SubscriptionVariables.RENEWAL_TARIFF_DATE.get(task);
    Object price = task.getVariable(SubscriptionVariables.RENEWAL_PRICE.name());
    Object surcharge = task.getVariable(SubscriptionVariables.REACTIVATION_SURCHARGE.name());
    // processing
    var set = subscriptions.setRenewalPrice(contractNumber, anniversary, tariffDate, price,
        surcharge);
    // output
    var execution = task.getExecution();
    SubscriptionVariables.RENEWAL_PRICE.set(execution, set.price());
    SubscriptionVariables.REACTIVATION_SURCHARGE.set(execution, set.reactivationSurcharge());
  }
}
