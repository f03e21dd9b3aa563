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
public class InvoiceRepository {

  /** An invoice line as stored: what was sold, and the clause that billed it. */
  public record Line(String description, java.math.BigDecimal quantity,
      java.math.BigDecimal unitPrice, java.math.BigDecimal amountExclVat, String clause) {}

  /**
   * Every invoice column plus {@code credited}: the sum of the credit notes naming the invoice
   * (index {@code cf_credit_note_invoice}, Flyway V40).
   */
  private static final String SELECT = """
      select i.*, (select coalesce(sum(c.amount), 0) from cf_credit_note c
                   where c.credited_invoice = i.number) as credited
      from cf_invoice i""";

  private final JdbcClient jdbc;

  public InvoiceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Invoice invoice, int year, int seq, List<Line> lines, OffsetDateTime createdAt) {
    jdbc.sql("""
            insert into cf_invoice (number, invoice_year, seq, contract_number, client_id, kind, clause,
                issue_date, due_date, amount_excl_vat, vat_rate, vat, total,
                structured_communication, status, created_at)
            values (:number, :year, :seq, :contractNumber, :clientId, :kind, :clause,
                :issueDate, :dueDate, :amountExclVat, :vatRate, :vat, :total,
                :communication, :status, :createdAt)""")
        .param("number", invoice.number())
        .param("year", year)
        .param("seq", seq)
        .param("contractNumber", invoice.contractNumber())
        .param("clientId", invoice.clientId())
        .param("kind", invoice.kind().name())
        .param("clause", invoice.clause())
        .param("issueDate", invoice.issueDate())
        .param("dueDate", invoice.dueDate())
        .param("amountExclVat", invoice.amountExclVat())
        .param("vatRate", invoice.vatRate())
        .param("vat", invoice.vat())
        .param("total", invoice.total())
        .param("communication", invoice.structuredCommunication())
        .param("status", invoice.status().name())
        .param("createdAt", createdAt)
        .update();
    int lineNo = 1;
    for (var line : lines) {
      jdbc.sql("""
              insert into cf_invoice_line (invoice_number, line_no, description, quantity,
                  unit_price, amount_excl_vat, clause)
              values (?, ?, ?, ?, ?, ?, ?)""")
          .params(invoice.number(), lineNo++, line.description(), line.quantity(),
              line.unitPrice(), line.amountExclVat(), line.clause())
          .update();
    }
  }

  public Optional<Invoice> find(String number) {
    return jdbc.sql(SELECT + " where i.number = ?")
        .param(number).query((rs, n) -> map(rs)).optional();
  }

  public Invoice require(String number) {
    return find(number).orElseThrow(() -> notFound(number));
  }

  private static NotFoundException notFound(String number) {
    return new NotFoundException("No invoice numbered '" + number
        + "'. Invoice numbers look like I-2026-00001; GET /api/contracts/{n}/invoices lists a "
        + "contract's invoices.");
  }

  /** An invoice and its dunning state, read together. */
  public record WithDunningState(Invoice invoice, DunningState dunningState) {}

  /**
   * {@link #require} and {@link #dunningState} from one read of the row (issue 16: a dunning step
   * needs both).
   */
  public WithDunningState requireWithDunningState(String number) {
    return jdbc.sql(SELECT + " where i.number = ?")
        .param(number)
        .query((rs, n) -> new WithDunningState(map(rs), dunningState(rs)))
        .optional()
        .orElseThrow(() -> notFound(number));
  }

  public Optional<Invoice> findByStructuredCommunication(String digits) {
    return jdbc.sql(SELECT + " where i.structured_communication = ?")
        .param(digits).query((rs, n) -> map(rs)).optional();
  }

  /** Locks the invoice row until the transaction ends: payments on one invoice queue up. */
  public Optional<Invoice> lock(String number) {
    if (jdbc.sql("select number from cf_invoice where number = ? for update")
        .param(number).query(String.class).optional().isEmpty()) {
      return Optional.empty();
    }
    return find(number);
  }

  public List<Invoice> forContract(String contractNumber) {
    return jdbc.sql(SELECT + " where i.contract_number = ? order by i.invoice_year, i.seq")
        .param(contractNumber).query((rs, n) -> map(rs)).list();
  }

  public List<Line> lines(String number) {
    return jdbc.sql("""
            select description, quantity, unit_price, amount_excl_vat, clause
            from cf_invoice_line where invoice_number = ? order by line_no""")
        .param(number)
        .query((rs, n) -> new Line(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
            rs.getBigDecimal(4), rs.getString(5)))
        .list();
  }

  public void recordPayment(String number, Payment payment, InvoiceStatus status,
      LocalDate settledDate) {
    jdbc.sql("""
            update cf_invoice set paid_indemnity = paid_indemnity + :indemnity,
                paid_interest = paid_interest + :interest,
                paid_principal = paid_principal + :principal,
                status = :status, settled_date = :settledDate
            where number = :number""")
        .param("indemnity", payment.toIndemnity())
        .param("interest", payment.toInterest())
        .param("principal", payment.toPrincipal())
        .param("status", status.name())
        .param("settledDate", settledDate)
        .param("number", number)
        .update();
  }

  public DunningState dunningState(String number) {
    return jdbc.sql("""
            select first_reminder_date, first_reminder_channel, interest_waived_reason,
                indemnity_waived_reason
            from cf_invoice where number = ?""")
        .param(number)
        .query((rs, n) -> dunningState(rs))
        .optional()
        .orElse(DunningState.NONE);
  }

  private static DunningState dunningState(ResultSet rs) throws SQLException {
    return new DunningState(
        rs.getObject("first_reminder_date", LocalDate.class),
        rs.getString("first_reminder_channel") == null ? null
            : DunningState.ReminderChannel.valueOf(rs.getString("first_reminder_channel")),
        rs.getString("interest_waived_reason"),
        rs.getString("indemnity_waived_reason"));
  }

  /** The first reminder sent; a later reminder never moves it. */
  public void recordFirstReminder(String number, LocalDate date,
      DunningState.ReminderChannel channel) {
    jdbc.sql("""
            update cf_invoice set first_reminder_date = ?, first_reminder_channel = ?
            where number = ? and first_reminder_date is null""")
        .params(date, channel.name(), number).update();
  }

  public void updateStatus(String number, InvoiceStatus status) {
    jdbc.sql("update cf_invoice set status = ? where number = ?")
        .params(status.name(), number).update();
  }

  /** The client's invoices still owed (open or contested), oldest first. */
  public List<Invoice> openForClient(String clientId) {
    return jdbc.sql(SELECT + """
             where i.client_id = ? and i.status in ('OPEN', 'CONTESTED')
            order by i.invoice_year, i.seq""")
        .param(clientId).query((rs, n) -> map(rs)).list();
  }

  /**
   * Brings the due date forward (WJA-10a acceleration); a date already earlier is kept. Only
   * {@link InvoiceDueDates} moves a due date (with its deadline).
   */
  boolean bringDueDateForward(String number, LocalDate dueDate) {
    return jdbc.sql("update cf_invoice set due_date = ? where number = ? and due_date > ?")
        .params(dueDate, number, dueDate).update() == 1;
  }

  /**
   * Moves the due date later: the invoice reached the client only on a later day (a Peppol
   * e-invoice proven sent after its issue date), and the payment term counts from then. Only
   * {@link InvoiceDueDates} moves a due date (with its deadline).
   */
  boolean postponeDueDate(String number, LocalDate dueDate) {
    return jdbc.sql("update cf_invoice set due_date = ? where number = ? and due_date < ?")
        .params(dueDate, number, dueDate).update() == 1;
  }

  /** Records a waiver of the interest and/or the indemnity with its reason; null keeps the other. */
  public void recordWaiver(String number, String interestReason, String indemnityReason) {
    jdbc.sql("""
            update cf_invoice set
                interest_waived_reason = coalesce(?, interest_waived_reason),
                indemnity_waived_reason = coalesce(?, indemnity_waived_reason)
            where number = ?""")
        .params(interestReason, indemnityReason, number).update();
  }

  private static Invoice map(ResultSet rs) throws SQLException {
    return new Invoice(
        rs.getString("number"),
        rs.getString("contract_number"),
        rs.getString("client_id"),
        InvoiceKind.valueOf(rs.getString("kind")),
        rs.getString("clause"),
        rs.getObject("issue_date", LocalDate.class),
        rs.getObject("due_date", LocalDate.class),
        rs.getBigDecimal("amount_excl_vat"),
        rs.getBigDecimal("vat_rate"),
        rs.getBigDecimal("vat"),
        rs.getBigDecimal("total"),
        rs.getString("structured_communication"),
        InvoiceStatus.valueOf(rs.getString("status")),
        rs.getBigDecimal("paid_principal"),
        rs.getBigDecimal("paid_interest"),
        rs.getBigDecimal("paid_indemnity"),
        rs.getObject("settled_date", LocalDate.class),
        rs.getBigDecimal("credited"));
  }
}
