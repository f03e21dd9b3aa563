package be.contractflow.ledger;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one owner of an invoice's due date. The invoice row ({@code cf_invoice.due_date}) and its
 * {@link DeadlineKind#INVOICE_DUE} deadline are written here and only here, in one transaction,
 * so the invoice, {@code GET /api/contracts/{n}} and the audit view never disagree. The payment
 * process's {@code dueDate} variable is copied from what these methods answer, never computed.
 */
@Component
public class InvoiceDueDates {

  private final InvoiceRepository invoices;
  private final Deadlines deadlines;

  public InvoiceDueDates(InvoiceRepository invoices, Deadlines deadlines) {
    this.invoices = invoices;
    this.deadlines = deadlines;
  }

  /** The due date of a just-issued invoice, with the clause of its payment term. */
  @Transactional
  public void issued(Invoice invoice, String paymentTermClause) {
    deadlines.record(DeadlineKind.INVOICE_DUE.key(invoice.number()), invoice.contractNumber(),
        invoice.number(), paymentTermClause, "Invoice " + invoice.number() + " due",
        invoice.dueDate());
  }

  /**
   * Brings the due date forward to {@code date} (WJA-10a acceleration); a due date already on or
   * before it is kept. Answers whether it moved.
   */
  @Transactional
  public boolean bringForward(Invoice invoice, LocalDate date, String clause, String why) {
    return invoices.bringDueDateForward(invoice.number(), date)
        && moved(invoice, date, clause, why);
  }

  /**
   * Moves the due date later to {@code date}: the invoice reached the client only then (a Peppol
   * e-invoice proven sent after its issue date) and the payment term counts from that day. A due
   * date already on or after it is kept. Answers whether it moved.
   */
  @Transactional
  public boolean postpone(Invoice invoice, LocalDate date, String clause, String why) {
    return invoices.postponeDueDate(invoice.number(), date) && moved(invoice, date, clause, why);
  }

  /** The moved date on the invoice's deadline, with the clause and why it moved. */
  private boolean moved(Invoice invoice, LocalDate date, String clause, String why) {
    deadlines.record(DeadlineKind.INVOICE_DUE.key(invoice.number()), invoice.contractNumber(),
        invoice.number(), clause, "Invoice " + invoice.number() + " due (" + why + ")", date);
    return true;
  }
}
