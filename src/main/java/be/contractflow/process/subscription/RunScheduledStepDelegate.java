package be.contractflow.process.subscription;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.process.VariableValues;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RunScheduledStep: the invoice, notice or anniversary that is due, then the next one planned. */
@Component
public class RunScheduledStepDelegate implements JavaDelegate {

  private final SubscriptionService subscriptions;

  public RunScheduledStepDelegate(SubscriptionService subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = SubscriptionVariables.CONTRACT_NUMBER.get(execution);
    var type = SubscriptionVariables.NEXT_STEP.get(execution);
    LocalDate stepDate = SubscriptionVariables.NEXT_STEP_DATE.get(execution);
    String keyPrefix = NoticeRequest.keyOf(execution.getProcessInstanceId(),
        execution.getCurrentActivityId(), type + "/" + stepDate);
    var before = ScheduleVariables.read(execution);
    // processing
    var progress = subscriptions.run(keyPrefix, contractNumber, type, before,
        SubscriptionVariables.PERIODIC_PRICE.get(execution),
        SubscriptionVariables.RENEWAL_PRICE.get(execution),
        SubscriptionVariables.REACTIVATION_SURCHARGE.get(execution),
        SubscriptionVariables.DEPOSIT_REMAINDER.get(execution),
        SubscriptionVariables.RENEWAL_INVOICE_NUMBER.get(execution));
    // output
    ScheduleVariables.write(execution, progress);
    if (progress.buyOutDue()) {
      SubscriptionVariables.BUY_OUT_ANNIVERSARY.set(execution, progress.state().anniversary());
    }
    if (progress.renewalPriceDue()) {
      var task = subscriptions.renewalPriceTask(contractNumber, progress.state().anniversary());
      SubscriptionVariables.RENEWAL_ANNIVERSARY.set(execution, task.anniversary());
      SubscriptionVariables.RENEWAL_TARIFF_DATE.set(execution, task.tariffDate());
      SubscriptionVariables.RENEWAL_PRICE_DUE_DATE.set(execution, task.dueDate());
    }
    // the price sales set for a term applies until that term starts (renewed at J or by J+15)
    boolean renewed = !progress.state().anniversary().equals(before.anniversary());
    if (type == SubscriptionSchedule.StepType.STOP
        || (type == SubscriptionSchedule.StepType.ANNIVERSARY && renewed)) {
      execution.removeVariable(SubscriptionVariables.RENEWAL_PRICE.name());
      execution.removeVariable(SubscriptionVariables.REACTIVATION_SURCHARGE.name());
    }
  }
}
