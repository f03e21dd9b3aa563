package be.contractflow.process.payment;

import be.contractflow.ledger.DeadlineKind;
import static be.contractflow.process.payment.PaymentVariables.key;

import be.contractflow.billing.ConsumerProtection;
import be.contractflow.billing.Settlement;
import be.contractflow.billing.SettlementInputs;
import be.contractflow.billing.SettlementService;
import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientRepository;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.Deadlines;
import be.contractflow.ledger.InvoiceDueDates;
import be.contractflow.ledger.DunningState;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.notice.AppliedRule;
import be.contractflow.notice.NoticeContent;
import be.contractflow.notice.NoticeRequest;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeStatus;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.ContractLifecycle;
import be.contractflow.process.ProcessVariables;
import be.contractflow.terms.SuspensionStart;
import be.contractflow.terms.Terms;
import be.contractflow.terms.TermsService;
import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The dunning of one invoice, step by step, as the {@code payment} process runs it: what the terms
 * (decisions {@code terms-payment} and {@code terms-dunning}) and the law (Book XIX for consumers)
 * ask on the first day late, the reminder, the acceleration of the client's other invoices
 * (WJA-10a), the suspension of services (VIR-9, WJA-11, BDB-16.6, BDB-R5.2) and its end once paid.
 * Every step is idempotent: notices are keyed by invoice and purpose, so a retried job or a
 * dunning resumed after a rejected complaint never sends twice. Formal notice, resolution and
 * complaints are in {@link DefaultService}.
 */
@Service
public class DunningService {

  /**
   * The facts of one invoice every step reads, once (issue 16), as they stood when the step began:
   * a step that writes one of them reads it again before using it.
   */
  record Context(Invoice invoice, DunningState dunningState, Contract contract, Client client,
      Terms terms) {}

  /**
   * What the dunning of a late invoice does, from the terms: each flag opens a branch of {@code
   * SubProcess_Dunning}; the dates are the timers'. When the terms count the suspension from
   * the reminder ({@code suspensionAfterReminder}, VIR-9), {@code suspensionOn} is only the day
   * it would be if the reminder left as planned: the process waits for the proven sending
   * ({@link #checkReminderSent}) and counts from it.
   */
  public record Plan(boolean open, boolean accelerate, boolean reminderRequired,
      LocalDate reminderOn, boolean suspensionPending, LocalDate suspensionOn,
      boolean suspensionByStaff, String suspensionClause, boolean formalNoticeRequired,
      boolean formalNoticePosted, boolean resolved, boolean statutoryRatePublished,
      String statutoryRateNote, boolean suspensionAfterReminder) {

    static Plan closed() {
      return new Plan(false, false, false, null, false, null, false, null, false, false, false,
          true, null, false);
    }
  }

  private final InvoiceRepository invoices;
  private final ContractRepository contracts;
  private final ClientRepository clients;
  private final TermsService terms;
  private final BusinessCalendar calendar;
  private final SettlementService settlements;
  private final NoticeService notices;
  private final Deadlines deadlines;
  private final InvoiceDueDates dueDates;
  private final ContractLifecycle lifecycle;
  private final BusinessClock clock;

  public DunningService(InvoiceRepository invoices, ContractRepository contracts,
      ClientRepository clients, TermsService terms, BusinessCalendar calendar,
      SettlementService settlements, NoticeService notices, Deadlines deadlines,
      InvoiceDueDates dueDates, ContractLifecycle lifecycle, BusinessClock clock) {
    this.invoices = invoices;
    this.contracts = contracts;
    this.clients = clients;
    this.terms = terms;
    this.calendar = calendar;
    this.settlements = settlements;
    this.notices = notices;
    this.deadlines = deadlines;
    this.dueDates = dueDates;
    this.lifecycle = lifecycle;
    this.clock = clock;
  }

  Context context(String invoiceNumber) {
    var read = invoices.requireWithDunningState(invoiceNumber);
    Invoice invoice = read.invoice();
    Contract contract = contracts.require(invoice.contractNumber());
    Client client = clients.require(invoice.clientId());
    return new Context(invoice, read.dunningState(), contract, client,
        terms.termsFor(contract, client.type()));
  }

