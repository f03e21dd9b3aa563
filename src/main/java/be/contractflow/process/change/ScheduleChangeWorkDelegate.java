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
        string(execution, ChangeRequestVariables.CONTRACT_NUMBER), terms.termsOf(execution),
        date(execution, ChangeRequestVariables.ELEMENTS_RECEIVED_ON),
        date(execution, ChangeRequestVariables.PAID_ON),
        integer(execution, ChangeRequestVariables.DEFAULT_WORK_BUSINESS_DAYS, 10),
        integer(execution, ChangeRequestVariables.AFTER_LATE_PAYMENT_BUSINESS_DAYS, 1));
    // output
    execution.setVariable(ChangeRequestVariables.WORK_START_DUE, iso(start.due()));
    execution.setVariable(ChangeRequestVariables.WORK_START_DEADLINE_KEY, start.deadlineKey());
  }
}
