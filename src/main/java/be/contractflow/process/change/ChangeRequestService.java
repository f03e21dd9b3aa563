package be.contractflow.process.change;

import be.contractflow.billing.InvoiceRequest;
import be.contractflow.billing.InvoicingService;
import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.ClientRepository;
import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.Deadline;
import be.contractflow.ledger.DeadlineKind;
import be.contractflow.ledger.Deadlines;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.money.Calculation;
import be.contractflow.money.Money;
import be.contractflow.money.Vat;
import be.contractflow.notice.NoticeContent;
import be.contractflow.notice.NoticeRequest;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.ContractEventType;
import be.contractflow.process.ContractEvents;
import be.contractflow.process.ContractLifecycle;
import be.contractflow.process.ProcessVariables;
import be.contractflow.process.TypedVariables;
import be.contractflow.terms.Terms;
import be.contractflow.terms.TermsService;
import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the {@code change-request} process: starting one per CHANGE_REQUEST event,
 * the hourly rate (VIR-8), the written offer (WJA-19), the invoice paid before work and the work
 * start deadline (BDB-11.3).
 */
@Service
@Transactional
public class ChangeRequestService implements ContractEvents.Handler {

  /** Contracts a change may be asked on: ordered and not ended. */
  static final Set<ContractStatus> OPEN = EnumSet.of(ContractStatus.CONFIRMED,
      ContractStatus.IN_PRODUCTION, ContractStatus.DELIVERED, ContractStatus.ACCEPTED,
      ContractStatus.ACTIVE, ContractStatus.TERMINATING);

  /** What "Send change offer" decided. */
  public record Offer(BigDecimal totalExclVat, LocalDate validUntil, String deadlineKey,
      boolean paidBeforeWork, boolean elementsAwaited) {}

  /** What "Schedule change work" decided. */
  public record WorkStart(LocalDate due, String deadlineKey) {}

  private final ContractLifecycle lifecycle;
  private final HistoryService history;
  private final ContractRepository contracts;
  private final ClientRepository clients;
  private final TermsService termsService;
  private final HourlyRates rates;
  private final BusinessCalendar calendar;
  private final Deadlines deadlines;
  private final NoticeService notices;
  private final InvoicingService invoicing;
  private final BusinessClock clock;
  private final InvoiceRepository invoices;

  private final be.contractflow.billing.CreditNoteService creditNotes;

  public ChangeRequestService(ContractLifecycle lifecycle, HistoryService history,
      ContractRepository contracts, ClientRepository clients, TermsService termsService,
      HourlyRates rates, BusinessCalendar calendar, Deadlines deadlines, NoticeService notices,
      InvoicingService invoicing, BusinessClock clock, InvoiceRepository invoices,
      be.contractflow.billing.CreditNoteService creditNotes) {
    this.invoices = invoices;
    this.creditNotes = creditNotes;
    this.lifecycle = lifecycle;
    this.history = history;
    this.contracts = contracts;
    this.clients = clients;
    this.termsService = termsService;
    this.rates = rates;
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.notices = notices;
    this.invoicing = invoicing;
    this.clock = clock;
  }

  @Override
  public Set<ContractEventType> handles() {
    return EnumSet.of(ContractEventType.CHANGE_REQUEST);
  }

  @Override
  public void handle(Contract contract, ContractEvents.Event event) {
    start(contract, event);
  }