  /**
   * The first day late: the due date is missed, and the plan of what follows. A cancelled (or
   * already settled) invoice is not dunned.
   *
   * @param suspensionDecided staff already decided on the suspension (resumed dunning)
   */
  public Plan openDunning(String invoiceNumber, boolean suspensionDecided) {
    Context c = context(invoiceNumber);
    Invoice invoice = c.invoice();
    if (invoice.status() == InvoiceStatus.CANCELLED || invoice.status() == InvoiceStatus.PAID) {
      return Plan.closed();
    }
    deadlines.missed(DeadlineKind.INVOICE_DUE.key(invoiceNumber));
    Terms.Dunning dunning = c.terms().dunning();
    if (settlements.concludesOrder(invoice, c.contract(), dunning)) {
      // WJA-2, BDB-8.1: no binding order yet, nothing to dun; the invoice waits to be paid
      return new Plan(true, false, false, null, false, null, false, null, false, false, false,
          true, null, false);
    }
    DunningState state = c.dunningState();
    boolean reminderRequired = dunning.reminderCount() > 0 || c.client().isConsumer();
    LocalDate reminderOn = DunningPlan.reminderDay(dunning, invoice.dueDate(),
        state.firstReminderDate()).date();
    LocalDate suspensionOn = DunningPlan.suspensionDay(calendar, dunning, invoice.issueDate(),
        invoice.dueDate(), reminderOn).map(DunningPlan.Dated::date).orElse(null);
    String resolution = key(invoiceNumber, DefaultService.RESOLUTION);
    String formalNotice = key(invoiceNumber, DefaultService.FORMAL_NOTICE);
    var found = notices.find(List.of(resolution, formalNotice));
    boolean resolved = found.containsKey(resolution);
    boolean posted = found.containsKey(formalNotice)
        && found.get(formalNotice).status() == NoticeStatus.POSTED;
    var rate = settlements.statutoryRates().rateOn(reminderOn);
    boolean ratePublished = !c.client().isConsumer() || rate.published();
    return new Plan(true, dunning.accelerationOnDefault(), reminderRequired, reminderOn,
        suspensionOn != null && !suspensionDecided && !c.contract().suspended(), suspensionOn,
        dunning.suspensionByStaff(), dunning.suspensionClause(),
        dunning.formalNoticeResolutionDays() != null && !resolved, posted, resolved,
        ratePublished, ratePublished ? null : rate.source() + ": "
            + rate.ratePercent().toPlainString() + " % a year",
        reminderRequired && dunning.suspensionFrom() == SuspensionStart.REMINDER_DATE);
  }

  /**
   * VIR-9: the day services may be suspended when the terms count it from the reminder — the
   * day after {@code suspensionDelayDays} from the reminder's proven sending (art. 1.7) — or
   * null when the terms count it from another day, the contract is already suspended, or staff
   * already decided (resumed dunning).
   */
  private LocalDate suspensionAfterSending(Context c, LocalDate sentOn,
      boolean suspensionDecided) {
    Terms.Dunning dunning = c.terms().dunning();
    if (dunning.suspensionFrom() != SuspensionStart.REMINDER_DATE || suspensionDecided
        || c.contract().suspended()) {
      return null;
    }
    return DunningPlan.suspensionAfterSending(calendar, dunning, sentOn).date();
  }

  /**
   * WJA-10a: the client's other open invoices not yet due become due today; their processes are
   * told ({@value PaymentVariables#MESSAGE_INVOICE_ACCELERATED}) and the client gets one {@code
   * ACCELERATION_NOTICE}. Returns the invoices accelerated.
   */
  public List<String> accelerate(String invoiceNumber) {
    Context c = context(invoiceNumber);
    LocalDate today = clock.today();
    var accelerated = new ArrayList<String>();
    BigDecimal total = BigDecimal.ZERO;
    for (Invoice other : invoices.openForClient(c.client().id())) {
      if (other.number().equals(invoiceNumber) || !other.dueDate().isAfter(today)
          || !dueDates.bringForward(other, today, c.terms().dunning().accelerationClause(),
              "accelerated by the default on " + invoiceNumber)) {
        continue;
      }
      lifecycle.invoiceAccelerated(other.number(), today);
      accelerated.add(other.number());
      total = total.add(other.openPrincipal());
    }
    if (!accelerated.isEmpty()) {
      notices.issue(request(c, "acceleration", NoticeType.ACCELERATION_NOTICE,
              c.terms().dunning().accelerationClause())
          .with(new NoticeContent.AccelerationNotice(c.invoice().dueDate(), accelerated, total))
          .with(NoticeType.RULE, AppliedRule.CONTRACTUAL), c.client(), c.contract());
    }
    return accelerated;
  }

