package be.contractflow.process.payment;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Task_MoveLateTimer (event sub-process "Invoice due at once", WJA-10a): the message set {@code
 * dueDate} to today; the late timer ("Due date +1 day: invoice late"), if the invoice waits there,
 * is evaluated again from it: 24:00 today. When the invoice does not wait there yet (its e-invoice
 * is still being checked), the timer counts from the new date when it is reached; when it is
 * already late, there is no timer to move.
 *
 * <p>Before this sub-process the model waited at an event-based gateway, "Late, or due at once?",
 * which the engine keeps as a scope of its own: every late invoice's timer then removed that
 * scope, its message subscription and its jobs (issue 16, docs/PERFORMANCE.md).
 */
@Component
public class MoveLateTimerDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    ManagementService management = execution.getProcessEngineServices().getManagementService();
    for (Job timer : management.createJobQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .activityId(PaymentVariables.TIMER_INVOICE_LATE)
        .timers()
        .list()) {
      management.recalculateJobDuedate(timer.getId(), false);
    }
  }
}
