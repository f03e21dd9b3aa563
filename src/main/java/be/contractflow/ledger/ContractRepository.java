package be.contractflow.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ContractRepository {

  private final JdbcClient jdbc;

  public ContractRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Contract contract, OffsetDateTime createdAt) {
    jdbc.sql("""
            insert into cf_contract (number, quote_number, client_id, terms_profile, kind, status,
                suspended, start_date, anniversary_date, effective_end_date, created_at)
            values (:number, :quoteNumber, :clientId, :profile, :kind, :status,
                :suspended, :startDate, :anniversaryDate, :endDate, :createdAt)""")
        .param("number", contract.number())
        .param("quoteNumber", contract.quoteNumber())
        .param("clientId", contract.clientId())
        .param("profile", contract.termsProfile())
        .param("kind", contract.kind().name())
        .param("status", contract.status().name())
        .param("suspended", contract.suspended())
        .param("startDate", contract.startDate())
        .param("anniversaryDate", contract.anniversaryDate())
        .param("endDate", contract.effectiveEndDate())
        .param("createdAt", createdAt)
        .update();
  }

  public Optional<Contract> find(String number) {
    return jdbc.sql("select * from cf_contract where number = ?")
        .param(number)
        .query((rs, n) -> map(rs))
        .optional();
  }

  public Contract require(String number) {
    return find(number).orElseThrow(() -> new NotFoundException(
        "No contract numbered '" + number + "'. Contract numbers look like C-2026-0001; "
            + "POST /api/quotes returns the contract number of a new quote."));
  }

  public List<Contract> forClient(String clientId) {
    return jdbc.sql("select * from cf_contract where client_id = ? order by number")
        .param(clientId)
        .query((rs, n) -> map(rs))
        .list();
  }

  public void updateStatus(String number, ContractStatus status) {
    jdbc.sql("update cf_contract set status = ? where number = ?")
        .params(status.name(), number).update();
  }

  public void updateSuspended(String number, boolean suspended) {
    jdbc.sql("update cf_contract set suspended = ? where number = ?")
        .params(suspended, number).update();
  }

  public void updateDates(String number, LocalDate startDate, LocalDate anniversaryDate,
      LocalDate effectiveEndDate) {
    jdbc.sql("""
            update cf_contract set start_date = ?, anniversary_date = ?, effective_end_date = ?
            where number = ?""")
        .params(startDate, anniversaryDate, effectiveEndDate, number).update();
  }

  private static Contract map(ResultSet rs) throws SQLException {
    return new Contract(
        rs.getString("number"),
        rs.getString("quote_number"),
        rs.getString("client_id"),
        rs.getString("terms_profile"),
        ContractKind.valueOf(rs.getString("kind")),
        ContractStatus.valueOf(rs.getString("status")),
        rs.getBoolean("suspended"),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("anniversary_date", LocalDate.class),
        rs.getObject("effective_end_date", LocalDate.class));
  }
}