  /**
   * The reminder (VIR-4: one only; Book XIX: the free first reminder a consumer must get before
   * anything beyond the principal). It states a payment date counted from today, the day it is
   * written for and the only day the relay may send it ({@link NoticeRequest#sendBy}): the terms'
   * delay (VIR-4.r: 15 days), else the 14 days of Book XIX. Whether it really left is checked at
   * the end of the day ({@link #checkReminderSent}); every amount that depends on it counts from
   * that proven sending. {@code attempt} 1 is the reminder; a later attempt is the same reminder
   * written again after the previous one could not be sent (task "Unsent reminder"). Returns the
   * day it was written for and the payment date it states.
   */
  public Reminder sendReminder(String invoiceNumber, int attempt) {
    Context c = context(invoiceNumber);
    Terms.Dunning dunning = c.terms().dunning();
    String purpose = reminderPurpose(attempt);
    var existing = notices.find(key(invoiceNumber, purpose));
    LocalDate writtenOn = existing.map(n -> n.createdAt().atZoneSameInstant(BusinessClock.ZONE)
        .toLocalDate()).orElse(clock.today());
    LocalDate paymentDate = paymentDate(dunning, writtenOn);
    String clause = reminderClause(dunning);
    deadlines.record(DeadlineKind.REMINDER_PAYMENT.key(invoiceNumber), c.contract().number(),
        invoiceNumber, clause, "Payment date stated by the reminder of invoice " + invoiceNumber,
        paymentDate);
    if (existing.isPresent()) {
      return new Reminder(writtenOn, paymentDate);
    }
    // issue 16: every amount from the rows read once (the step writes none of them before)
    Invoice invoice = c.invoice();
    SettlementInputs inputs = settlements.inputsOf(invoice, c.dunningState(), c.contract(),
        c.client(), c.terms());
    Settlement now = settlements.at(inputs, writtenOn);
    var rules = new ArrayList<AppliedRule>();
    if (c.client().isConsumer()) {
      rules.add(AppliedRule.BOOK_XIX_FREE_FIRST_REMINDER);
      if (c.contract().kind().isRecurring()) {
        rules.add(AppliedRule.BOOK_XIX_FREE_REMINDERS_PER_YEAR);
      }
      rules.add(AppliedRule.BOOK_XIX_CAPS);
    } else {
      rules.add(AppliedRule.CONTRACTUAL);
    }
    var statutory = settlements.statutoryRates().rateOn(writtenOn);
    boolean provisional = !statutory.published()
        && (c.client().isConsumer() || c.terms().payment().interestKind() == null);
    notices.issueNew(request(c, purpose, NoticeType.PAYMENT_REMINDER, clause)
        .sendBy(writtenOn)
        .with(new NoticeContent.PaymentReminder(invoice.issueDate(), invoice.dueDate(),
            now.principal(), now.interest(), now.indemnity(), now.total(), paymentDate,
            be.contractflow.billing.StructuredCommunication.format(
                invoice.structuredCommunication()),
            settlements.announcedInterestPercent(inputs, writtenOn),
            settlements.announcedIndemnity(inputs, writtenOn, paymentDate.plusDays(1)),
            remindersThisYear(c, writtenOn) + 1,
            provisional ? statutory.halfYear() : null,
            provisional ? settlements.statutoryRates().lastKnownHalfYear() : null))
        .with(NoticeType.RULE, rules), c.client(), c.contract());
    return new Reminder(writtenOn, paymentDate);
  }

  /** A reminder written for a day, stating a payment date. */
  public record Reminder(LocalDate writtenOn, LocalDate paymentDate) {}

