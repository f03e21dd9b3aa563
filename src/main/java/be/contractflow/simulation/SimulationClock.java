package be.contractflow.simulation;

import be.contractflow.ledger.ConflictException;
import be.contractflow.notice.NoticeRelay;
import be.contractflow.time.BusinessClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * Rehearses a contract's life at accelerated time (simulation profile only, where it is the one
 * and only job executor: {@code camunda.bpm.job-execution.enabled=false}). A move steps through
 * time: it stops the engine clock at the earliest instant a job (timer or asynchronous
 * continuation) or an outbox retry is due, runs every job due then — and the continuations they
 * create, at the same instant — relays the notices, and repeats until the target; then it sets the
 * clock to the target and runs what is due there. Every invoice, notice and deadline is dated as
 * if the days had passed one by one, and nothing due by the target is left when it answers. The
 * clock never goes back; one move runs at a time.
 */
@Service
@ConditionalOnProperty(name = "contractflow.simulation.enabled", havingValue = "true")
public class SimulationClock {

  /** A guard against a model that keeps creating due jobs at one instant. */
  static final int MAX_ATTEMPTS_PER_INSTANT = 10_000;

  private static final Logger log = LoggerFactory.getLogger(SimulationClock.class);

  /** A job that failed for good (no retries left) during the move. */
  public record Incident(String processDefinitionKey, String processInstanceId, String activityId,
      Instant at, String message) {}

  /**
   * @param steps the instants the clock stopped at on the way (the target included)
   * @param incidents the jobs that failed for good during this move
   */
  public record Moved(Instant now, int jobsExecuted, int steps, List<Incident> incidents) {}

  private final ManagementService management;
  private final RuntimeService runtime;
  private final NoticeRelay relay;
  private final BusinessClock clock;
  private final SimulationClockStore store;
  private final ReentrantLock moving = new ReentrantLock();

  public SimulationClock(ManagementService management, RuntimeService runtime, NoticeRelay relay,
      BusinessClock clock, SimulationClockStore store) {
    this.management = management;
    this.runtime = runtime;
    this.relay = relay;
    this.clock = clock;
    this.store = store;
  }

  /**
   * Steps the clock to {@code target}. A target before the clock is refused; a second move while
   * one runs is refused (the caller sends it again once the first has answered).
   */
  public Moved moveTo(Instant target) {
    if (!moving.tryLock()) {
      throw new ConflictException("Another clock move is running: send this one again once it has "
          + "answered (one move at a time, so that every job runs once, at its own instant).");
    }
    try {
      Instant now = clock.instant();
      if (target.isBefore(now.minusSeconds(1))) {
        throw new ConflictException("The simulation clock only moves forward: it is now "
            + clock.now() + ". Send a later date or dateTime.");
      }
      return stepTo(target.isBefore(now) ? now : target, now);
    } finally {
      moving.unlock();
    }
  }

  private Moved stepTo(Instant target, Instant now) {
    var run = new Run();
    Instant at = now;
    runDue(at, run);
    for (Optional<Instant> next = nextDueAfter(at); next.isPresent() && !next.get().isAfter(target);
        next = nextDueAfter(at)) {
      at = next.get();
      set(at);
      run.steps++;
      runDue(at, run);
    }
    if (at.isBefore(target)) {
      set(target);
      run.steps++;
      runDue(target, run);
    }
    store.save(target);
    return new Moved(clock.instant(), run.executed, run.steps, incidents(run.failed));
  }

  private static final class Run {
    int executed;
    int steps;
    final Set<String> failed = new LinkedHashSet<>();
  }

  private void set(Instant at) {
    if (at.isBefore(clock.instant())) {
      throw new IllegalStateException("the simulation clock would go back to " + at);
    }
    ClockUtil.setCurrentTime(Date.from(at));
    store.save(at);
  }

  /** Runs every job due at {@code at} and relays the notices, until neither has anything left. */
  private void runDue(Instant at, Run run) {
    int attempts = 0;
    boolean more = true;
    while (more) {
      more = false;
      List<Job> due = management.createJobQuery().executable().active()
          .orderByJobDuedate().asc().listPage(0, 100);
      for (Job job : due) {
        if (++attempts > MAX_ATTEMPTS_PER_INSTANT) {
          throw new ConflictException("The clock stopped at " + clock.now() + ": more than "
              + MAX_ATTEMPTS_PER_INSTANT + " jobs were due at that instant, the last one in process "
              + "instance " + job.getProcessInstanceId() + " (" + job.getProcessDefinitionKey()
              + "). A model keeps creating due jobs: fix it in Cockpit, then move the clock again.");
        }
        more = true;
        if (execute(job, run)) {
          run.executed++;
        }
      }
      if (relay.relayPending() > 0) {
        more = true;
      }
    }
  }

  /**
   * Runs one job. A job that fails is left to the engine's retry handling (its retries lowered,
   * its due date moved by its retry cycle: the clock stops there again), then an incident.
   */
  private boolean execute(Job job, Run run) {
    try {
      management.executeJob(job.getId());
      return true;
    } catch (RuntimeException failed) {
      if (management.createJobQuery().jobId(job.getId()).count() == 0) {
        // removed meanwhile by an earlier job of this instant (e.g. a boundary timer whose task ended)
        return false;
      }
      run.failed.add(job.getId());
      log.warn("Job {} of process instance {} failed at {}: {}", job.getId(),
          job.getProcessInstanceId(), clock.now(), failed.getMessage());
      return false;
    }
  }

  /** The earliest instant after {@code at} when a job or an outbox retry falls due. */
  private Optional<Instant> nextDueAfter(Instant at) {
    Optional<Instant> job = management.createJobQuery().active().withRetriesLeft()
        .duedateHigherThan(Date.from(at)).orderByJobDuedate().asc().listPage(0, 1).stream()
        .map(j -> j.getDuedate().toInstant()).findFirst();
    return Stream.of(job, relay.nextAttemptAfter(at)).flatMap(Optional::stream)
        .min(Instant::compareTo);
  }

  private List<Incident> incidents(Set<String> failedJobs) {
    var incidents = new ArrayList<Incident>();
    for (String jobId : failedJobs) {
      runtime.createIncidentQuery().configuration(jobId).list().forEach(i -> incidents.add(
          new Incident(i.getProcessDefinitionId() == null ? null
              : i.getProcessDefinitionId().split(":")[0], i.getProcessInstanceId(),
              i.getActivityId(), i.getIncidentTimestamp().toInstant(), i.getIncidentMessage())));
    }
    return incidents;
  }
}
