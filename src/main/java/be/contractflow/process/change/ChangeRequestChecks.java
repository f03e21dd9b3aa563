package be.contractflow.process.change;

import static be.contractflow.process.VariableValues.date;
import static be.contractflow.process.VariableValues.string;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Expressions of the {@code change-request} model ({@code changeRequestChecks}). */
@Component("changeRequestChecks")
public class ChangeRequestChecks {

  private final ChangeRequestService changes;

  public ChangeRequestChecks(ChangeRequestService changes) {
    this.changes = changes;
  }

  /** Task_MakeChange completed: the start date entered settles the BDB-11.3 deadline. */
  public void workStarted(DelegateTask task) {
    changes.workStarted(ChangeRequestVariables.WORK_START_DEADLINE_KEY.get(task),
        ChangeRequestVariables.WORK_START_DUE.get(task),
        ChangeRequestVariables.WORK_STARTED_ON.get(task));
  }
}