  /**
   * What the end-of-day check found: sent on a day, or not sent and why; when the terms count the
   * suspension from the reminder (VIR-9), the day it may start, counted from the sending.
   */
  public record ReminderSending(boolean sent, LocalDate sentOn, String reason,
      LocalDate suspensionOn, boolean suspensionByStaff, String suspensionClause) {

    static ReminderSending notSent(String reason) {
      return new ReminderSending(false, null, reason, null, false, null);
    }
  }

  /**
   * The end of the day the reminder was written for: did it leave? If the outbox shows it sent,
   * its sending date becomes the invoice's first reminder date — the day Book XIX's 14 days and
   * VIR-4's payment date count from — and the stated payment date is recorded from it. If not (mail
   * server down, address refused), it is given up so it never leaves late with dates that would
   * be wrong, and no Book XIX interest or indemnity can be claimed on it: accounting is told.
   */
  public ReminderSending checkReminderSent(String invoiceNumber, int attempt) {
    return checkReminderSent(invoiceNumber, attempt, false);
  }

  /**
   * {@link #checkReminderSent(String, int)}; {@code suspensionDecided}: staff already decided on
   * the suspension (resumed dunning), so none is planned again.
   */
  public ReminderSending checkReminderSent(String invoiceNumber, int attempt,
      boolean suspensionDecided) {
    Context c = context(invoiceNumber);
    String noticeKey = key(invoiceNumber, reminderPurpose(attempt));
    var notice = notices.find(noticeKey);
    if (notice.isEmpty()) {
      return ReminderSending.notSent("no reminder was written");
    }
    if (notice.get().sentAt() != null) {
      LocalDate sentOn = notice.get().sentAt().atZoneSameInstant(BusinessClock.ZONE).toLocalDate();
      invoices.recordFirstReminder(invoiceNumber, sentOn, DunningState.ReminderChannel.EMAIL);
      deadlines.record(DeadlineKind.REMINDER_PAYMENT.key(invoiceNumber), c.contract().number(),
          invoiceNumber, reminderClause(c.terms().dunning()),
          "Payment date stated by the reminder of invoice " + invoiceNumber,
          paymentDate(c.terms().dunning(), sentOn));
      Terms.Dunning dunning = c.terms().dunning();
      return new ReminderSending(true, sentOn, null,
          suspensionAfterSending(c, sentOn, suspensionDecided), dunning.suspensionByStaff(),
          dunning.suspensionClause());
    }
    LocalDate writtenOn = notice.get().createdAt().atZoneSameInstant(BusinessClock.ZONE)
        .toLocalDate();
    String why = notice.get().lastError() != null ? notice.get().lastError()
        : "the mail relay did not send it";
    String reason = "Reminder written on " + writtenOn + " was not sent that day (" + why
        + "); it was given up so that it never leaves with dates counted from a day it did not "
        + "leave. No Book XIX interest or indemnity without a proven sending.";
    notices.abandon(noticeKey, reason);
    deadlines.cancelled(DeadlineKind.REMINDER_PAYMENT.key(invoiceNumber));
    return ReminderSending.notSent(reason);
  }

  private LocalDate paymentDate(Terms.Dunning dunning, LocalDate sentOn) {
    return DunningPlan.reminderPaymentDate(calendar, dunning, sentOn).date();
  }

  private static String reminderClause(Terms.Dunning dunning) {
    return DunningPlan.reminderClause(dunning);
  }

  /** The notice key purpose of a reminder attempt: {@code reminder}, {@code reminder-2}, … */
  static String reminderPurpose(int attempt) {
    return attempt <= 1 ? "reminder" : "reminder-" + attempt;
  }

  /** Reminders already sent this calendar year on the contract (Book XIX: 3 free ones). */
  private int remindersThisYear(Context c, LocalDate on) {
    // counted by the database: loading every notice of the contract (bodies and PDFs included)
    // was 11.8 % of the month-end storm (issue 16)
    var from = on.withDayOfYear(1).atStartOfDay(BusinessClock.ZONE).toOffsetDateTime();
    var until = on.withDayOfYear(1).plusYears(1).atStartOfDay(BusinessClock.ZONE)
        .toOffsetDateTime();
    return notices.countForContract(c.contract().number(), NoticeType.PAYMENT_REMINDER, from,
        until);
  }

