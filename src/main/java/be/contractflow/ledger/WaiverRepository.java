package be.contractflow.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The waivers staff granted (table {@code cf_waiver}, Flyway V40), for the audit timeline. */
@Repository
public class WaiverRepository {

  private final JdbcClient jdbc;

  public WaiverRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Waiver waiver) {
    jdbc.sql("""
            insert into cf_waiver (invoice_number, contract_number, interest, indemnity, reason,
                waived_by, waived_on, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(waiver.invoiceNumber(), waiver.contractNumber(), waiver.interest(),
            waiver.indemnity(), waiver.reason(), waiver.waivedBy(), waiver.waivedOn(),
            waiver.createdAt())
        .update();
  }

  public List<Waiver> forContract(String contractNumber) {
    return jdbc.sql("select * from cf_waiver where contract_number = ? order by id")
        .param(contractNumber)
        .query((rs, n) -> new Waiver(
            rs.getString("invoice_number"),
            rs.getString("contract_number"),
            rs.getBoolean("interest"),
            rs.getBoolean("indemnity"),
            rs.getString("reason"),
            rs.getString("waived_by"),
            rs.getObject("waived_on", LocalDate.class),
            rs.getObject("created_at", OffsetDateTime.class)))
        .list();
  }
}
