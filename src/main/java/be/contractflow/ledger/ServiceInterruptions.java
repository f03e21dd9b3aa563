package be.contractflow.ledger;

import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Provider-side interruptions of a contract's service (VIR-10, BDB-R8), table {@code cf_service_interruption}. */
@Repository
public class ServiceInterruptions {

  /** One interruption; {@code restoredOn} null while it lasts. */
  public record Interruption(long id, String contractNumber, LocalDate interruptedOn,
      String reason, LocalDate restoredOn, BigDecimal compensation, String creditNote) {

    /** Whole days without service up to {@code date} (or the restoration). */
    public int daysUntil(LocalDate date) {
      LocalDate end = restoredOn != null ? restoredOn : date;
      return (int) Math.max(0, ChronoUnit.DAYS.between(interruptedOn, end));
    }
  }

  private final JdbcClient jdbc;
  private final BusinessClock clock;

  public ServiceInterruptions(JdbcClient jdbc, BusinessClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records the start of an interruption, unless one is already open (a repeated event). */
  public Interruption open(String contractNumber, LocalDate since, String reason) {
    return current(contractNumber).orElseGet(() -> {
      jdbc.sql("""
              insert into cf_service_interruption (contract_number, interrupted_on, reason,
                  created_at) values (?, ?, ?, ?)""")
          .params(contractNumber, since, reason, clock.now()).update();
      return current(contractNumber).orElseThrow();
    });
  }

  /** The interruption still open, if any. */
  public Optional<Interruption> current(String contractNumber) {
    return jdbc.sql("""
            select * from cf_service_interruption where contract_number = ? and restored_on is null
            order by id desc""")
        .param(contractNumber).query(ServiceInterruptions::map).list().stream().findFirst();
  }

  /** The latest interruption, open or not. */
  public Optional<Interruption> latest(String contractNumber) {
    return jdbc.sql("select * from cf_service_interruption where contract_number = ? order by id desc")
        .param(contractNumber).query(ServiceInterruptions::map).list().stream().findFirst();
  }

  public void close(long id, LocalDate restoredOn, BigDecimal compensation, String creditNote) {
    jdbc.sql("""
            update cf_service_interruption set restored_on = ?, compensation = ?, credit_note = ?
            where id = ?""")
        .params(restoredOn, compensation, creditNote, id).update();
  }

  private static Interruption map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Interruption(rs.getLong("id"), rs.getString("contract_number"),
        rs.getObject("interrupted_on", LocalDate.class), rs.getString("reason"),
        rs.getObject("restored_on", LocalDate.class), rs.getBigDecimal("compensation"),
        rs.getString("credit_note"));
  }
}
