package be.contractflow.process.subscription;

import be.contractflow.process.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PlanVisit: BDB-13.2, the next month's preventive visit (its first day and due date). */
@Component
public class PlanVisitDelegate implements JavaDelegate {

  private final SubscriptionService subscriptions;

  public PlanVisitDelegate(SubscriptionService subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = SubscriptionVariables.CONTRACT_NUMBER.get(execution);
    int index = SubscriptionVariables.VISIT_INDEX.get(execution, 0);
    // processing
    var visit = subscriptions.planVisit(contractNumber, index);
    // output
    SubscriptionVariables.VISIT_MONTH_START.set(execution, visit.monthStart());
    SubscriptionVariables.VISIT_DUE_DATE.set(execution, visit.dueDate());
    SubscriptionVariables.VISIT_INDEX.set(execution, index + 1);
    SubscriptionVariables.VISIT_DEADLINE_KEY.set(execution, visit.deadlineKey());
  }
}
