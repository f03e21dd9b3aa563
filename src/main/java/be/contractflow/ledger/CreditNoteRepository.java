package be.contractflow.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CreditNoteRepository {

  private final JdbcClient jdbc;

  public CreditNoteRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(CreditNote note, int year, int seq, OffsetDateTime createdAt) {
    jdbc.sql("""
            insert into cf_credit_note (number, note_year, seq, contract_number, client_id,
                credited_invoice, clause, issue_date, amount, reason, created_at, amount_excl_vat,
                vat_rate, vat)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(note.number(), year, seq, note.contractNumber(), note.clientId(),
            note.creditedInvoice(), note.clause(), note.issueDate(), note.amount(), note.reason(),
            createdAt, note.amountExclVat(), note.vatRate(), note.vat())
        .update();
  }

  public Optional<CreditNote> find(String number) {
    return jdbc.sql("select * from cf_credit_note where number = ?")
        .param(number).query((rs, n) -> map(rs)).optional();
  }

  public List<CreditNote> forContract(String contractNumber) {
    return jdbc.sql("select * from cf_credit_note where contract_number = ? order by note_year, seq")
        .param(contractNumber).query((rs, n) -> map(rs)).list();
  }

  /** The credit notes naming {@code invoiceNumber}, oldest first. */
  public List<CreditNote> forInvoice(String invoiceNumber) {
    return jdbc.sql("select * from cf_credit_note where credited_invoice = ? order by note_year, seq")
        .param(invoiceNumber).query((rs, n) -> map(rs)).list();
  }

  private static CreditNote map(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new CreditNote(
        rs.getString("number"),
        rs.getString("contract_number"),
        rs.getString("client_id"),
        rs.getString("credited_invoice"),
        rs.getString("clause"),
        rs.getObject("issue_date", LocalDate.class),
        rs.getBigDecimal("amount"),
        rs.getString("reason"),
        rs.getBigDecimal("amount_excl_vat"),
        rs.getBigDecimal("vat_rate"),
        rs.getBigDecimal("vat"));
  }
}
