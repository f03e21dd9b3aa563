package be.contractflow.simulation;

import be.contractflow.time.BusinessClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where a rehearsal's clock starts (simulation profile), before the application serves anything.
 *
 * <ul>
 *   <li>A fresh rehearsal (no contract yet) starts at {@code contractflow.simulation.start} (ISO
 *       date = 12:00 that day in Brussels, as the clock endpoint reads a bare date; or a date-time,
 *       Brussels time unless it carries an offset), else at the wall clock.</li>
 *   <li>A rehearsal that holds contracts resumes where its clock stood ({@code cf_simulation_clock})
 *       — also when restarted with the same setting. A different, earlier start is refused: the
 *       application does not start and says why. A later one steps the clock forward to it (every
 *       job due on the way runs at its own instant) once the application is ready.</li>
 * </ul>
 *
 * The clock is frozen at that instant: it moves only through {@code POST /api/simulation/clock}.
 */
@Component
@ConditionalOnProperty(name = "contractflow.simulation.enabled", havingValue = "true")
public class SimulationStart implements SmartInitializingSingleton {

  static final String SETTING = "contractflow.simulation.start";

  private static final Logger log = LoggerFactory.getLogger(SimulationStart.class);

  private final SimulationClockStore store;
  private final SimulationClock simulation;
  private final Optional<String> setting;
  private Instant forwardTo;

  public SimulationStart(SimulationClockStore store, SimulationClock simulation,
      @Value("${" + SETTING + ":}") String setting) {
    this.store = store;
    this.simulation = simulation;
    this.setting = Optional.of(setting.trim()).filter(s -> !s.isEmpty());
  }

  /** The setting as an instant: a bare date is 12:00 that day, Brussels time. */
  static Instant parse(String setting) {
    try {
      return BusinessClock.noonOf(LocalDate.parse(setting));
    } catch (DateTimeParseException notADate) {
      try {
        return OffsetDateTime.parse(setting).toInstant();
      } catch (DateTimeParseException notWithOffset) {
        try {
          return LocalDateTime.parse(setting).atZone(BusinessClock.ZONE).toInstant();
        } catch (DateTimeParseException notADateTime) {
          throw new IllegalStateException(SETTING + "=" + setting + " is neither an ISO date "
              + "(2026-01-01, meaning 12:00 that day in Brussels) nor an ISO date-time "
              + "(2026-01-01T08:30, Brussels time, or 2026-01-01T08:30:00+01:00).");
        }
      }
    }
  }

  @Override
  public void afterSingletonsInstantiated() {
    Optional<Instant> start = setting.map(SimulationStart::parse);
    var stored = store.read();
    Optional<Instant> latestContract = store.latestContractRecorded();
    boolean fresh = latestContract.isEmpty();
    boolean sameSetting = stored.isPresent() && setting.isPresent()
        && setting.get().equals(stored.get().startSetting());
    Instant at;
    if (fresh) {
      at = start.orElseGet(() -> stored.map(SimulationClockStore.Position::at)
          .orElseGet(Instant::now));
    } else {
      Instant position = stored.map(SimulationClockStore.Position::at)
          .filter(p -> !p.isBefore(latestContract.get())).orElse(latestContract.get());
      at = position;
      if (start.isPresent() && !sameSetting) {
        if (start.get().isBefore(position)) {
          throw new IllegalStateException("Refusing " + SETTING + "=" + setting.get() + ": this "
              + "rehearsal database already holds contracts and its clock stands at "
              + OffsetDateTime.ofInstant(position, BusinessClock.ZONE) + "; the simulation clock "
              + "only moves forward. Start without the setting (or with a later one) to resume, or "
              + "point the application at a fresh database to rehearse from " + setting.get()
              + ".");
        }
        forwardTo = start.get();
      }
    }
    ClockUtil.setCurrentTime(Date.from(at));
    if (fresh) {
      store.start(at, setting.orElse(null));
    } else {
      store.save(at);
    }
    log.info("Simulation clock at {}{}", OffsetDateTime.ofInstant(at, BusinessClock.ZONE),
        forwardTo == null ? "" : ", stepping forward to " + setting.get() + " once ready");
  }

  @EventListener(ApplicationReadyEvent.class)
  public void stepForward() {
    if (forwardTo != null) {
      var moved = simulation.moveTo(forwardTo);
      log.info("Simulation clock stepped to {}: {} jobs", moved.now(), moved.jobsExecuted());
      store.start(forwardTo, setting.get());
      forwardTo = null;
    }
  }
}
