package be.contractflow.simulation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The simulated clock's position in {@code cf_simulation_clock} (one row), written at every
 * instant the clock stops at, so that a restarted rehearsal resumes where it was.
 */
@Repository
@ConditionalOnProperty(name = "contractflow.simulation.enabled", havingValue = "true")
public class SimulationClockStore {

  /** The stored position and the {@code contractflow.simulation.start} it was started with. */
  public record Position(Instant at, String startSetting) {}

  private final JdbcClient jdbc;

  public SimulationClockStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Position> read() {
    return jdbc.sql("select position_at, start_setting from cf_simulation_clock where id = 1")
        .query((rs, n) -> new Position(rs.getObject("position_at", OffsetDateTime.class).toInstant(),
            rs.getString("start_setting")))
        .optional();
  }

  /** Records the clock's position. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void save(Instant at) {
    OffsetDateTime position = at.atOffset(ZoneOffset.UTC);
    if (jdbc.sql("update cf_simulation_clock set position_at = ? where id = 1").param(position)
        .update() == 0) {
      jdbc.sql("insert into cf_simulation_clock (id, position_at) values (1, ?)").param(position)
          .update();
    }
  }

  /** Records the clock's position and the start setting that put it there ({@code null}: none). */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void start(Instant at, String startSetting) {
    save(at);
    jdbc.sql("update cf_simulation_clock set start_setting = ? where id = 1").param(startSetting)
        .update();
  }

  /** Whether the rehearsal already holds a contract, and the latest moment one was recorded. */
  public Optional<Instant> latestContractRecorded() {
    return jdbc.sql("select max(created_at) from cf_contract")
        .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
            .map(OffsetDateTime::toInstant))
        .single();
  }
}
