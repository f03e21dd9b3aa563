package be.contractflow.process.subscription;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.process.VariableValues;
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
    String contractNumber = VariableValues.string(execution, SubscriptionVariables.CONTRACT_NUMBER);
    var type = SubscriptionSchedule.StepType.valueOf(
        VariableValues.string(execution, SubscriptionVariables.NEXT_STEP));
    String stepDate = VariableValues.string(execution, SubscriptionVariables.NEXT_STEP_DATE);
    String keyPrefix = NoticeRequest.keyOf(execution.getProcessInstanceId(),
        execution.getCurrentActivityId(), type + "/" + stepDate);
    var before = ScheduleVariables.read(execution);
    // processing
    var progress = subscriptions.run(keyPrefix, contractNumber, type, before,
        VariableValues.string(execution, SubscriptionVariables.PERIODIC_PRICE),
        VariableValues.string(execution, SubscriptionVariables.RENEWAL_PRICE),
        VariableValues.string(execution, SubscriptionVariables.REACTIVATION_SURCHARGE),
        VariableValues.string(execution, SubscriptionVariables.DEPOSIT_REMAINDER),
        VariableValues.string(execution, SubscriptionVariables.RENEWAL_INVOICE_NUMBER));
    // output
    ScheduleVariables.write(execution, progress);
    if (progress.buyOutDue()) {
      execution.setVariable(SubscriptionVariables.BUY_OUT_ANNIVERSARY,
          progress.state().anniversary().toString());
    }
    if (progress.renewalPriceDue()) {
      var task = subscriptions.renewalPriceTask(contractNumber, progress.state().anniversary());
      execution.setVariable(SubscriptionVariables.RENEWAL_ANNIVERSARY, task.anniversary());
      execution.setVariable(SubscriptionVariables.RENEWAL_TARIFF_DATE, task.tariffDate());
      execution.setVariable(SubscriptionVariables.RENEWAL_PRICE_DUE_DATE, task.dueDate());
    }
    // the price sales set for a term applies until that term starts (renewed at J or by J+15)
    boolean renewed = !progress.state().anniversary().equals(before.anniversary());
    if (type == SubscriptionSchedule.StepType.STOP
        || (type == SubscriptionSchedule.StepType.ANNIVERSARY && renewed)) {
      execution.removeVariable(SubscriptionVariables.RENEWAL_PRICE);
      execution.removeVariable(SubscriptionVariables.REACTIVATION_SURCHARGE);
    }
  }
}
