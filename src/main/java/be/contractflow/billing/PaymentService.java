package be.contractflow.billing;

import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.ledger.NotFoundException;
import be.contractflow.ledger.Payment;
import be.contractflow.ledger.PaymentRepository;
import be.contractflow.ledger.RejectedException;
import be.contractflow.money.Imputation;
import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records payments on invoices: imputed indemnity → interest → principal, overpayment refused,
 * the same bank reference never counted twice. A payment that settles the invoice publishes
 * {@link InvoiceSettled} (the waiting processes get their message) in the same transaction: either
 * both happen or neither.
 */
@Service
public class PaymentService {

  private final InvoiceRepository invoices;
  private final PaymentRepository payments;
  private final SettlementService settlements;
  private final ApplicationEventPublisher events;
  private final BusinessClock clock;

  public PaymentService(InvoiceRepository invoices, PaymentRepository payments,
      SettlementService settlements, ApplicationEventPublisher events, BusinessClock clock) {
    this.invoices = invoices;
    this.payments = payments;
    this.settlements = settlements;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public PaymentReceipt record(PaymentCommand command) {
    return record(command, false);
  }

  /**
   * Settles (part of) an invoice by set-off against a credit note the agency owes the client on
   * the same day (a cancellation fee against a credited deposit): recorded as a payment with that
   * date, which may be a date the process was told about in advance.
   */
  @Transactional
  public PaymentReceipt recordSetOff(PaymentCommand command) {
    return record(command, true);
  }

  private PaymentReceipt record(PaymentCommand command, boolean setOff) {
    if (command.reference() != null) {
      var known = payments.findByReference(command.reference());
      if (known.isPresent()) {
        return duplicate(command, known.get());
      }
    }
    Invoice invoice = invoices.lock(resolve(command.invoice()))
        .orElseThrow(() -> unknown(command.invoice()));
    LocalDate today = clock.today();
    LocalDate date = command.date() != null ? command.date() : today;
    // a set-off takes the date of the credit note it uses, even one dated ahead of the clock
    LocalDate latestAllowed = setOff && date.isAfter(today) ? date : today;
    check(invoice, date, latestAllowed);
    if (command.reference() == null && !command.force()) {
      refuseProbableDuplicate(invoice, command.amount(), date);
    }

    Settlement due = settlements.at(invoice, date);
    var parts = Imputation.of(command.amount(), due.indemnity(), due.interest(), due.principal());
    if (parts.isOverpayment()) {
      throw new RejectedException("Overpayment: " + command.amount().toPlainString()
          + " is more than the " + due.total().toPlainString() + " that settles invoice "
          + invoice.number() + " on " + date + " (principal " + due.principal().toPlainString()
          + ", interest " + due.interest().toPlainString() + ", indemnity "
          + due.indemnity().toPlainString() + "). Send at most " + due.total().toPlainString()
          + " and refund the rest to the client.");
    }
    var payment = payments.insert(new Payment(null, invoice.number(), command.amount(), date,
        command.reference(), parts.indemnity(), parts.interest(), parts.principal(),
        command.recordedBy(), clock.now()));
    boolean settled = command.amount().compareTo(due.total()) == 0;
    var status = settled ? InvoiceStatus.PAID : invoice.status();
    invoices.recordPayment(invoice.number(), payment, status, settled ? date : null);
    if (settled) {
      events.publishEvent(new InvoiceSettled(invoice.number(), date));
    }
    return new PaymentReceipt(payment, status, due.total().subtract(command.amount()), false);
  }

  private PaymentReceipt duplicate(PaymentCommand command, Payment known) {
    var invoice = invoices.find(known.invoiceNumber()).orElseThrow();
    boolean same = known.amount().compareTo(command.amount()) == 0
        && (known.invoiceNumber().equals(command.invoice())
            || invoice.structuredCommunication().equals(
                StructuredCommunication.parse(command.invoice()).orElse(null)));
    if (!same) {
      throw new ConflictException("Bank reference '" + command.reference() + "' was already "
          + "recorded for " + known.amount().toPlainString() + " on invoice " + known.invoiceNumber()
          + " (" + known.paymentDate() + "). A bank reference names one payment: send this "
          + "payment with its own reference.");
    }
    var remaining = settlements.at(invoice, clock.today()).total();
    return new PaymentReceipt(known, invoice.status(), remaining, true);
  }

  private void check(Invoice invoice, LocalDate date, LocalDate today) {
    if (invoice.status() == InvoiceStatus.PAID) {
      throw new ConflictException("Invoice " + invoice.number() + " was settled on "
          + invoice.settledDate() + ": nothing more is owed. Refund the client, or send the "
          + "payment with the number of the invoice it was meant for.");
    }
    if (invoice.status() == InvoiceStatus.CANCELLED) {
      throw new ConflictException("Invoice " + invoice.number() + " is cancelled (a credit note "
          + "replaced it): nothing is owed on it. Refund the client, or send the payment with the "
          + "number of the invoice it was meant for.");
    }
    if (date.isAfter(today)) {
      throw new RejectedException("The payment date " + date + " is after today (" + today
          + "): record a payment once it is received, with its value date.");
    }
    if (date.isBefore(invoice.issueDate())) {
      throw new RejectedException("The payment date " + date + " is before invoice "
          + invoice.number() + " was issued (" + invoice.issueDate() + "): check the invoice "
          + "number and the value date.");
    }
    payments.forInvoice(invoice.number()).stream()
        .map(Payment::paymentDate)
        .filter(date::isBefore)
        .findFirst()
        .ifPresent(later -> {
          throw new ConflictException("Invoice " + invoice.number() + " already has a payment "
              + "dated " + later + "; payments are recorded in value-date order because interest "
              + "depends on it. Record this one with a date on or after " + later + ".");
        });
  }

  /**
   * Issue 10: a payment without a bank reference posted twice was recorded twice. One of the same
   * amount and value date on the same invoice is refused as a probable duplicate (the invoice row
   * is locked, so two concurrent posts cannot both pass).
   */
  private void refuseProbableDuplicate(Invoice invoice, BigDecimal amount, LocalDate date) {
    payments.forInvoice(invoice.number()).stream()
        .filter(p -> p.paymentDate().equals(date) && p.amount().compareTo(amount) == 0)
        .findFirst()
        .ifPresent(known -> {
          throw new ProbableDuplicatePaymentException(known);
        });
  }

  private String resolve(String invoice) {
    if (invoice == null || invoice.isBlank()) {
      throw new RejectedException("Send the invoice number (e.g. I-2026-00001) or the structured "
          + "communication (+++123/4567/89012+++) the payment quotes.");
    }
    if (invoices.find(invoice.trim()).isPresent()) {
      return invoice.trim();
    }
    return StructuredCommunication.parse(invoice)
        .flatMap(invoices::findByStructuredCommunication)
        .map(Invoice::number)
        .orElseThrow(() -> unknown(invoice));
  }

  private static NotFoundException unknown(String invoice) {
    return new NotFoundException("No invoice numbered '" + invoice + "' and no invoice with that "
        + "structured communication. Send an invoice number such as I-2026-00001 or a structured "
        + "communication such as +++202/6000/00123+++ (with valid check digits).");
  }
}
