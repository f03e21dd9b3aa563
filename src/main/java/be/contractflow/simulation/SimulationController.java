package be.contractflow.simulation;

import be.contractflow.api.InvalidRequestException;
import be.contractflow.time.BusinessClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

  public record ClockMoved(OffsetDateTime now, int jobsExecuted) {}

  private final SimulationClock simulation;

  public SimulationController(SimulationClock simulation) {
    this.simulation = simulation;
  }

  @PostMapping("/clock")
  @Operation(summary = "Move the engine clock",
      description = "Moves the engine clock (a bare date = 12:00 that day, Brussels time), runs "
          + "every job that is due and relays every pending notice until none is left.")
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
        moved.jobsExecuted());
  }
}
