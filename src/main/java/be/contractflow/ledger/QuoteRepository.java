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
public class QuoteRepository {

  private final JdbcClient jdbc;

  public QuoteRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Quote quote, OffsetDateTime createdAt) {
    jdbc.sql("""
            insert into cf_quote (number, client_id, terms_profile, kind, issue_date, status,
                periodic_price, period, hourly_rate, estimated_hours, payment_term_days,
                created_at)
            values (:number, :clientId, :profile, :kind, :issueDate, :status,
                :periodicPrice, :period, :hourlyRate, :estimatedHours, :paymentTermDays,
                :createdAt)""")
        .param("number", quote.number())
        .param("clientId", quote.clientId())
        .param("profile", quote.termsProfile())
        .param("kind", quote.kind().name())
        .param("issueDate", quote.issueDate())
        .param("status", quote.status())
        .param("periodicPrice", quote.periodicPrice())
        .param("period", quote.period() == null ? null : quote.period().name())
        .param("hourlyRate", quote.hourlyRate())
        .param("estimatedHours", quote.estimatedHours())
        .param("paymentTermDays", quote.paymentTermDays())
        .param("createdAt", createdAt)
        .update();
    int lineNo = 1;
    for (var line : quote.lines()) {
      jdbc.sql("""
              insert into cf_quote_line (quote_number, line_no, description, quantity, unit_price)
              values (?, ?, ?, ?, ?)""")
          .params(quote.number(), lineNo++, line.description(), line.quantity(), line.unitPrice())
          .update();
    }
  }

  public Optional<Quote> find(String number) {
    var lines = jdbc.sql("""
            select description, quantity, unit_price from cf_quote_line
            where quote_number = ? order by line_no""")
        .param(number)
        .query((rs, n) -> new Quote.Line(
            rs.getString("description"), rs.getBigDecimal("quantity"), rs.getBigDecimal("unit_price")))
        .list();
    return jdbc.sql("select * from cf_quote where number = ?")
        .param(number)
        .query((rs, n) -> map(rs, lines))
        .optional();
  }

  public Quote require(String number) {
    return find(number).orElseThrow(() -> new NotFoundException(
        "No quote numbered '" + number + "'. Quote numbers look like Q-2026-0001."));
  }

  public void updateStatus(String number, String status) {
    jdbc.sql("update cf_quote set status = ? where number = ?").params(status, number).update();
  }

  public void sign(String number, LocalDate signedDate) {
    jdbc.sql("update cf_quote set signed_date = ? where number = ?")
        .params(signedDate, number).update();
  }

  /** Where the contract was concluded and whether an early start was asked (issue 11 item 3). */
  public void recordConclusion(String number, Conclusion conclusion) {
    jdbc.sql("update cf_quote set concluded_at = ?, early_start_requested = ? where number = ?")
        .params(conclusion.concludedAt().name(), conclusion.earlyStartRequested(), number)
        .update();
  }

  /**
   * The conclusion recorded at signature; empty for a quote not signed yet or signed before it was
   * recorded (V65).
   */
  public Optional<Conclusion> conclusion(String number) {
    return jdbc.sql("select concluded_at, early_start_requested from cf_quote where number = ?")
        .param(number)
        .query((rs, n) -> {
          String place = rs.getString("concluded_at");
          boolean early = Boolean.TRUE.equals(rs.getObject("early_start_requested", Boolean.class));
          return Optional.ofNullable(place)
              .map(p -> new Conclusion(ConcludedAt.valueOf(p), early));
        })
        .optional().flatMap(found -> found);
  }

  private static Quote map(ResultSet rs, List<Quote.Line> lines) throws SQLException {
    String period = rs.getString("period");
    return new Quote(
        rs.getString("number"),
        rs.getString("client_id"),
        rs.getString("terms_profile"),
        ContractKind.valueOf(rs.getString("kind")),
        rs.getObject("issue_date", LocalDate.class),
        rs.getString("status"),
        rs.getBigDecimal("periodic_price"),
        period == null ? null : Period.valueOf(period),
        rs.getBigDecimal("hourly_rate"),
        rs.getBigDecimal("estimated_hours"),
        rs.getObject("signed_date", LocalDate.class),
        lines,
        rs.getObject("payment_term_days", Integer.class));
  }
}