  /**
   * Suspends the contract's services for non-payment (VIR-9, WJA-11, BDB-16.6, BDB-R5.2): the
   * contract is marked suspended, the client gets a {@code SUSPENSION_NOTICE}, and {@value
   * ProcessVariables#MESSAGE_SERVICES_SUSPENDED} goes to the processes running the services.
   */
  public void suspend(String invoiceNumber, String clause) {
    Context c = context(invoiceNumber);
    LocalDate today = clock.today();
    deadlines.missed(DeadlineKind.REMINDER_PAYMENT.key(invoiceNumber));
    if (!c.contract().suspended()) {
      contracts.updateSuspended(c.contract().number(), true);
    }
    notices.issue(request(c, "suspension", NoticeType.SUSPENSION_NOTICE, clause)
        .with(new NoticeContent.SuspensionNotice(today, c.invoice().dueDate(),
            settlements.at(c.invoice(), today).total(),
            c.contract().number() + " (" + c.contract().kind() + ")"))
        .with(NoticeType.RULE, AppliedRule.CONTRACTUAL), c.client(), c.contract());
    lifecycle.servicesSuspended(c.contract().number(), today, clause);
  }

  /**
   * The invoice is settled: its deadlines are met, and a contract suspended for non-payment gets
   * its services back ({@code SERVICE_RESTORED}, {@value
   * ProcessVariables#MESSAGE_SERVICES_RESTORED}) unless another of its invoices is still late or
   * it was resolved.
   */
  public boolean close(String invoiceNumber) {
    Context c = context(invoiceNumber);
    LocalDate today = clock.today();
    for (String which : List.of("reminder-payment", DefaultService.FORMAL_NOTICE)) {
      deadlines.met(key(invoiceNumber, which));
    }
    deadlines.met(DeadlineKind.INVOICE_DUE.key(invoiceNumber));
    deadlines.met(DeadlineKind.INVOICE_CONTEST.key(invoiceNumber));
    Contract contract = contracts.require(c.contract().number());
    boolean otherLate = invoices.forContract(contract.number()).stream()
        .anyMatch(i -> !i.number().equals(invoiceNumber)
            && (i.status() == InvoiceStatus.OPEN || i.status() == InvoiceStatus.CONTESTED)
            && i.dueDate().isBefore(today));
    if (!contract.suspended() || otherLate || contract.status() == ContractStatus.RESOLVED) {
      return false;
    }
    contracts.updateSuspended(contract.number(), false);
    var suspension = notices.find(key(invoiceNumber, "suspension"));
    notices.issue(request(c, "restored", NoticeType.SERVICE_RESTORED,
            c.terms().dunning().suspensionClause())
        .with(new NoticeContent.ServiceRestored(today, suspension.map(n -> n.createdAt()
            .atZoneSameInstant(BusinessClock.ZONE).toLocalDate()).orElse(null), null))
        .with(NoticeType.RULE, AppliedRule.CONTRACTUAL), c.client(), c.contract());
    lifecycle.servicesRestored(contract.number(), today);
    return true;
  }

  /**
   * The invoice was cancelled by a credit note outside its {@code payment} process (order lapse,
   * cancellation, withdrawal, contract end, renewal unpaid): the dates its dunning still waited
   * for — the reminder's payment date, the formal notice's expiry — are {@code CANCELLED} with its
   * due date and contest window. Nothing is sent.
   */
  public void cancelled(String invoiceNumber) {
    for (DeadlineKind kind : List.of(DeadlineKind.REMINDER_PAYMENT, DeadlineKind.FORMAL_NOTICE,
        DeadlineKind.INVOICE_DUE, DeadlineKind.INVOICE_CONTEST)) {
      deadlines.cancelled(kind.key(invoiceNumber));
    }
  }

  /** A notice about the invoice, keyed {@code invoice/<n>/<purpose>}, with the agency's keys. */
  NoticeRequest request(Context c, String purpose, NoticeType type, String clause) {
    Terms.Agency agency = c.terms().agency();
    return NoticeRequest.of(key(c.invoice().number(), purpose), type, clause, c.client().id())
        .withContract(c.contract().number())
        .withInvoice(c.invoice().number())
        .withAgency(agency, c.contract().quoteNumber());
  }
}
