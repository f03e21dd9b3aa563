package be.contractflow.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one source of "now" for the application: the engine clock ({@link ClockUtil}), read in
 * business time ({@code Europe/Brussels}). Outside the simulation profile the engine clock is the
 * system clock; in it, moving the engine clock moves every date the application records.
 */
@Component
public class BusinessClock {

  public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public OffsetDateTime now() {
    return OffsetDateTime.ofInstant(instant(), ZONE);
  }

  public LocalDate today() {
    return now().toLocalDate();
  }

  /** A bare business date as an instant: 12:00 that day, Brussels time (as the clock endpoint). */
  public static Instant noonOf(LocalDate date) {
    return date.atTime(12, 0).atZone(ZONE).toInstant();
  }
}
