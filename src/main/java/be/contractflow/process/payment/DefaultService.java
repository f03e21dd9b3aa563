package be.contractflow.process.payment;

import be.contractflow.ledger.DeadlineKind;
import static be.contractflow.process.payment.PaymentVariables.key;

import be.contractflow.billing.CreditNoteService;
import be.contractflow.billing.InvoiceRequest;
import be.contractflow.billing.InvoicingService;
import be.contractflow.billing.Settlement;
import be.contractflow.billing.SettlementService;
import be.contractflow.billing.StructuredCommunication;
import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.CreditNoteRepository;
import be.contractflow.ledger.Deadlines;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.ledger.QuoteRepository;
import be.contractflow.ledger.RejectedException;
import be.contractflow.ledger.Waiver;
import be.contractflow.ledger.WaiverRepository;
import be.contractflow.money.Calculation;
import be.contractflow.money.Money;
import be.contractflow.money.ResolutionIndemnity;
import be.contractflow.money.ResolutionIndemnity.ResolvedContract;
import be.contractflow.notice.AppliedRule;
import be.contractflow.notice.NoticeContent;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.ContractLifecycle;
import be.contractflow.process.ProcessVariables;
import be.contractflow.process.order.OrderAmounts;
import be.contractflow.process.payment.DunningService.Context;
import be.contractflow.terms.RequiredChannel;
import be.contractflow.terms.Terms;
import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The client's default and the disputes about an invoice: the formal notice by registered letter
 * and the resolution of the client's running contracts it leads to (WJA-12), the invoice complaint
 * inside the contest window (WJA-15, BDB-16.3) and the waivers staff grant.
 */
@Service
public class DefaultService {

  static final String FORMAL_NOTICE = "formal-notice";
  static final String RESOLUTION = "resolution";

  /** A contract that still runs, and can therefore be resolved (WJA-12). */
  private static final Set<ContractStatus> RUNNING = EnumSet.of(ContractStatus.CONFIRMED,
      ContractStatus.IN_PRODUCTION, ContractStatus.DELIVERED, ContractStatus.ACCEPTED,
      ContractStatus.ACTIVE, ContractStatus.TERMINATING);

  /** What the resolution did: the indemnity invoice and the letter staff must post. */
  public record Resolution(String indemnityInvoiceNumber, String letterKey,
      List<String> resolvedContracts) {}

  /** The formal notice's posting date and the last day of the period it opens. */
  public record Posted(LocalDate postedOn, LocalDate expires) {}

  /** What an accepted complaint leaves of the invoice. */
  public enum Outcome {
    /** Credited in full: nothing is owed on it (a corrected invoice may replace it). */
    CANCELLED,
    /** Credited in part: the rest is still owed on the original dates. */
    STILL_OWED,
    /** Credited in part, and the payments already made cover the rest. */
    SETTLED
  }

  /** What accepting a complaint did: the credit note, the corrected invoice, what is left. */
  public record Correction(String creditNoteNumber, String correctedInvoiceNumber,
      Outcome outcome) {}

  private final DunningService dunning;
  private final InvoiceRepository invoices;
  private final ContractRepository contracts;
  private final QuoteRepository quotes;
  private final SettlementService settlements;
  private final InvoicingService invoicing;
  private final CreditNoteService creditNotes;
  private final NoticeService notices;
  private final Deadlines deadlines;
  private final BusinessCalendar calendar;
  private final ContractLifecycle lifecycle;
  private final BusinessClock clock;
  private final CreditNoteRepository creditNoteRepository;
  private final WaiverRepository waivers;

  public DefaultService(DunningService dunning, InvoiceRepository invoices,
      ContractRepository contracts, QuoteRepository quotes, SettlementService settlements,
      InvoicingService invoicing, CreditNoteService creditNotes, NoticeService notices,
      Deadlines deadlines, BusinessCalendar calendar, ContractLifecycle lifecycle,
      BusinessClock clock, CreditNoteRepository creditNoteRepository, WaiverRepository waivers) {
    this.creditNoteRepository = creditNoteRepository;
    this.waivers = waivers;
    this.dunning = dunning;
    this.invoices = invoices;
    this.contracts = contracts;
    this.quotes = quotes;
    this.settlements = settlements;
    this.invoicing = invoicing;
    this.creditNotes = creditNotes;
    this.notices = notices;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.lifecycle = lifecycle;
    this.clock = clock;
  }

  // --- WJA-12: formal notice and resolution ------------------------------------------------

