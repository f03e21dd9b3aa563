package be.contractflow.process.termination;

import be.contractflow.ledger.DeadlineKind;

import be.contractflow.billing.CreditNoteService;
import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientRepository;
import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.CreditNote;
import be.contractflow.ledger.Deadlines;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoicePeriods;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.Party;
import be.contractflow.ledger.ServiceInterruptions;
import be.contractflow.money.Calculation;
import be.contractflow.money.Money;
import be.contractflow.money.ProRata;
import be.contractflow.money.Vat;
import be.contractflow.notice.NoticeContent;
import be.contractflow.notice.NoticeReason;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeText;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.Channel;
import be.contractflow.process.ContractEventType;
import be.contractflow.process.ContractEvents;
import be.contractflow.process.ContractLifecycle;
import be.contractflow.process.ContractNotices;
import be.contractflow.process.ProcessVariables;
import be.contractflow.process.TypedVariables;
import be.contractflow.terms.Terms;
import be.contractflow.terms.TermsService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the {@code termination} process: deciding the effective end date when a
 * termination is asked ({@link EffectiveEnd}) and showing it at once on the contract, confirming
 * it to the client, and ending the contract on that date.
 */
@Service
@Transactional
public class TerminationService implements ContractEvents.Handler {

  /** Contracts that can be terminated: confirmed and not ended. */
  static final Set<ContractStatus> RUNNING = EnumSet.of(ContractStatus.CONFIRMED,
      ContractStatus.IN_PRODUCTION, ContractStatus.DELIVERED, ContractStatus.ACCEPTED,
      ContractStatus.ACTIVE, ContractStatus.TERMINATING, ContractStatus.RESOLVED);

  private final ContractLifecycle lifecycle;
  private final ContractRepository contracts;
  private final ClientRepository clients;
  private final TermsService termsService;
  private final BusinessCalendar calendar;
  private final Deadlines deadlines;
  private final NoticeService notices;
  private final ServiceInterruptions interruptions;
  private final InvoicePeriods periods;
  private final InvoiceRepository invoices;
  private final CreditNoteService creditNotes;

  public TerminationService(ContractLifecycle lifecycle, ContractRepository contracts,
      ClientRepository clients, TermsService termsService, BusinessCalendar calendar,
      Deadlines deadlines, NoticeService notices, ServiceInterruptions interruptions,
      InvoicePeriods periods, InvoiceRepository invoices, CreditNoteService creditNotes) {
    this.periods = periods;
    this.invoices = invoices;
    this.creditNotes = creditNotes;
    this.lifecycle = lifecycle;
    this.contracts = contracts;
    this.clients = clients;
    this.termsService = termsService;
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.notices = notices;
    this.interruptions = interruptions;
  }

  @Override
  public Set<ContractEventType> handles() {
    return EnumSet.of(ContractEventType.TERMINATION, ContractEventType.FORCE_MAJEURE);
  }

  @Override
  public void handle(Contract contract, ContractEvents.Event event) {
    start(contract, event);
  }

  /** A TERMINATION or FORCE_MAJEURE event posted on the contract. */
  public EffectiveEnd.Outcome start(Contract contract, ContractEvents.Event event) {
    TerminationGround ground = event.type() == ContractEventType.FORCE_MAJEURE
        ? TerminationGround.FORCE_MAJEURE : TerminationGround.fromReason(event.reason());
    return start(contract, new EffectiveEnd.Request(event.by(), ground, event.channel().name(),
        event.date(), event.reason(), null));
  }

  /** An end the processes raise: a resolution (WJA-12), a lapsed renewal (BDB-13.4.1). */
  public EffectiveEnd.Outcome startFromProcess(String contractNumber, TerminationGround ground,
      LocalDate date, String clause, String reason) {
    return start(contracts.require(contractNumber), new EffectiveEnd.Request(Party.PROVIDER,
        ground, Channel.REGISTERED_LETTER.name(), date, reason, clause));
  }

