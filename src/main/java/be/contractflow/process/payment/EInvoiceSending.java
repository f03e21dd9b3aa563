package be.contractflow.process.payment;

import be.contractflow.billing.InvoicingService;
import be.contractflow.billing.EInvoices;
import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.InvoiceDueDates;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.notice.Notice;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeStatus;
import be.contractflow.time.BusinessClock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Whether an invoice's Peppol e-invoice was proven sent (issue 13): between Belgian VAT-registered
 * businesses the e-invoice is the invoice, so an invoice whose e-invoice has not left is not sent —
 * its dunning waits, as a reminder's does for its proven sending (task "Unsent reminder"). The
 * outbox's {@code sentAt} (the access point accepted it) is the proof; when it came after the
 * issue day, the payment term counts from that day and the due date moves with it.
 */
@Service
public class EInvoiceSending {

  /**
   * What the end-of-day check found: {@code status} SENT, PENDING, FAILED, or CLOSED (the invoice
   * was cancelled or paid meanwhile).
   */
  public record Check(String status, LocalDate dueDate, LocalDate nextCheckOn, String failure) {}

  private final NoticeService notices;
  private final InvoiceRepository invoices;
  private final BusinessCalendar calendar;
  private final InvoiceDueDates dueDates;
  private final BusinessClock clock;
  private final DunningService dunning;

  public EInvoiceSending(NoticeService notices, InvoiceRepository invoices,
      BusinessCalendar calendar, InvoiceDueDates dueDates, BusinessClock clock,
      DunningService dunning) {
    this.notices = notices;
    this.invoices = invoices;
    this.calendar = calendar;
    this.dueDates = dueDates;
    this.clock = clock;
    this.dunning = dunning;
  }

  /**
   * At the end of a day: sent (due date from the sending day when later than the issue day),
   * still being tried by the relay (check again at the end of tomorrow), or failed for good (the
   * access point refused it, its attempts ran out, or it did not validate) with the reason.
   */
  public Check check(String invoiceNumber, Integer paymentTermDays) {
    Optional<Notice> notice = notices.find(EInvoices.noticeKey(invoiceNumber));
    var invoice = invoices.require(invoiceNumber);
    if (invoice.status() == be.contractflow.ledger.InvoiceStatus.CANCELLED
        || invoice.status() == be.contractflow.ledger.InvoiceStatus.PAID
        || invoice.netTotal().signum() <= 0) {
      // no longer owed (cancelled, paid, credited in full): nothing waits for its sending
      return new Check("CLOSED", invoice.dueDate(), null, null);
    }
    if (notice.isEmpty()) {
      return new Check("FAILED", invoice.dueDate(), null,
          "No e-invoice was written for " + invoiceNumber + ".");
    }
    Notice sent = notice.get();
    if (sent.sentAt() != null) {
      LocalDate sentOn = sent.sentAt().atZoneSameInstant(BusinessClock.ZONE).toLocalDate();
      LocalDate dueDate = invoice.dueDate();
      if (sentOn.isAfter(invoice.issueDate()) && paymentTermDays != null) {
        LocalDate later = calendar.afterDays(sentOn, paymentTermDays);
        if (later.isAfter(dueDate)) {
          var terms = dunning.context(invoiceNumber).terms().payment();
          dueDates.postpone(invoice, later, terms.paymentTermClause(),
              paymentTermDays + " days from its e-invoice, sent on " + sentOn);
          dueDate = later;
        }
      }
      return new Check("SENT", dueDate, null, null);
    }
    if (sent.status() == NoticeStatus.FAILED) {
      return new Check("FAILED", invoice.dueDate(), null,
          "The Peppol e-invoice " + invoiceNumber + " to " + sent.recipient()
              + " was not delivered after " + sent.attempts() + " attempt(s): "
              + (sent.lastError() != null ? sent.lastError() : "no reason given")
              + ". Until it is proven sent the invoice is not sent: no due date runs, no dunning.");
    }
    return new Check("PENDING", invoice.dueDate(), clock.today().plusDays(1), null);
  }

  /**
   * Accounting asked to send the e-invoice again: the failed notice goes back to the relay with
   * fresh attempts (the same document, the same key: the access point can recognise a twin).
   */
  public void resend(String invoiceNumber) {
    notices.find(EInvoices.noticeKey(invoiceNumber))
        .filter(n -> n.status() == NoticeStatus.FAILED)
        .ifPresent(n -> notices.requeue(n.id()));
  }
}
