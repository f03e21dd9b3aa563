package be.contractflow.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The billing periods each invoice of a recurring contract pays for ({@code cf_invoice_period}),
 * so that an end inside a period invoiced in advance can be credited once.
 */
@Repository
public class InvoicePeriods {

  /**
   * One period an invoice pays for.
   *
   * @param amountExclVat the amount invoiced for that period
   * @param creditNote the credit note that refunded its days after the contract's end, or null
   */
  public record Covered(String invoiceNumber, LocalDate periodStart, LocalDate periodEnd,
      BigDecimal amountExclVat, String creditNote) {}

  private final JdbcClient jdbc;

  public InvoicePeriods(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records that the invoice pays for the period (idempotent per invoice and period start). */
  public void record(String invoiceNumber, LocalDate periodStart, LocalDate periodEnd,
      BigDecimal amountExclVat) {
    int exists = jdbc.sql("select count(*) from cf_invoice_period where invoice_number = ? "
            + "and period_start = ?")
        .params(invoiceNumber, periodStart).query(Integer.class).single();
    if (exists == 0) {
      jdbc.sql("insert into cf_invoice_period (invoice_number, period_start, period_end, "
              + "amount_excl_vat) values (?, ?, ?, ?)")
          .params(invoiceNumber, periodStart, periodEnd, amountExclVat).update();
    }
  }

  /** The periods paid by the contract's invoices that are not cancelled, in date order. */
  public List<Covered> forContract(String contractNumber) {
    return jdbc.sql("""
            select p.* from cf_invoice_period p join cf_invoice i on i.number = p.invoice_number
            where i.contract_number = ? and i.status <> 'CANCELLED'
            order by p.period_start, p.invoice_number""")
        .param(contractNumber)
        .query((rs, n) -> new Covered(rs.getString("invoice_number"),
            rs.getObject("period_start", LocalDate.class),
            rs.getObject("period_end", LocalDate.class), rs.getBigDecimal("amount_excl_vat"),
            rs.getString("credit_note")))
        .list();
  }

  /**
   * Marks the period credited; false when it already was (a period is credited once).
   */
  public boolean markCredited(String invoiceNumber, LocalDate periodStart, String creditNote) {
    return jdbc.sql("update cf_invoice_period set credit_note = ? where invoice_number = ? "
            + "and period_start = ? and credit_note is null")
        .params(creditNote, invoiceNumber, periodStart).update() == 1;
  }
}
