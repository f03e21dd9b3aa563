package be.contractflow.support;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;

/**
 * The one loop that runs due jobs in tests the way the job executor would: every executable job
 * (asynchronous steps, timers whose date has come on the engine clock) of a scope, round after
 * round because jobs create jobs, until none is left. Used by {@link ProcessDriver} (Spring
 * scenarios), {@code support.model.ModelDriver} (model tests) and the test classes that drive jobs
 * themselves.
 */
public final class DueJobs {

  /** Rounds before "jobs keep coming" fails the test: a loop of jobs is a defect, not a wait. */
  public static final int MAX_ROUNDS = 50;

  private DueJobs() {}

  /** Every executable job of the engine. */
  public static UnaryOperator<JobQuery> all() {
    return query -> query;
  }

  /** The executable jobs of one process definition key. */
  public static UnaryOperator<JobQuery> ofProcess(String processDefinitionKey) {
    return query -> query.processDefinitionKey(processDefinitionKey);
  }

  /** The executable jobs of one process instance. */
  public static UnaryOperator<JobQuery> ofInstance(String processInstanceId) {
    return query -> query.processInstanceId(processInstanceId);
  }

  /** Runs the due jobs of the scope until none is left; returns how many ran. */
  public static int run(ManagementService management, UnaryOperator<JobQuery> scope) {
    return run(management, scope, () -> { });
  }

  /**
   * Runs the due jobs of the scope until none is left, calling {@code afterEachRound} after each
   * round (the empty last one included: e.g. relay the notices the jobs wrote); returns how many ran.
   */
  public static int run(ManagementService management, UnaryOperator<JobQuery> scope,
      Runnable afterEachRound) {
    return run(management, () -> scope.apply(management.createJobQuery()).executable().list(),
        afterEachRound, MAX_ROUNDS);
  }

  /** The loop itself, over any selection of due jobs. */
  public static int run(ManagementService management, Supplier<List<Job>> due,
      Runnable afterEachRound, int maxRounds) {
    int ran = 0;
    for (int round = 0; round < maxRounds; round++) {
      List<Job> jobs = due.get();
      for (Job job : jobs) {
        if (management.createJobQuery().jobId(job.getId()).count() == 0) {
          continue; // replaced by an earlier job of this round (e.g. a non-interrupting boundary
                    // event re-creates the timers of its scope); the next round runs its successor
        }
        management.executeJob(job.getId());
        ran++;
      }
      afterEachRound.run();
      if (jobs.isEmpty()) {
        return ran;
      }
    }
    throw new AssertionError("jobs keep coming after " + maxRounds + " rounds");
  }
}
