package be.contractflow.process.change;

import static be.contractflow.process.VariableValues.*;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.terms.TermsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ScheduleChangeWork: the work start deadline (BDB-11.3). */
@Component
public class ScheduleChangeWorkDelegate implements JavaDelegate {

  private final ChangeRequestService changes;
  private final TermsService terms;

  public ScheduleChangeWorkDelegate(ChangeRequestService changes, TermsService terms) {
    this.changes = changes;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input, processing
    var start = changes.scheduleWork(execution.getProcessBusinessKey(),
        ChangeRequestVariables.CONTRACT_NUMBER.get(execution), terms.termsOf(execution),
        ChangeRequestVariables.ELEMENTS_RECEIVED_ON.get(execution),
        ChangeRequestVariables.PAID_ON.get(execution),
        ChangeRequestVariables.DEFAULT_WORK_BUSINESS_DAYS.get(execution, 10),
        ChangeRequestVariables.AFTER_LATE_PAYMENT_BUSINESS_DAYS.get(execution, 1));
    // output
    ChangeRequestVariables.WORK_START_DUE.set(execution, (start.due()));
    ChangeRequestVariables.WORK_START_DEADLINE_KEY.set(execution, start.deadlineKey());
  }
}
