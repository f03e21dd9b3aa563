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
    String contractNumber = VariableValues.string(execution, SubscriptionVariables.CONTRACT_NUMBER);
    int index = VariableValues.integer(execution, SubscriptionVariables.VISIT_INDEX, 0);
    // processing
    var visit = subscriptions.planVisit(contractNumber, index);
    // output
    execution.setVariable(SubscriptionVariables.VISIT_MONTH_START, visit.monthStart().toString());
    execution.setVariable(SubscriptionVariables.VISIT_DUE_DATE, visit.dueDate().toString());
    execution.setVariable(SubscriptionVariables.VISIT_INDEX, index + 1);
    execution.setVariable(SubscriptionVariables.VISIT_DEADLINE_KEY, visit.deadlineKey());
  }
}