  /**
   * Writes the formal notice (mise en demeure) as a registered letter PDF waiting to be posted;
   * returns its notice key. The letter states what settles the invoice today and the period the
   * terms give before resolution.
   */
  public String prepareFormalNotice(String invoiceNumber) {
    Context c = dunning.context(invoiceNumber);
    LocalDate today = clock.today();
    Terms.Dunning terms = c.terms().dunning();
    Settlement due = settlements.at(c.invoice(), today);
    String key = key(invoiceNumber, FORMAL_NOTICE);
    notices.issue(dunning.request(c, FORMAL_NOTICE, NoticeType.FORMAL_NOTICE,
            terms.resolutionClause())
        .with(new NoticeContent.FormalNotice(c.invoice().issueDate(), c.invoice().dueDate(),
            due.principal(), due.interest(), due.indemnity(), due.total(),
            DunningPlan.formalNoticeExpiry(calendar, terms, today).date(),
            StructuredCommunication.format(c.invoice().structuredCommunication())))
        .with(NoticeType.RULE, AppliedRule.CONTRACTUAL));
    return key;
  }

  /**
   * Staff posted the formal notice on {@code postedOn}, the legal sending date; returns the last
   * day of the period it opens (WJA-12: 15 days), recorded as a deadline.
   */
  public Posted formalNoticePosted(String invoiceNumber, LocalDate postedOn) {
    Context c = dunning.context(invoiceNumber);
    LocalDate date = posted(key(invoiceNumber, FORMAL_NOTICE), postedOn);
    Terms.Dunning terms = c.terms().dunning();
    LocalDate expires = DunningPlan.formalNoticeExpiry(calendar, terms, date).date();
    deadlines.record(DeadlineKind.FORMAL_NOTICE.key(invoiceNumber), c.contract().number(),
        invoiceNumber, terms.resolutionClause(),
        "Formal notice about invoice " + invoiceNumber + " expires", expires);
    return new Posted(date, expires);
  }

  /** Staff posted the resolution letter on {@code postedOn}. */
  public void resolutionNoticePosted(String invoiceNumber, LocalDate postedOn) {
    posted(key(invoiceNumber, RESOLUTION), postedOn);
  }

  private LocalDate posted(String letterKey, LocalDate postedOn) {
    LocalDate today = clock.today();
    LocalDate date = postedOn != null ? postedOn : today;
    if (date.isAfter(today)) {
      throw new RejectedException("The posting date " + date + " is after today (" + today
          + "): enter the date on the registered letter's receipt.");
    }
    notices.markPosted(letterKey, date);
    return date;
  }

  /**
   * WJA-12: non-payment persists past the formal notice. Every running contract of the client (or
   * this one, if the terms say so) is resolved at the client's fault: status {@code RESOLVED},
   * {@value ProcessVariables#MESSAGE_CONTRACT_RESOLVED} to the processes running it, one {@code
   * INDEMNITY} invoice of the terms' percentage of their (annualised) prices, and the {@code
   * RESOLUTION_NOTICE} registered letter for staff to post.
   */
  public Resolution resolve(String invoiceNumber, LocalDate formalNoticeDate) {
    Context c = dunning.context(invoiceNumber);
    Terms.Dunning terms = c.terms().dunning();
    String clause = terms.resolutionClause();
    LocalDate today = clock.today();
    var existing = notices.find(key(invoiceNumber, RESOLUTION));
    if (existing.isPresent()) {
      return new Resolution(null, existing.get().key(), List.of());
    }
    List<Contract> resolved = (terms.resolutionCoversAllContracts()
        ? contracts.forClient(c.client().id()) : List.of(c.contract())).stream()
        .filter(contract -> RUNNING.contains(contract.status()))
        .toList();
    if (resolved.isEmpty()) {
      resolved = List.of(c.contract());
    }
    Calculation indemnity = ResolutionIndemnity.of(clause, resolved.stream()
        .map(contract -> price(contract, terms.resolutionIndemnityAnnualised())).toList(),
        terms.resolutionIndemnityPercent());
    Invoice indemnityInvoice = invoicing.issue(new InvoiceRequest(c.contract().number(),
        InvoiceKind.INDEMNITY, clause, today, null, List.of(InvoiceRequest.Item.of(
            indemnity.label() + ": " + indemnity.inputs().get("contracts"), indemnity.amount(),
            clause))));
    List<String> numbers = resolved.stream().map(Contract::number).toList();
    for (Contract contract : resolved) {
      contracts.updateStatus(contract.number(), ContractStatus.RESOLVED);
      lifecycle.contractResolved(contract.number(), today, clause, indemnityInvoice.number());
    }
    deadlines.missed(DeadlineKind.FORMAL_NOTICE.key(invoiceNumber));
    String letterKey = key(invoiceNumber, RESOLUTION);
    notices.issue(dunning.request(c, RESOLUTION, NoticeType.RESOLUTION_NOTICE, clause)
        .with(new NoticeContent.ResolutionNotice(formalNoticeDate, today, numbers,
            indemnity.amount(), indemnityInvoice.number()))
        .with(NoticeType.RULE, AppliedRule.CONTRACTUAL));
    return new Resolution(indemnityInvoice.number(), letterKey, numbers);
  }