  /**
   * Decides the effective end date, writes it on the contract ({@code TERMINATING}, {@code
   * effectiveEndDate}, deadlines) and starts the {@code termination} instance; 409 when the terms
   * do not allow the request. A pending termination is replaced by one that ends earlier.
   */
  EffectiveEnd.Outcome start(Contract contract, EffectiveEnd.Request request) {
    if (!contract.kind().isRecurring()) {
      throw new ConflictException("Contract " + contract.number() + " is a " + contract.kind()
          + ": only recurring contracts (RENTAL, HOSTING, MAINTENANCE, RECURRING) are "
          + "terminated; before delivery send a CANCELLATION instead.");
    }
    if (!RUNNING.contains(contract.status()) && request.ground() != TerminationGround.RESOLUTION) {
      throw new ConflictException("Contract " + contract.number() + " is " + contract.status()
          + ": there is nothing left to terminate.");
    }
    Client client = clients.require(contract.clientId());
    Terms terms = termsService.termsFor(contract, client.type());
    LocalDate start = contract.startDate() != null ? contract.startDate() : request.date();
    int interruptionDays = interruptions.latest(contract.number())
        .map(i -> i.daysUntil(request.date())).orElse(0);
    EffectiveEnd.Outcome outcome = EffectiveEnd.of(calendar, terms.renewal(), start, request,
        interruptionDays);
    ProcessInstance pending = lifecycle.running(TerminationVariables.PROCESS_KEY,
        contract.number());
    if (pending != null) {
      if (contract.effectiveEndDate() != null
          && !outcome.effectiveEndDate().isBefore(contract.effectiveEndDate())) {
        throw new ConflictException("Contract " + contract.number() + " is already terminated "
            + "with effect on " + contract.effectiveEndDate() + " (its last day); this request "
            + "would end it on " + outcome.effectiveEndDate() + ", not earlier.");
      }
      lifecycle.replace(pending, "replaced by an earlier end: "
          + outcome.explanation());
    }
    record(contract, outcome, request);
    lifecycle.start(TerminationVariables.PROCESS_KEY, contract.number(),
        ContractLifecycle.contractVariables(contract, client),
        TypedVariables.of(TerminationVariables.GROUND, request.ground())
            .and(TerminationVariables.REQUESTED_ON, request.date())
            .and(TerminationVariables.REQUESTED_BY, request.by())
            .and(TerminationVariables.REQUEST_CHANNEL, request.channel())
            .and(TerminationVariables.REQUEST_REASON, request.reason())
            .and(TerminationVariables.EFFECTIVE_END_DATE, outcome.effectiveEndDate())
            .and(TerminationVariables.CLAUSE, outcome.clause())
            .and(TerminationVariables.EXPLANATION, outcome.explanation())
            .and(TerminationVariables.WHY, outcome.why())
            .and(TerminationVariables.ENDS_AT_ONCE, outcome.endsAtOnce())
            .and(TerminationVariables.STORE_SITE, outcome.storeSite())
            .and(TerminationVariables.SITE_OFFLINE_DEADLINE_KEY,
                DeadlineKind.SITE_OFFLINE.key(contract.number()))
            .and(TerminationVariables.SERVICES_STOPPED_DEADLINE_KEY,
                DeadlineKind.SERVICES_STOPPED.key(contract.number()))
            .map());
    return outcome;
  }

  private void record(Contract contract, EffectiveEnd.Outcome outcome,
      EffectiveEnd.Request request) {
    String number = contract.number();
    contracts.updateStatus(number, ContractStatus.TERMINATING);
    contracts.updateDates(number, contract.startDate(), contract.anniversaryDate(),
        outcome.effectiveEndDate());
    // a replaced termination's dates that the new one does not set no longer run
    if (!outcome.storeSite()) {
      deadlines.cancelled(DeadlineKind.SITE_OFFLINE.key(number));
      deadlines.cancelled(DeadlineKind.SITE_STORAGE.key(number));
    }
    if (outcome.noticeDeadline() == null) {
      deadlines.cancelled(DeadlineKind.TERMINATION_NOTICE.key(number));
    }
    deadlines.record(DeadlineKind.TERMINATION_RECEIVED.key(number, request.date()), number, null,
        outcome.clause(), receivedName(request), request.date());
    deadlines.met(DeadlineKind.TERMINATION_RECEIVED.key(number, request.date()));
    deadlines.record(DeadlineKind.CONTRACT_END.key(number), number, null, outcome.clause(),
        "Contract ends (last day it runs)", outcome.effectiveEndDate());
    if (outcome.noticeDeadline() != null) {
      deadlines.record(DeadlineKind.TERMINATION_NOTICE.key(number), number, null, outcome.clause(),
          "Notice for the running term due by", outcome.noticeDeadline());
      if (request.date().isAfter(outcome.noticeDeadline())) {
        deadlines.missed(DeadlineKind.TERMINATION_NOTICE.key(number));
      } else {
        deadlines.met(DeadlineKind.TERMINATION_NOTICE.key(number));
      }
    }
    if (outcome.storeSite()) {
      deadlines.record(DeadlineKind.SITE_OFFLINE.key(number), number, null, outcome.clause(),
          "Site taken offline and stored by (task)",
          calendar.afterBusinessDays(request.date(), 1));
      deadlines.record(DeadlineKind.SITE_STORAGE.key(number), number, null, outcome.clause(),
          "Site offline and stored until the anniversary", outcome.effectiveEndDate());
    }
    deadlines.record(DeadlineKind.SERVICES_STOPPED.key(number), number, null, outcome.clause(),
        "Services stopped by (task)", calendar.afterBusinessDays(outcome.effectiveEndDate(), 1));
  }

  private static String receivedName(EffectiveEnd.Request request) {
    return switch (request.ground()) {
      case RESOLUTION -> "Resolution at the client's fault";
      case RENEWAL_LAPSED -> "Renewal lapsed unpaid";
      case FORCE_MAJEURE -> "Force majeure recorded by staff (" + shortened(request.reason())
          + ")";
      default -> "Termination received from the "
          + request.by().name().toLowerCase(java.util.Locale.ROOT) + " by " + request.channel()
          + " (" + request.ground() + ")";
    };
  }

