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
    String contractNumber = VariableValues.string(execution, SubscriptionVariables.CONTRACT_NUMBER);
    String firstInvoice = VariableValues.string(execution,
        SubscriptionVariables.FIRST_INVOICE_NUMBER);
    // processing
    var progress = subscriptions.start(contractNumber, firstInvoice);
    // output
    ScheduleVariables.write(execution, progress);
    execution.setVariable(SubscriptionVariables.VISITS_DUE, subscriptions
        .visitsDue(contractNumber));
    execution.setVariable(SubscriptionVariables.VISIT_INDEX, 0);
  }
}