  /** The price WJA-12 counts: one-off lines and régie estimate, recurring price annualised. */
  private ResolvedContract price(Contract contract, boolean annualised) {
    var quote = quotes.require(contract.quoteNumber());
    if (quote.lines().isEmpty() && quote.periodicPrice() != null && quote.period() != null
        && annualised) {
      return ResolvedContract.recurring(contract.number(), quote.periodicPrice(), quote.period());
    }
    BigDecimal price = annualised ? OrderAmounts.orderTotalExclVat(quote)
        : OrderAmounts.oneOffExclVat(quote);
    return ResolvedContract.oneOff(contract.number(), price);
  }

  // --- WJA-15, BDB-16.3: invoice complaints ------------------------------------------------

  /**
   * Refuses (409, nothing changes) a complaint the terms do not accept: after the contest window
   * closed, or over a channel they do not allow (WJA-15: registered letter).
   */
  public void checkContest(String invoiceNumber, LocalDate date, String channel) {
    Context c = dunning.context(invoiceNumber);
    Terms.Payment terms = c.terms().payment();
    if (terms.contestWindowDays() != null) {
      LocalDate closes = calendar.afterDays(c.invoice().issueDate(), terms.contestWindowDays());
      if (date.isAfter(closes)) {
        throw new ConflictException("The contest window of invoice " + invoiceNumber + " ("
            + terms.contestClause() + ": " + terms.contestWindowDays() + " days from "
            + c.invoice().issueDate() + ") closed on " + closes + "; a complaint dated " + date
            + " is void and the invoice stands. Only a complaint dated on or before " + closes
            + " can be recorded.");
      }
    }
    RequiredChannel required = terms.contestChannel();
    if (required != null && !required.accepts(channel)) {
      throw new ConflictException("An invoice complaint must be sent by "
          + required.name().replace('_', ' ').toLowerCase() + " (" + terms.contestClause()
          + "); one received by " + channel + " does not count. Send the event with channel "
          + (required == RequiredChannel.REGISTERED_LETTER ? "REGISTERED_LETTER" : "EMAIL")
          + " once the client has complained that way.");
    }
  }

  /** The complaint is recorded: the invoice is {@code CONTESTED} and its dunning waits. */
  public void openComplaint(String invoiceNumber) {
    invoices.updateStatus(invoiceNumber, InvoiceStatus.CONTESTED);
    deadlines.met(DeadlineKind.INVOICE_CONTEST.key(invoiceNumber));
  }

  /**
   * Refuses (422, the task stays open, nothing changes) an answer to a complaint that cannot be
   * carried out: a part to credit together with a corrected amount, or a part that is not less
   * than what the invoice still bills.
   */
  public void checkCorrection(String invoiceNumber, boolean accepted, BigDecimal correctedExclVat,
      BigDecimal creditInclVat) {
    if (!accepted || creditInclVat == null || creditInclVat.signum() == 0) {
      return;
    }
    Invoice invoice = invoices.require(invoiceNumber);
    if (correctedExclVat != null && correctedExclVat.signum() > 0) {
      throw new RejectedException("Enter either the part to credit (the invoice stays, net of the "
          + "credit note) or a corrected amount (the invoice is cancelled and reissued), not both.");
    }
    if (creditInclVat.signum() < 0 || creditInclVat.compareTo(invoice.netTotal()) >= 0) {
      throw new RejectedException("The part to credit must be more than 0.00 and less than the "
          + Money.cents(invoice.netTotal()).toPlainString() + " EUR invoice " + invoiceNumber
          + " still bills; to cancel the whole invoice, leave the part to credit empty.");
    }
  }

