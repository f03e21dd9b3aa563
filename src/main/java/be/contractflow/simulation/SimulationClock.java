package be.contractflow.simulation;

import be.contractflow.ledger.ConflictException;
import be.contractflow.notice.NoticeRelay;
import be.contractflow.time.BusinessClock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * Rehearses a contract's life at accelerated time (simulation profile only): moves the engine
 * clock, then runs every job that is due and relays every pending notice, until nothing is left.
 */
@Service
@ConditionalOnProperty(name = "contractflow.simulation.enabled", havingValue = "true")
public class SimulationClock {

  /** A guard against a model that keeps creating due jobs forever. */
  static final int MAX_JOBS_PER_MOVE = 100_000;

  private static final Logger log = LoggerFactory.getLogger(SimulationClock.class);

  public record Moved(Instant now, int jobsExecuted) {}

  private final ManagementService management;
  private final NoticeRelay relay;
  private final BusinessClock clock;
  private final IdentityService identity;

  public SimulationClock(ManagementService management, NoticeRelay relay, BusinessClock clock,
      IdentityService identity) {
    this.management = management;
    this.relay = relay;
    this.clock = clock;
    this.identity = identity;
  }

  public synchronized Moved moveTo(Instant target) {
    Instant now = clock.instant();
    if (target.isBefore(now.minusSeconds(1))) {
      throw new ConflictException("The simulation clock only moves forward: it is now " + clock.now()
          + ". Send a later date or dateTime.");
    }
    ClockUtil.setCurrentTime(Date.from(target));
    // jobs run as the job executor runs them, as nobody: the audit timeline says "system" for
    // engine work, not the user who moved the clock
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return runDueJobs();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private Moved runDueJobs() {
    int executed = 0;
    boolean progress = true;
    while (progress && executed < MAX_JOBS_PER_MOVE) {
      progress = false;
      for (Job job : management.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 500)) {
        if (execute(job)) {
          executed++;
          progress = true;
        }
      }
      if (relay.relayPending() > 0) {
        progress = true;
      }
    }
    return new Moved(clock.instant(), executed);
  }

  private boolean execute(Job job) {
    try {
      management.executeJob(job.getId());
      return true;
    } catch (OptimisticLockingException concurrentlyExecuted) {
      return false;
    } catch (ProcessEngineException failed) {
      // the engine has already decremented the job's retries (or raised an incident)
      log.warn("Job {} of process instance {} failed at {}: {}", job.getId(),
          job.getProcessInstanceId(), clock.now(), failed.getMessage());
      return false;
    }
  }
}
