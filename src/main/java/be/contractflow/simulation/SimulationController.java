package be.contractflow.simulation;

import be.contractflow.api.InvalidRequestException;
import be.contractflow.time.BusinessClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/simulation")
@ConditionalOnProperty(name = "contractflow.simulation.enabled", havingValue = "true")
@Tag(name = "Simulation", description = "Only with the simulation profile")
public class SimulationController {

  /** Either a business date (12:00 that day, Brussels time) or an exact instant. */
  public record MoveClock(LocalDate date, OffsetDateTime dateTime) {}

  /**
   * @param steps the instants the clock stopped at on its way (each due job at its own instant)
   * @param incidents jobs that failed for good during this move (Cockpit shows them too)
   */
  public record ClockMoved(OffsetDateTime now, int jobsExecuted, int steps,
      List<Incident> incidents) {}

  public record Incident(String process, String processInstanceId, String activityId,
      OffsetDateTime at, String message) {}

  private final SimulationClock simulation;

  public SimulationController(SimulationClock simulation) {
    this.simulation = simulation;
  }

  @PostMapping("/clock")
  @Operation(summary = "Move the engine clock",
      description = "Steps the engine clock forward to the target (a bare date = 12:00 that day, "
          + "Brussels time): it stops at each instant a job (timer or asynchronous step) or a "
          + "notice retry falls due, runs every job due then and relays the notices, so every "
          + "date is what it would have been had the days passed one by one. When it answers, "
          + "nothing due by the target is left. This endpoint is the profile's only job "
          + "executor: work started by an API call runs at the next move (to the same instant "
          + "or later). A target before the clock, or a move while another runs, answers 409. "
          + "Jobs that failed for good are listed in incidents.")
  public ClockMoved move(@RequestBody MoveClock body) {
    if ((body.date() == null) == (body.dateTime() == null)) {
      throw new InvalidRequestException("date",
          "Send exactly one of 'date' (YYYY-MM-DD, meaning 12:00 that day in Brussels) or "
              + "'dateTime' (ISO-8601 with offset).");
    }
    Instant target = body.date() != null
        ? BusinessClock.noonOf(body.date())
        : body.dateTime().toInstant();
    var moved = simulation.moveTo(target);
    return new ClockMoved(OffsetDateTime.ofInstant(moved.now(), BusinessClock.ZONE),
        moved.jobsExecuted(), moved.steps(), moved.incidents().stream()
            .map(i -> new Incident(i.processDefinitionKey(), i.processInstanceId(), i.activityId(),
                OffsetDateTime.ofInstant(i.at(), BusinessClock.ZONE), i.message()))
            .toList());
  }
}
