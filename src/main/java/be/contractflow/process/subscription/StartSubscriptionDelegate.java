package be.contractflow.process.subscription;

import be.contractflow.process.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartSubscription: the contract runs; the order's first invoice counts; the first step is planned. */
@Component
public class StartSubscriptionDelegate implements JavaDelegate {

  private final SubscriptionService subscriptions;

  public StartSubscriptionDelegate(SubscriptionService subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = SubscriptionVariables.CONTRACT_NUMBER.get(execution);
    String firstInvoice = SubscriptionVariables.FIRST_INVOICE_NUMBER.get(execution);
    // processing
    var progress = subscriptions.start(contractNumber, firstInvoice);
    // output
    ScheduleVariables.write(execution, progress);
    SubscriptionVariables.VISITS_DUE.set(execution, subscriptions
        .visitsDue(contractNumber));
    SubscriptionVariables.VISIT_INDEX.set(execution, 0);
  }
}