  /**
   * Starts a {@code change-request} instance (message start {@code CHANGE_REQUEST}) with the next
   * sequence of the contract as business key; 409 when the contract is not running or the
   * request does not come in the form the terms ask (VIR-12: email; WJA-19: in writing).
   *
   * @return the business key of the new instance
   */
  public String start(Contract contract, ContractEvents.Event event) {
    if (!OPEN.contains(contract.status())) {
      throw new ConflictException("Contract " + contract.number() + " is " + contract.status()
          + ": a change can be requested only on a contract that is ordered and running ("
          + OPEN + "); for new work on an ended contract, ask for a new quote "
          + "(POST /api/quotes).");
    }
    var client = clients.require(contract.clientId());
    Terms terms = termsService.termsFor(contract, client.type());
    Terms.Change change = terms.change();
    if (!change.changeRequestChannel().accepts(event.channel().name())) {
      throw new ConflictException(change.changeClause() + ": a change request must come by "
          + change.changeRequestChannel() + "; one by " + event.channel() + " does not count. "
          + "Send it again with channel EMAIL or REGISTERED_LETTER.");
    }
    long sequence = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ChangeRequestVariables.PROCESS_KEY)
        .variableValueEquals(ChangeRequestVariables.CONTRACT_NUMBER.name(), contract.number())
        .count() + 1;
    String businessKey = ChangeRequestVariables.businessKey(contract.number(), sequence);
    lifecycle.startByMessage(ChangeRequestVariables.MESSAGE_CHANGE_REQUEST, businessKey,
        ContractLifecycle.contractVariables(contract, client),
        TypedVariables.of(ChangeRequestVariables.SEQUENCE, sequence)
            .and(ChangeRequestVariables.REQUEST_DATE, event.date())
            .and(ChangeRequestVariables.REQUEST_CHANNEL, event.channel())
            .and(ChangeRequestVariables.REQUEST_DESCRIPTION, event.reason())
            .andAll(ContractEvents.eventVariables(event))
            .map());
    return businessKey;
  }

  /** VIR-8 (indexed), the quote's rate (WJA-4), or null: staff enter it. */
  public Calculation hourlyRate(String contractNumber, Terms terms, LocalDate requestDate) {
    return rates.at(contracts.require(contractNumber), terms, requestDate);
  }

  /**
   * WJA-19: a written offer with price (hours × rate), delay and schedule impact, as PDF
   * ({@code CHANGE_OFFER}); valid for the terms' quote validity (BDB-5.2a), else the default.
   */
  public Offer sendOffer(String noticeKey, String businessKey, String contractNumber,
      String clientId, Terms terms, LocalDate requestDate, String description,
      BigDecimal estimatedHours, BigDecimal hourlyRate, String scheduleImpact,
      int defaultValidityMonths) {
    if (estimatedHours == null || estimatedHours.signum() <= 0 || hourlyRate == null
        || hourlyRate.signum() <= 0) {
      throw new IllegalArgumentException("an offer needs positive hours and hourly rate, got "
          + estimatedHours + " h at " + hourlyRate);
    }
    Terms.Change change = terms.change();
    BigDecimal totalExclVat = Money.cents(estimatedHours.multiply(hourlyRate));
    BigDecimal vat = Vat.on(change.changeClause(), totalExclVat, Vat.STANDARD_RATE).amount();
    LocalDate today = clock.today();
    Integer months = terms.order().quoteValidityMonths();
    LocalDate validUntil = calendar.afterMonths(today, months != null ? months
        : defaultValidityMonths);
    String validityClause = terms.order().quoteValidityClause() != null
        ? terms.order().quoteValidityClause() : change.changeClause();
    String key = DeadlineKind.CHANGE_OFFER.key(businessKey);
    deadlines.record(key, contractNumber, null, validityClause,
        "Change offer " + businessKey + " valid until", validUntil);
    Contract contract = contracts.require(contractNumber);
    notices.issue(NoticeRequest.of(noticeKey, NoticeType.CHANGE_OFFER, change.changeClause(),
            clientId)
        .withContract(contractNumber)
        .withAgency(terms.agency(), contract.quoteNumber())
        .with(new NoticeContent.ChangeOffer(requestDate, description, hourlyRate,
            estimatedHours, totalExclVat, totalExclVat.add(vat), scheduleImpact, validUntil)));
    return new Offer(totalExclVat, validUntil, key, change.changeQuotePaidBeforeWork(),
        change.changeWorkStartBusinessDays() != null);
  }

  /** BDB-11.3 / BDB-16.4 (paid at order) or WJA-4 / VIR-8 (after the work): the offer billed. */
  public Invoice invoice(String contractNumber, Terms terms, String description,
      BigDecimal hours, BigDecimal rate) {
    String clause = terms.change().changeClause();
    String label = description == null || description.isBlank() ? "Change request" : description;
    return invoicing.issue(new InvoiceRequest(contractNumber, InvoiceKind.REGIE, clause, null,
        null, List.of(new InvoiceRequest.Item(label + " (hours)", hours, rate, clause))));
  }

  /**
   * BDB-11.3: work starts within {@code changeWorkStartBusinessDays} business days after the
   * receipt of the elements; payment is a condition before work starts. Reading
   * (docs/READINGS.md): the period runs from the elements whatever the payment; a payment received
   * after the day the work would otherwise have had to start moves the start to {@code
   * afterLatePaymentBusinessDays} business day(s) after the payment, never earlier than the
   * period from the elements: {@code due = max(elements + 5 bd, paid + n bd)}. A payment inside the
   * 5 days gives the provider no extra time. A deadline. Other terms: a due date after the
   * default only.
   */
  public WorkStart scheduleWork(String businessKey, String contractNumber, Terms terms,
      LocalDate elementsReceivedOn, LocalDate paidOn, int defaultBusinessDays,
      int afterLatePaymentBusinessDays) {
    Terms.Change change = terms.change();
    if (change.changeWorkStartBusinessDays() == null) {
      LocalDate from = latest(elementsReceivedOn, paidOn);
      return new WorkStart(calendar.afterBusinessDays(from == null ? clock.today() : from,
          defaultBusinessDays), null);
    }
    LocalDate elements = elementsReceivedOn != null ? elementsReceivedOn : clock.today();
    LocalDate due = calendar.afterBusinessDays(elements, change.changeWorkStartBusinessDays());
    if (paidOn != null) {
      due = latest(due, calendar.afterBusinessDays(paidOn, afterLatePaymentBusinessDays));
    }
    String key = DeadlineKind.CHANGE_WORK_START.key(businessKey);
    deadlines.record(key, contractNumber, null, change.changeClause(),
        "Change " + businessKey + ": work starts no later than", due);
    return new WorkStart(due, key);
  }

  /** BDB-11.3: the work start date settles the deadline. */
  public void workStarted(String deadlineKey, LocalDate due, LocalDate startedOn) {
    if (deadlineKey == null || due == null) {
      return;
    }
    LocalDate started = startedOn != null ? startedOn : clock.today();
    if (started.isAfter(due)) {
      deadlines.missed(deadlineKey);
    } else {
      deadlines.met(deadlineKey);
    }
  }

  /**
   * The contract ENDED, was CANCELLED or WITHDRAWN while this change request was open: its
   * pending deadlines are {@code CANCELLED}; when the contract ENDED, a change invoice still
   * unpaid (paid before work, BDB-11.3 / BDB-16.4) is cancelled with its deadlines, the work
   * being left undone. A withdrawal or cancellation has already settled every invoice of the
   * contract (refund, cancellation fee).
   */
  public void close(String businessKey, String contractNumber, String invoiceNumber,
      String closedAs) {
    deadlines.cancelPending(contractNumber, businessKey,
        DeadlineKind.ownedBy(ChangeRequestVariables.PROCESS_KEY));
    if (invoiceNumber != null && ContractStatus.ENDED.name().equals(closedAs)) {
      Invoice invoice = invoices.require(invoiceNumber);
      if (invoice.status() == InvoiceStatus.OPEN && invoice.paid().signum() == 0) {
        // cancelled by a credit note naming it, never by its status alone (VAT regularised)
        String creditNoteKey =
            ChangeRequestVariables.PROCESS_KEY + "/" + businessKey + "/credit-note/" + invoiceNumber;
        creditNotes.creditInFull(creditNoteKey, invoice, invoice.clause(),
            "Change request closed with the contract, the work not done");
        invoices.updateStatus(invoiceNumber, InvoiceStatus.CANCELLED);
        deadlines.cancelled(DeadlineKind.INVOICE_DUE.key(invoiceNumber));
        deadlines.cancelled(DeadlineKind.INVOICE_CONTEST.key(invoiceNumber));
        lifecycle.invoiceCancelled(invoiceNumber);
      }
    }
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