  /**
   * The complaint is accepted. With a part to credit ({@code creditInclVat}), a credit note of
   * that part corrects the invoice, which stays with its dates and the payments made: the rest is
   * still owed (the dunning resumes on the original dates) or, if already paid, the invoice is
   * settled. Otherwise a credit note cancels the invoice; with a corrected amount, a new invoice
   * replaces it (and has its own payment process and dates).
   */
  public Correction acceptComplaint(String invoiceNumber, BigDecimal correctedExclVat,
      BigDecimal creditInclVat, String answer) {
    checkCorrection(invoiceNumber, true, correctedExclVat, creditInclVat);
    Context c = dunning.context(invoiceNumber);
    Invoice invoice = c.invoice();
    String clause = c.terms().payment().contestClause() != null
        ? c.terms().payment().contestClause() : invoice.clause();
    if (creditInclVat != null && creditInclVat.signum() > 0) {
      return creditPart(c, clause, creditInclVat, answer);
    }
    var note = creditNotes.issue(key(invoiceNumber, "credit-note"), c.contract().number(),
        invoiceNumber, clause, invoice.netTotal(), answer, true);
    invoices.updateStatus(invoiceNumber, InvoiceStatus.CANCELLED);
    deadlines.cancelled(DeadlineKind.INVOICE_DUE.key(invoiceNumber));
    deadlines.cancelled(DeadlineKind.REMINDER_PAYMENT.key(invoiceNumber));
    deadlines.cancelled(DeadlineKind.FORMAL_NOTICE.key(invoiceNumber));
    if (correctedExclVat == null || correctedExclVat.signum() <= 0) {
      return new Correction(note.number(), null, Outcome.CANCELLED);
    }
    Invoice corrected = invoicing.issue(new InvoiceRequest(c.contract().number(), invoice.kind(),
        invoice.clause(), null, null, List.of(InvoiceRequest.Item.of(
            "Corrected invoice replacing " + invoiceNumber + " (credit note " + note.number()
                + ")", correctedExclVat, invoice.clause()))));
    return new Correction(note.number(), corrected.number(), Outcome.CANCELLED);
  }

  /** A credit note of part of the invoice; what is left is owed on the original dates. */
  private Correction creditPart(Context c, String clause, BigDecimal creditInclVat,
      String answer) {
    String invoiceNumber = c.invoice().number();
    int earlier = creditNoteCount(invoiceNumber);
    var note = creditNotes.issue(key(invoiceNumber, "credit-note" + (earlier == 0 ? ""
        : "-" + (earlier + 1))), c.contract().number(), invoiceNumber, clause, creditInclVat,
        answer, true);
    if (settlements.at(invoiceNumber, clock.today()).isSettled()) {
      invoices.updateStatus(invoiceNumber, InvoiceStatus.PAID);
      return new Correction(note.number(), null, Outcome.SETTLED);
    }
    invoices.updateStatus(invoiceNumber, InvoiceStatus.OPEN);
    return new Correction(note.number(), null, Outcome.STILL_OWED);
  }

  private int creditNoteCount(String invoiceNumber) {
    Invoice invoice = invoices.require(invoiceNumber);
    return invoice.credited().signum() == 0 ? 0 : creditNoteRepository.forInvoice(invoiceNumber)
        .size();
  }

  /** The complaint is rejected: the invoice is open again, its dunning resumes on its dates. */
  public void rejectComplaint(String invoiceNumber) {
    if (invoices.require(invoiceNumber).status() == InvoiceStatus.CONTESTED) {
      invoices.updateStatus(invoiceNumber, InvoiceStatus.OPEN);
    }
  }

  // --- waivers -------------------------------------------------------------------------------

  /**
   * Staff waive the late interest and/or the flat indemnity of an invoice, each with its written
   * reason; the settlement shows the waiver with its reason from then on.
   */
  public void waive(String invoiceNumber, boolean interest, boolean indemnity, String reason,
      String by) {
    Invoice invoice = invoices.require(invoiceNumber);
    if (!interest && !indemnity) {
      throw new RejectedException("Choose what to waive: the late interest, the flat indemnity, "
          + "or both.");
    }
    if (reason == null || reason.isBlank()) {
      throw new RejectedException("A waiver needs a written reason (it is shown in the audit).");
    }
    if (invoice.status() == InvoiceStatus.PAID || invoice.status() == InvoiceStatus.CANCELLED) {
      throw new ConflictException("Invoice " + invoiceNumber + " is " + invoice.status()
          + ": nothing is owed on it any more, so there is nothing to waive.");
    }
    String recorded = reason.trim() + " (waived by " + (by == null ? "staff" : by) + " on "
        + clock.today() + ")";
    invoices.recordWaiver(invoiceNumber, interest ? recorded : null, indemnity ? recorded : null);
    waivers.insert(new Waiver(invoiceNumber, invoice.contractNumber(), interest, indemnity,
        reason.trim(), by == null ? "staff" : by, clock.today(), clock.now()));
    if (settlements.at(invoiceNumber, clock.today()).isSettled()) {
      invoices.updateStatus(invoiceNumber, InvoiceStatus.PAID);
      lifecycle.invoiceSettled(invoiceNumber, clock.today());
    }
  }
}