  /** A deadline name holds 200 characters: a long reason is cut there (requestReason keeps it). */
  private static String shortened(String reason) {
    return reason == null || reason.length() <= 120 ? reason : reason.substring(0, 117) + "...";
  }

  /**
   * TERMINATION_CONFIRMED: the effective end date and why, in the client's language ({@code
   * why}); an instance started before {@code why} existed says the English {@code explanation}.
   */
  public void confirm(String noticeKey, String contractNumber, LocalDate requestedOn,
      Party requestedBy, LocalDate effectiveEndDate, String clause, NoticeText why,
      String explanation) {
    Contract contract = contracts.require(contractNumber);
    Client client = clients.require(contract.clientId());
    Terms.Agency agency = termsService.termsFor(contract, client.type()).agency();
    notices.issue(ContractNotices.of(noticeKey, NoticeType.TERMINATION_CONFIRMED, clause,
            client.id(), contractNumber, contract.quoteNumber(), agency)
        .with(new NoticeContent.TerminationConfirmed(requestedOn, requestedBy, effectiveEndDate,
            why != null ? why : NoticeReason.asTyped(explanation))));
  }

  /**
   * The effective end date has passed (or the contract ends at once): {@code ENDED}, the
   * deadlines met, the days invoiced in advance after the last day credited (also after a WJA-12
   * resolution: the 30 % indemnity the payment process invoiced compensates the lost contract,
   * it does not buy the months the client prepaid and will not get), the change requests still open
   * closed and the {@code subscription} stops (one message {@value
   * ProcessVariables#MESSAGE_CONTRACT_CLOSED}, subscription stops).
   *
   * @return the credit notes issued
   */
  public List<String> end(String noticeKeyPrefix, String contractNumber, TerminationGround ground,
      String clause) {
    Contract contract = contracts.require(contractNumber);
    contracts.updateStatus(contractNumber, ContractStatus.ENDED);
    deadlines.met(DeadlineKind.CONTRACT_END.key(contractNumber));
    deadlines.met(DeadlineKind.SITE_STORAGE.key(contractNumber));
    List<String> notes =
        creditDaysAfterEnd(noticeKeyPrefix, contractNumber, contract.effectiveEndDate(), clause);
    lifecycle.contractOver(contractNumber, ContractStatus.ENDED);
    return notes;
  }

  /**
   * One credit note per invoice that paid for days after the last day ({@link ProRata#credit}),
   * VAT at the invoice's rate; each period is credited once ({@link InvoicePeriods}).
   */
  private List<String> creditDaysAfterEnd(String noticeKeyPrefix, String contractNumber,
      LocalDate effectiveEnd, String clause) {
    if (effectiveEnd == null) {
      return List.of();
    }
    Map<String, List<Calculation>> byInvoice = new LinkedHashMap<>();
    Map<String, List<LocalDate>> periodStarts = new LinkedHashMap<>();
    for (InvoicePeriods.Covered covered : periods.forContract(contractNumber)) {
      if (covered.creditNote() != null || !covered.periodEnd().isAfter(effectiveEnd)) {
        continue;
      }
      Calculation credit = ProRata.credit(clause, covered.amountExclVat(), covered.periodStart(),
          covered.periodEnd(), effectiveEnd);
      if (credit.amount().signum() > 0) {
        byInvoice.computeIfAbsent(covered.invoiceNumber(), k -> new ArrayList<>()).add(credit);
        periodStarts.computeIfAbsent(covered.invoiceNumber(), k -> new ArrayList<>())
            .add(covered.periodStart());
      }
    }
    List<String> issued = new ArrayList<>();
    byInvoice.forEach((invoiceNumber, credits) -> {
      Invoice invoice = invoices.require(invoiceNumber);
      BigDecimal exclVat = credits.stream().map(Calculation::amount)
          .reduce(Money.ZERO, BigDecimal::add);
      BigDecimal total = exclVat.add(Vat.on(clause, exclVat, invoice.vatRate()).amount());
      String reason = "Contract ended on " + effectiveEnd + " (" + clause + "): "
          + String.join("; ", credits.stream().map(c -> c.label() + " = " + c.amount()
              + " EUR excl. VAT " + c.inputs()).toList());
      CreditNote note = creditNotes.issue(noticeKeyPrefix + "/credit/" + invoiceNumber,
          contractNumber, invoiceNumber, clause, total, reason);
      for (LocalDate start : periodStarts.get(invoiceNumber)) {
        if (!periods.markCredited(invoiceNumber, start, note.number())) {
          throw new IllegalStateException("period " + start + " of " + invoiceNumber
              + " was already credited");
        }
      }
      // the credit note names the invoice: what the client still owes on it is net of it
      // (Invoice#openPrincipal), so its dunning claims only the days the contract ran
      issued.add(note.number());
    });
    return issued;
  }
}
