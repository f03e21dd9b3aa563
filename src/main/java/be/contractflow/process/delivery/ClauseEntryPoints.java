package be.contractflow.process.delivery;

import be.contractflow.billing.InvoiceRequest;
import be.contractflow.billing.InvoicingService;
import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientRepository;
import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.DeadlineKind;
import be.contractflow.ledger.Deadlines;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.Party;
import be.contractflow.ledger.RejectedException;
import be.contractflow.money.Calculation;
import be.contractflow.money.ContractualPenalty;
import be.contractflow.notice.NoticeContent;
import be.contractflow.notice.NoticeRequest;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.ContractEventType;
import be.contractflow.process.ContractEvents;
import be.contractflow.terms.Terms;
import be.contractflow.terms.TermsService;
import be.contractflow.time.BusinessClock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clauses whose entry point is a staff event rather than a step of a running process (issue 11
 * item 6): BDB-17.3 (a content violation recorded by staff: the contractual penalty invoiced) and
 * BDB-18 (the provider's incapacity: the client notified from the first working day).
 */
@Service
public class ClauseEntryPoints implements ContractEvents.Handler {

  private static final Set<ContractStatus> RUNNING = EnumSet.of(ContractStatus.CONFIRMED,
      ContractStatus.IN_PRODUCTION, ContractStatus.DELIVERED, ContractStatus.ACCEPTED,
      ContractStatus.ACTIVE, ContractStatus.TERMINATING);

  private final TermsService terms;
  private final ClientRepository clients;
  private final InvoicingService invoicing;
  private final NoticeService notices;
  private final Deadlines deadlines;
  private final BusinessCalendar calendar;
  private final BusinessClock clock;

  public ClauseEntryPoints(TermsService terms, ClientRepository clients,
      InvoicingService invoicing, NoticeService notices, Deadlines deadlines,
      BusinessCalendar calendar, BusinessClock clock) {
    this.clock = clock;
    this.terms = terms;
    this.clients = clients;
    this.invoicing = invoicing;
    this.notices = notices;
    this.deadlines = deadlines;
    this.calendar = calendar;
  }

  @Override
  public Set<ContractEventType> handles() {
    return EnumSet.of(ContractEventType.CONTENT_VIOLATION, ContractEventType.PROVIDER_INCAPACITY);
  }

  @Override
  public void handle(Contract contract, ContractEvents.Event event) {
    if (event.type() == ContractEventType.CONTENT_VIOLATION) {
      contentViolation(contract, event);
    } else {
      providerIncapacity(contract, event, clock.today());
    }
  }

  /**
   * BDB-17.3: one violation of the content rules found by the provider, during the work or after
   * ("en cours de mission ou après"): the penalty per violation of the terms is invoiced at once,
   * as damages outside the scope of VAT ({@code INDEMNITY}), one invoice per violation recorded.
   *
   * @throws ConflictException when the terms set no such penalty or the contract never ran
   * @throws RejectedException without a description of the violation
   */
  @Transactional
  public Invoice contentViolation(Contract contract, ContractEvents.Event event) {
    Terms.Delivery rules = termsOf(contract).delivery();
    if (rules.contentViolationPenaltyEur() == null) {
      throw new ConflictException("The " + contract.termsProfile() + " terms set no contractual"
          + " penalty for illegal content: nothing to record as CONTENT_VIOLATION.");
    }
    if (!RUNNING.contains(contract.status()) && contract.status() != ContractStatus.ENDED) {
      throw new ConflictException("Contract " + contract.number() + " is " + contract.status()
          + ": it never ran, so no content of it can violate " + rules.contentViolationClause()
          + ".");
    }
    if (event.by() != Party.PROVIDER) {
      throw new RejectedException("A CONTENT_VIOLATION is found and recorded by the provider's"
          + " staff: send by PROVIDER.");
    }
    if (event.reason() == null || event.reason().isBlank()) {
      throw new RejectedException("Describe the violation found in 'reason' (what, where, when):"
          + " " + rules.contentViolationClause() + " charges the penalty per violation found.");
    }
    Calculation penalty = ContractualPenalty.perViolation(rules.contentViolationClause(),
        rules.contentViolationPenaltyEur(), 1);
    return invoicing.issue(new InvoiceRequest(contract.number(), InvoiceKind.INDEMNITY,
        penalty.clause(), event.date(), null, List.of(InvoiceRequest.Item.of(
            penalty.label() + " — violation found on " + event.date() + ": " + event.reason(),
            penalty.amount(), penalty.clause()))));
  }

  /**
   * BDB-18: the provider must tell the client of an incapacity to work "dès le premier jour
   * ouvrable": {@code PROVIDER_INCAPACITY} is stored and sent once, and the deadline (the first
   * business day on or after the first day of incapacity) shows {@code MET}, or {@code MISSED}
   * when staff record it later than that day.
   *
   * @return the first working day of the incapacity
   */
  @Transactional
  public LocalDate providerIncapacity(Contract contract, ContractEvents.Event event,
      LocalDate today) {
    Terms terms = termsOf(contract);
    String clause = terms.delivery().incapacityNoticeClause();
    if (clause == null) {
      throw new ConflictException("The " + contract.termsProfile() + " terms have no clause on"
          + " the provider's incapacity to work: nothing to notify as PROVIDER_INCAPACITY.");
    }
    if (!RUNNING.contains(contract.status())) {
      throw new ConflictException("Contract " + contract.number() + " is " + contract.status()
          + ": only a running contract is told of the provider's incapacity (" + clause + ").");
    }
    if (event.by() != Party.PROVIDER) {
      throw new RejectedException("A PROVIDER_INCAPACITY is the provider's own: send by"
          + " PROVIDER, with date = the first day of the incapacity.");
    }
    LocalDate firstWorkingDay = calendar.rollForward(event.date());
    String key = DeadlineKind.PROVIDER_INCAPACITY.key(contract.number(), event.date());
    deadlines.record(key, contract.number(), null, clause,
        "Client told of the provider's incapacity by (first working day)", firstWorkingDay);
    if (today.isAfter(firstWorkingDay)) {
      deadlines.missed(key);
    } else {
      deadlines.met(key);
    }
    Terms.Agency agency = terms.agency();
    notices.issue(NoticeRequest.of(key, NoticeType.PROVIDER_INCAPACITY, clause,
            contract.clientId())
        .withContract(contract.number())
        .withAgency(agency, contract.quoteNumber())
        .with(new NoticeContent.ProviderIncapacity(event.date(), firstWorkingDay)));
    return firstWorkingDay;
  }

  private Terms termsOf(Contract contract) {
    Client client = clients.require(contract.clientId());
    return terms.termsFor(contract, client.type());
  }
}
