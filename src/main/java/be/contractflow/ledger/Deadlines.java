package be.contractflow.ledger;

import be.contractflow.time.BusinessClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contract's deadlines as the auditor and {@code GET /api/contracts/{n}} see them. Processes
 * record a deadline when they start waiting for it (the key makes a retried job harmless) and
 * settle it when it is met, missed or no longer relevant. Bound as {@code deadlines} for BPMN
 * expressions.
 */
@Component("deadlines")
public class Deadlines {

  private final JdbcClient jdbc;
  private final BusinessClock clock;

  public Deadlines(JdbcClient jdbc, BusinessClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records (or moves, if the key exists) a pending deadline. The key must be one of a {@link
   * DeadlineKind}'s: a deadline cannot be added without its kind.
   */
  public Deadline record(String key, String contractNumber, String invoiceNumber, String clause,
      String name, LocalDate dueDate) {
    if (DeadlineKind.of(key).isEmpty()) {
      throw new IllegalArgumentException("Deadline key " + key + " belongs to no DeadlineKind: "
          + "add the kind (owner process and key scheme) to DeadlineKind first");
    }
    var now = clock.now();
    int updated = jdbc.sql("""
            update cf_deadline set due_date = ?, name = ?, clause = ?, updated_at = ?
            where deadline_key = ?""")
        .params(dueDate, name, clause, now, key).update();
    if (updated == 0) {
      jdbc.sql("""
              insert into cf_deadline (deadline_key, contract_number, invoice_number, clause, name,
                  due_date, status, created_at, updated_at)
              values (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)""")
          .params(key, contractNumber, invoiceNumber, clause, name, dueDate, now, now)
          .update();
    }
    return new Deadline(key, contractNumber, invoiceNumber, clause, name, dueDate,
        Deadline.Status.PENDING);
  }

  public void met(String key) {
    settle(key, Deadline.Status.MET);
  }

  public void missed(String key) {
    settle(key, Deadline.Status.MISSED);
  }

  public void cancelled(String key) {
    settle(key, Deadline.Status.CANCELLED);
  }

  /** Settles a pending deadline; one already settled keeps its first outcome. */
  public void settle(String key, Deadline.Status status) {
    jdbc.sql("""
            update cf_deadline set status = ?, updated_at = ?
            where deadline_key = ? and status = 'PENDING'""")
        .params(status.name(), clock.now(), key).update();
  }

  /** Cancels the contract's pending deadlines of these kinds about {@code subject}. */
  public void cancelPending(String contractNumber, String subject, Set<DeadlineKind> kinds) {
    forContract(contractNumber).stream()
        .filter(d -> d.status() == Deadline.Status.PENDING)
        .filter(d -> kinds.stream().anyMatch(kind -> kind.isAbout(d.key(), subject)))
        .forEach(d -> cancelled(d.key()));
  }

  public List<Deadline> forContract(String contractNumber) {
    return jdbc.sql("""
            select * from cf_deadline where contract_number = ? order by due_date, id""")
        .param(contractNumber)
        .query((rs, n) -> new Deadline(
            rs.getString("deadline_key"),
            rs.getString("contract_number"),
            rs.getString("invoice_number"),
            rs.getString("clause"),
            rs.getString("name"),
            rs.getObject("due_date", LocalDate.class),
            Deadline.Status.valueOf(rs.getString("status"))))
        .list();
  }
}
