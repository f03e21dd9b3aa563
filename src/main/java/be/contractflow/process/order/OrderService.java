package be.contractflow.process.order;

import be.contractflow.ledger.DeadlineKind;

import be.contractflow.billing.CreditNoteService;
import be.contractflow.billing.InvoiceRequest;
import be.contractflow.billing.InvoicingService;
import be.contractflow.billing.PaymentCommand;
import be.contractflow.billing.PaymentService;
import be.contractflow.billing.SettlementService;
import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.Client;
import be.contractflow.ledger.ConcludedAt;
import be.contractflow.ledger.Conclusion;
import be.contractflow.ledger.ClientRepository;
import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.CreditNote;
import be.contractflow.ledger.Deadlines;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.ledger.Quote;
import be.contractflow.ledger.QuoteRepository;
import be.contractflow.money.Calculation;
import be.contractflow.money.Money;
import be.contractflow.money.Vat;
import be.contractflow.money.WithdrawalCompensation;
import be.contractflow.notice.AppliedRule;
import be.contractflow.notice.Attachment;
import be.contractflow.notice.NoticeContent;
import be.contractflow.notice.NoticeRequest;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.ContractLifecycle;
import be.contractflow.terms.Terms;
import be.contractflow.terms.TermsService;
import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the {@code order} process, one method per step; the delegates in this package
 * are thin adapters in front of them. Everything a step decides (ledger rows, deadlines, notices,
 * invoices) is written in the step's transaction; notices carry the key the delegate derives from
 * the process instance and activity, so a retried job sends nothing twice.
 */
@Service
public class OrderService {

  /**
   * Clause shown for the quote validity when the terms set none: the project's reading (docs/READINGS.md,
   * "Quote validity without a clause": an offer without a term binds for a reasonable time, read
   * as one month), never a bare "default" an auditor cannot look up.
   */
  public static final String DEFAULT_VALIDITY_CLAUSE = "READING-quote-validity";

  private final QuoteRepository quotes;
  private final ContractRepository contracts;
  private final ClientRepository clients;
  private final InvoiceRepository invoices;
  private final TermsService terms;
  private final BusinessCalendar calendar;
  private final BusinessClock clock;
  private final Deadlines deadlines;
  private final NoticeService notices;
  private final QuoteDocument quoteDocument;
  private final InvoicingService invoicing;
  private final CreditNoteService creditNotes;
  private final ContractLifecycle lifecycle;
  private final PaymentService payments;
  private final SettlementService settlements;

  public OrderService(QuoteRepository quotes, ContractRepository contracts,
      ClientRepository clients, InvoiceRepository invoices, TermsService terms,
      BusinessCalendar calendar, BusinessClock clock, Deadlines deadlines, NoticeService notices,
      QuoteDocument quoteDocument, InvoicingService invoicing, CreditNoteService creditNotes,
      ContractLifecycle lifecycle, PaymentService payments, SettlementService settlements) {
    this.lifecycle = lifecycle;
    this.settlements = settlements;
    this.payments = payments;
    this.quotes = quotes;
    this.contracts = contracts;
    this.clients = clients;
    this.invoices = invoices;
    this.terms = terms;
    this.calendar = calendar;
    this.clock = clock;
    this.deadlines = deadlines;
    this.notices = notices;
    this.quoteDocument = quoteDocument;
    this.invoicing = invoicing;
    this.creditNotes = creditNotes;
  }

  /** One order as the steps see it: the contract, its quote, client and terms. */
  record Order(Contract contract, Quote quote, Client client, Terms terms) {

    Terms.Order rules() {
      return terms.order();
    }

    String quoteNumber() {
      return quote.number();
    }
  }

  Order load(String contractNumber) {
    Contract contract = contracts.require(contractNumber);
    Quote quote = quotes.require(contract.quoteNumber());
    Client client = clients.require(contract.clientId());
    return new Order(contract, quote, client,
        terms.termsFor(contract, client.type()));
  }

  // --- quote ------------------------------------------------------------------------------

  /**
   * The last day the quote can be signed: BDB-5.2a "valid 1 month from issue", other profiles per
   * their terms, else {@code defaultMonths}; art. 1.7 period in months, rolled to a business day.
   */
  public LocalDate validUntil(Quote quote, Terms.Order rules, int defaultMonths) {
    int months = rules.quoteValidityMonths() != null ? rules.quoteValidityMonths() : defaultMonths;
    return calendar.afterMonths(quote.issueDate(), months);
  }

  /**
   * Sends the quote as PDF ({@code QUOTE_SENT}) and records its validity as a deadline.
   *
   * @return the last day the quote can be signed
   */
  @Transactional
  public LocalDate sendQuote(String noticeKey, String contractNumber, int defaultValidityMonths) {
    Order order = load(contractNumber);
    Quote quote = order.quote();
    LocalDate validUntil = validUntil(quote, order.rules(), defaultValidityMonths);
    String clause = validityClause(order.rules());
    deadlines.record(DeadlineKind.QUOTE_VALIDITY.key(quote.number()), contractNumber, null,
        clause, "Quote " + quote.number() + " valid until", validUntil);
    BigDecimal totalExclVat = Money.cents(OrderAmounts.orderTotalExclVat(quote));
    BigDecimal vat = Vat.on(clause, totalExclVat, Vat.STANDARD_RATE).amount();
    byte[] pdf = quoteDocument.render(quote, order.client(), order.terms().agency(), validUntil,
        order.rules().quoteValidityClause(), totalExclVat, vat);
    notices.issue(notice(noticeKey, NoticeType.QUOTE_SENT, clause, order)
        .with(new NoticeContent.QuoteSent(quote.issueDate(), validUntil, totalExclVat,
            totalExclVat.add(vat)))
        .withAttachment(new Attachment(quote.number() + ".pdf", pdf)));
    return validUntil;
  }

  /** The quote lapsed unsigned (BDB-5.2a): {@code EXPIRED} and {@code QUOTE_EXPIRED}. */
  @Transactional
  public void expireQuote(String noticeKey, String contractNumber, LocalDate validUntil) {
    Order order = load(contractNumber);
    quotes.updateStatus(order.quoteNumber(), OrderVariables.QUOTE_EXPIRED);
    contracts.updateStatus(contractNumber, ContractStatus.EXPIRED);
    deadlines.missed(DeadlineKind.QUOTE_VALIDITY.key(order.quoteNumber()));
    notices.issue(notice(noticeKey, NoticeType.QUOTE_EXPIRED, validityClause(order.rules()), order)
        .with(new NoticeContent.QuoteExpired(order.quote().issueDate(), validUntil)));
  }

  private static String validityClause(Terms.Order rules) {
    return rules.quoteValidityClause() != null ? rules.quoteValidityClause()
        : DEFAULT_VALIDITY_CLAUSE;
  }

  // --- signature ----------------------------------------------------------------------------

  /** What the signature step found. */
  public record Signature(LocalDate withdrawalDeadline, boolean clientInDispute,
      String disputeSummary) {}

  /**
   * The signed quote: the validity deadline is met, the withdrawal period (BDB-R15) starts, and
   * the client's other contracts are checked for a payment dispute (BDB-5.2c) where the terms let
   * the agency refuse such an order.
   */
  @Transactional
  public Signature recordSignature(String contractNumber, LocalDate signedDate) {
    Order order = load(contractNumber);
    deadlines.met(DeadlineKind.QUOTE_VALIDITY.key(order.quoteNumber()));
    LocalDate withdrawalDeadline = null;
    var right = withdrawalRight(order, signedDate);
    if (right.isPresent()) {
      withdrawalDeadline = right.get().deadline();
      deadlines.record(DeadlineKind.WITHDRAWAL.key(order.quoteNumber()), contractNumber,
          null, right.get().clause(),
          "Withdrawal period ends (" + right.get().days() + " days from signature)",
          withdrawalDeadline);
    }
    List<Invoice> disputed = order.rules().mayRefuseOrderOnPaymentDispute()
        ? disputedInvoices(order) : List.of();
    String summary = disputed.stream()
        .map(i -> i.number() + " (contract " + i.contractNumber() + ", " + i.status()
            + ", due " + i.dueDate() + ", " + Money.cents(i.openPrincipal()) + " EUR open)")
        .collect(Collectors.joining("; "));
    return new Signature(withdrawalDeadline, !disputed.isEmpty(), summary.isEmpty() ? null : summary);
  }

  /**
   * BDB-5.2c: invoices of the client's other contracts that are contested, or open and overdue.
   */
  List<Invoice> disputedInvoices(Order order) {
    LocalDate today = clock.today();
    return contracts.forClient(order.client().id()).stream()
        .filter(c -> !c.number().equals(order.contract().number()))
        .flatMap(c -> invoices.forContract(c.number()).stream())
        .filter(i -> i.status() == InvoiceStatus.CONTESTED
            || (i.status() == InvoiceStatus.OPEN && i.dueDate().isBefore(today)))
        .toList();
  }

  /**
   * Sales refused the order of a client in dispute (BDB-5.2c): {@code REFUSED}. The reason stays
   * in the process history (variable {@value OrderVariables#REFUSAL_REASON}).
   */
  @Transactional
  public void refuse(String contractNumber) {
    Order order = load(contractNumber);
    quotes.updateStatus(order.quoteNumber(), OrderVariables.QUOTE_REFUSED);
    contracts.updateStatus(contractNumber, ContractStatus.REFUSED);
    deadlines.cancelled(DeadlineKind.WITHDRAWAL.key(order.quoteNumber()));
  }

  // --- first invoice and confirmation --------------------------------------------------------

  /**
   * What the first-invoice step did.
   *
   * @param lapse when the order lapses if its deposit stays unpaid (WJA-2, BDB-8.1); null when
   *     the first payment does not conclude the order or none is required
   */
  public record FirstInvoiceIssued(String invoiceNumber, boolean paymentRequired,
      OrderLapse lapse) {}

  /**
   * Issues the order's first invoice per the terms ({@link OrderAmounts#firstInvoice}); payment is
   * required before work starts where the terms say so (WJA-2, BDB-8.1, BDB-R5.1). Where that
   * payment is what concludes the order (terms-dunning {@code firstPaymentConcludesOrder}), the
   * order lapses unpaid at the end of the later of the quote's validity end and the deposit's due
   * date ({@link OrderLapse}); that date is recorded as a deadline.
   */
  @Transactional
  public FirstInvoiceIssued issueFirstInvoice(String contractNumber, LocalDate quoteValidUntil) {
    Order order = load(contractNumber);
    var first = OrderAmounts.firstInvoice(order.rules(), order.quote());
    if (first.isEmpty()) {
      return new FirstInvoiceIssued(null, false, null);
    }
    Calculation amount = first.get().amount();
    Invoice invoice = invoicing.issue(new InvoiceRequest(contractNumber, first.get().kind(),
        amount.clause(), null, null, List.of(InvoiceRequest.Item.of(
            amount.label() + " — quote " + order.quoteNumber(), amount.amount(),
            amount.clause()))));
    boolean required = order.rules().paymentGatesWorkStart();
    Terms.Dunning dunning = order.terms().dunning();
    OrderLapse lapse = null;
    if (required && settlements.concludesOrder(invoice, order.contract(), dunning)) {
      lapse = OrderLapse.of(quoteValidUntil, invoice.dueDate(), dunning.orderConclusionClause(),
          calendar);
      deadlines.record(DeadlineKind.DEPOSIT_LAPSE.key(order.quoteNumber()), contractNumber,
          null, lapse.clause(), "Deposit " + invoice.number() + " unpaid: order lapses after"
              + (lapse.setByDueDate() ? " its due date" : " the quote's validity"),
          lapse.lapsesOn());
    }
    return new FirstInvoiceIssued(invoice.number(), required, lapse);
  }

  /**
   * The deposit's due date moved later (its Peppol e-invoice proven sent after its issue day: the
   * payment term counts from the sending, VAT Code art. 53): the lapse follows it, at the later of
   * the quote's validity end and the new due date (WJA-2, BDB-8.1); the deadline moves. Returns
   * the new lapse.
   */
  @Transactional
  public OrderLapse depositDueDateMoved(String contractNumber, LocalDate quoteValidUntil,
      String depositNumber, LocalDate dueDate) {
    Order order = load(contractNumber);
    OrderLapse lapse = OrderLapse.of(quoteValidUntil, dueDate,
        order.terms().dunning().orderConclusionClause(), calendar);
    deadlines.record(DeadlineKind.DEPOSIT_LAPSE.key(order.quoteNumber()), contractNumber,
        null, lapse.clause(), "Deposit " + depositNumber + " unpaid: order lapses after"
            + (lapse.setByDueDate() ? " its due date (payment term from its e-invoice's sending)"
                : " the quote's validity"), lapse.lapsesOn());
    return lapse;
  }

  /** What the lapse step did. */
  public record Lapsed(BigDecimal refund, String creditNoteNumber) {}

  /**
   * The deposit that concludes the order (WJA-2, BDB-8.1) was not paid by the end of the later of
   * the quote's validity end and its due date: the order never bound and lapses. Every invoice of
   * the order is credited in full at its own VAT rate (the unpaid deposit cancelled by its credit
   * note, as for a cancellation or a withdrawal); no damages (nothing was concluded); what was
   * paid on account is owed back; {@code EXPIRED}, {@code ORDER_LAPSED}.
   */
  @Transactional
  public Lapsed lapse(String noticeKeyPrefix, String contractNumber, LocalDate lapsesOn) {
    Order order = load(contractNumber);
    String clause = order.terms().dunning().orderConclusionClause() != null
        ? order.terms().dunning().orderConclusionClause() : order.rules().depositClause();
    List<Invoice> all = invoices.forContract(contractNumber);
    Invoice deposit = all.isEmpty() ? null : all.get(0);
    cancelOpenInvoices(all);
    BigDecimal paid = paid(all);
    List<CreditNote> credited = creditEveryInvoice(noticeKeyPrefix, all, clause,
        "Order lapsed on " + lapsesOn + " (" + clause + "): deposit unpaid, the invoice is"
            + " cancelled");
    CreditNote note = credited.isEmpty() ? null : credited.get(0);
    quotes.updateStatus(order.quoteNumber(), OrderVariables.QUOTE_EXPIRED);
    contracts.updateStatus(contractNumber, ContractStatus.EXPIRED);
    deadlines.missed(DeadlineKind.DEPOSIT_LAPSE.key(order.quoteNumber()));
    deadlines.cancelled(DeadlineKind.WITHDRAWAL.key(order.quoteNumber()));
    notices.issue(notice(noticeKeyPrefix + "/notice", NoticeType.ORDER_LAPSED, clause, order)
        .with(new NoticeContent.OrderLapsed(order.quote().signedDate(),
            deposit == null ? null : deposit.number(), deposit == null ? null : deposit.total(),
            lapsesOn, paid.signum() > 0 ? paid : null, note == null ? null : note.number())));
    return new Lapsed(paid, note == null ? null : note.number());
  }

  public boolean isPaid(String invoiceNumber) {
    return invoices.require(invoiceNumber).status() == InvoiceStatus.PAID;
  }

  /**
   * The order is confirmed: {@code CONFIRMED}, the contract starts today, {@code ORDER_CONFIRMED}.
   *
   * @return whether the withdrawal period (BDB-R15) still runs
   */
  @Transactional
  public boolean confirm(String noticeKey, String contractNumber, String firstInvoiceNumber) {
    Order order = load(contractNumber);
    LocalDate today = clock.today();
    contracts.updateStatus(contractNumber, ContractStatus.CONFIRMED);
    deadlines.met(DeadlineKind.DEPOSIT_LAPSE.key(order.quoteNumber()));
    contracts.updateDates(contractNumber, today, order.contract().anniversaryDate(),
        order.contract().effectiveEndDate());
    Invoice first = firstInvoiceNumber == null ? null : invoices.require(firstInvoiceNumber);
    String clause = order.rules().workStartClause() != null ? order.rules().workStartClause()
        : order.rules().depositClause();
    notices.issue(notice(noticeKey, NoticeType.ORDER_CONFIRMED, clause, order)
        .with(new NoticeContent.OrderConfirmed(order.quote().signedDate(), today,
            first == null ? null : first.number(), first == null ? null : first.total())));
    LocalDate withdrawalDeadline = withdrawalDeadline(order);
    return withdrawalDeadline != null && !today.isAfter(withdrawalDeadline);
  }

  /** The withdrawal period ended unused. */
  @Transactional
  public void closeWithdrawalPeriod(String contractNumber) {
    Order order = load(contractNumber);
    deadlines.missed(DeadlineKind.WITHDRAWAL.key(order.quoteNumber()));
  }

  private LocalDate withdrawalDeadline(Order order) {
    if (order.quote().signedDate() == null) {
      return null;
    }
    return withdrawalRight(order, order.quote().signedDate()).map(WithdrawalRight::deadline)
        .orElse(null);
  }

  /** Where and how the contract was concluded; a quote signed before V65 counts as at a distance. */
  private Conclusion conclusion(Order order) {
    return quotes.conclusion(order.quoteNumber())
        .orElse(new Conclusion(ConcludedAt.DISTANCE, false));
  }

  private Optional<WithdrawalRight> withdrawalRight(Order order, LocalDate signedDate) {
    return WithdrawalRight.of(order.rules(), order.client().type(), conclusion(order), signedDate,
        calendar);
  }

  // --- withdrawal (BDB-R15, BDB-9, CEL VI.47, VI.51, VI.53) --------------------------------------

  /**
   * A withdrawal the client may make: under which right, and whether production must assess the
   * work done that the consumer pays for (VI.51 §3: an early start was asked and the work of a
   * creation has started).
   */
  public record WithdrawalAccepted(WithdrawalRight right, boolean workDoneAssessed) {}

  /**
   * Refuses a withdrawal the law and the terms do not allow, saying why: none before signature,
   * none for a professional (BDB-R15, BDB-9), none for a consumer's contract concluded at the
   * agency's premises unless the terms grant one, none after the period, none in another form than
   * the terms require (a contractual right; the statutory one takes any statement, VI.49), none
   * once a creation started early at the consumer's request has been delivered (VI.53 1°).
   *
   * @throws ConflictException with the reason
   */
  public WithdrawalAccepted checkWithdrawal(String contractNumber, LocalDate date, String channel) {
    Order order = load(contractNumber);
    Terms.Order rules = order.rules();
    Quote quote = order.quote();
    if (!order.client().isConsumer()) {
      throw new ConflictException(WithdrawalRight.none(rules, order.terms().profile(),
          order.contract().kind(), order.client().type(), null));
    }
    if (quote.signedDate() == null) {
      throw new ConflictException("Withdrawal refused: quote " + quote.number()
          + " is not signed, so there is no order to withdraw from; an unsigned quote simply"
          + " lapses at the end of its validity.");
    }
    Conclusion conclusion = conclusion(order);
    WithdrawalRight right = withdrawalRight(order, quote.signedDate()).orElseThrow(() ->
        new ConflictException(WithdrawalRight.none(rules, order.terms().profile(),
            order.contract().kind(), order.client().type(), conclusion)));
    if (date.isAfter(right.deadline())) {
      throw new ConflictException("Withdrawal refused: the withdrawal period ("
          + right.clause() + ", " + right.days() + " days from the signature on "
          + quote.signedDate() + ") ended on " + right.deadline() + "; a withdrawal dated " + date
          + " is too late.");
    }
    if (date.isBefore(quote.signedDate())) {
      throw new ConflictException("Withdrawal refused: it is dated " + date
          + ", before the signature on " + quote.signedDate() + ".");
    }
    if (!right.accepts(channel)) {
      throw new ConflictException("Withdrawal refused: " + right.clause()
          + " requires a " + right.channel() + " (postmarked by " + right.deadline()
          + "); this one came by " + channel + ".");
    }
    boolean early = right.statutory() && conclusion.earlyStartRequested();
    ContractKind kind = order.contract().kind();
    ContractStatus status = order.contract().status();
    if (early && !kind.isRecurring()
        && (status == ContractStatus.DELIVERED || status == ContractStatus.ACCEPTED)) {
      throw new ConflictException("Withdrawal refused: the client asked the work to start within"
          + " the withdrawal period and the service has been fully performed (the site is online,"
          + " status " + status + "), which ends the right (" + WithdrawalRight.PERFORMED_CLAUSE
          + " 1°).");
    }
    boolean workStarted = order.contract().startDate() != null;
    return new WithdrawalAccepted(right, early && workStarted && !kind.isRecurring());
  }

  /** What the withdrawal step did. */
  public record Withdrawal(BigDecimal refund, String creditNoteNumber, BigDecimal owed,
      String invoiceNumber) {}

  /**
   * The client withdrew: open invoices are cancelled; what was paid is refunded by a credit note
   * ({@code CREDIT_NOTE_SENT}), less, for a consumer who asked the work to start early, the
   * proportional amount of the services supplied (VI.51 §3, {@link WithdrawalCompensation}: the
   * share of the work done that production entered, or the days served of a service over time),
   * which is invoiced ({@code INTERIM}, with VAT) when it exceeds what was paid; {@code WITHDRAWN},
   * {@code WITHDRAWAL_CONFIRMED}; a running subscription stops.
   *
   * @param workDonePercent the share of a creation's work done, when production assessed it
   */
  @Transactional
  public Withdrawal withdraw(String noticeKeyPrefix, String contractNumber, LocalDate date,
      BigDecimal workDonePercent) {
    Order order = load(contractNumber);
    Conclusion conclusion = conclusion(order);
    WithdrawalRight right = withdrawalRight(order, order.quote().signedDate()).orElseThrow();
    String clause = right.clause();
    Optional<Calculation> supplied = suppliedBeforeWithdrawal(order, right, conclusion, date,
        workDonePercent);
    BigDecimal owed = supplied.map(s -> s.amount()
            .add(Vat.on(s.clause(), s.amount(), Vat.STANDARD_RATE).amount()))
        .orElse(Money.ZERO);
    List<Invoice> all = invoices.forContract(contractNumber);
    cancelOpenInvoices(all);
    BigDecimal paid = paid(all);
    // VAT-correct (docs/READINGS.md "Documents, credit notes and VAT"): every invoice is
    // corrected in full, base and VAT at its own rate; the services supplied (VI.51 §3) are
    // invoiced on their own with VAT and set off against what was paid; the rest is owed back
    List<CreditNote> credited = creditEveryInvoice(noticeKeyPrefix, all, clause,
        "Withdrawal of " + date + " (" + clause + "): the invoice is cancelled");
    CreditNote note = credited.isEmpty() ? null : credited.get(0);
    BigDecimal refund = paid.subtract(owed);
    String invoiceNumber = null;
    if (supplied.isPresent() && supplied.get().amount().signum() > 0) {
      Calculation s = supplied.get();
      Invoice issued = invoicing.issue(new InvoiceRequest(contractNumber, InvoiceKind.INTERIM,
          s.clause(), date, null, List.of(InvoiceRequest.Item.of(s.label() + " — quote "
              + order.quoteNumber(), s.amount(), s.clause()))));
      invoiceNumber = issued.number();
      BigDecimal setOff = issued.total().min(paid);
      if (setOff.signum() > 0) {
        payments.recordSetOff(new PaymentCommand(issued.number(), setOff, date,
            "set-off " + issued.number() + " / " + (note == null ? contractNumber : note.number()),
            "contractflow: set-off against the credit notes of " + contractNumber));
      }
    }
    quotes.updateStatus(order.quoteNumber(), OrderVariables.QUOTE_WITHDRAWN);
    contracts.updateStatus(contractNumber, ContractStatus.WITHDRAWN);
    // its change requests close; a withdrawn recurring contract bills nothing more: its
    // subscription stops
    lifecycle.contractOver(contractNumber, ContractStatus.WITHDRAWN);
    deadlines.met(DeadlineKind.WITHDRAWAL.key(order.quoteNumber()));
    deadlines.cancelled(DeadlineKind.DEPOSIT_LAPSE.key(order.quoteNumber()));
    notices.issue(notice(noticeKeyPrefix + "/confirmation", NoticeType.WITHDRAWAL_CONFIRMED,
            clause, order)
        .with(new NoticeContent.WithdrawalConfirmed(date, right.deadline(),
            refund.signum() > 0 ? refund : null, note == null ? null : note.number(),
            owed.signum() > 0 ? owed : null))
        .with(NoticeType.RULE, right.statutory() ? AppliedRule.CONSUMER_WITHDRAWAL_14_DAYS
            : AppliedRule.CONTRACTUAL_WITHDRAWAL_PERIOD));
    return new Withdrawal(refund.max(Money.ZERO), note == null ? null : note.number(), owed,
        invoiceNumber);
  }

  /**
   * VI.51 §3: the services supplied before the withdrawal, excl. VAT, when the consumer asked the
   * work to start early and it started (the contract was confirmed): a creation by the share of
   * the work done, a service over time by the days served of its first year.
   */
  private Optional<Calculation> suppliedBeforeWithdrawal(Order order, WithdrawalRight right,
      Conclusion conclusion, LocalDate date, BigDecimal workDonePercent) {
    LocalDate start = order.contract().startDate();
    if (!right.statutory() || !conclusion.earlyStartRequested() || start == null) {
      return Optional.empty();
    }
    BigDecimal price = OrderAmounts.orderTotalExclVat(order.quote());
    if (order.contract().kind().isRecurring()) {
      return Optional.of(WithdrawalCompensation.byDays(price, start, date,
          calendar.lastDayOfTerm(start, 12)));
    }
    if (workDonePercent == null) {
      // not assessed within the 14 days of the refund (VI.50): everything paid is refunded now
      return Optional.empty();
    }
    return Optional.of(WithdrawalCompensation.byWorkDone(price, workDonePercent));
  }

  // --- cancellation before work starts (WJA-18, BDB-10.2) -----------------------------------

  /** What the cancellation step did. */
  public record Cancelled(BigDecimal fee, String feeInvoiceNumber, String creditNoteNumber) {}

  /**
   * The client cancelled before work started: every invoice of the order is credited in full (base
   * and VAT at its rate), the damages of the terms (WJA-18: 30 % of the order, annualised for
   * recurring services; BDB-10.2: 30 %) are a {@code CANCELLATION_FEE} invoice outside the scope of
   * VAT, settled by set-off against what was paid (the rest is owed back); {@code CANCELLED},
   * {@code CANCELLATION_CONFIRMED}.
   */
  @Transactional
  public Cancelled cancel(String noticeKeyPrefix, String contractNumber, LocalDate date) {
    Order order = load(contractNumber);
    return settleCancellation(noticeKeyPrefix, order, date,
        OrderAmounts.cancellationFee(order.rules(), order.quote()), null);
  }

  // --- cancellation during the work (BDB-10.2, WJA-18, CC-1794) -------------------------------

  /**
   * Refuses a cancellation the contract's state or terms do not allow once the order is confirmed:
   * none after delivery (go-live), none where the terms give no cancellation right (a rental's
   * minimum commitment, BDB-R9.3; a recurring service's notice, VIR-7: it ends by TERMINATION).
   *
   * @return whether the amount is pro rata of the work done (BDB-10.2, CC-1794), so that staff
   *     must assess the share done
   * @throws ConflictException with the reason and what to send instead
   */
  public boolean checkCancellationDuringWork(String contractNumber, LocalDate date) {
    Order order = load(contractNumber);
    Terms.Order rules = order.rules();
    ContractStatus status = order.contract().status();
    if (status != ContractStatus.CONFIRMED && status != ContractStatus.IN_PRODUCTION) {
      throw new ConflictException("Cancellation refused: contract " + contractNumber + " is "
          + status + "; an order can be cancelled only until the site is delivered (go-live)."
          + " A running service ends by TERMINATION.");
    }
    if (rules.cancellationPercent() == null && !rules.cancellationProRataOnceWorkStarted()) {
      Terms.Renewal renewal = order.terms().renewal();
      String commitment = renewal.minimumCommitmentClause() != null
          ? renewal.minimumCommitmentClause() : renewal.clientTerminationClause();
      throw new ConflictException("Cancellation refused: under the " + order.terms().profile()
          + " terms a confirmed " + order.contract().kind() + " order cannot be cancelled"
          + (commitment != null ? " (" + commitment + ")" : "")
          + "; send TERMINATION to end it under its terms.");
    }
    LocalDate start = order.contract().startDate();
    if (start != null && date.isBefore(start)) {
      throw new ConflictException("Cancellation refused: it is dated " + date
          + ", before the order was confirmed on " + start + ".");
    }
    return rules.cancellationProRataOnceWorkStarted();
  }

  /**
   * The client cancelled during the work (after confirmation, before go-live). Where the terms
   * say so the amount is the order pro rata of the work done (BDB-10.2; CC-1794 where the terms
   * are silent), else their fixed damages (WJA-18: 30 %, annualised for recurring services); then
   * as {@link #cancel}: every invoice credited in full, the amount invoiced on its own — the price
   * of the work done as an {@code INTERIM} invoice with VAT, fixed damages without — set off
   * against what was paid, {@code CANCELLED}, {@code CANCELLATION_CONFIRMED} with the share of
   * work done.
   *
   * @param workDonePercent the share of the work done (0–100) staff assessed; null where the
   *     terms do not count it
   */
  @Transactional
  public Cancelled cancelDuringWork(String noticeKeyPrefix, String contractNumber, LocalDate date,
      BigDecimal workDonePercent) {
    Order order = load(contractNumber);
    Optional<Calculation> fee = order.rules().cancellationProRataOnceWorkStarted()
        ? Optional.of(OrderAmounts.proRataCancellationFee(order.rules(), order.quote(),
            workDonePercent))
        : OrderAmounts.cancellationFee(order.rules(), order.quote());
    return settleCancellation(noticeKeyPrefix, order, date, fee,
        order.rules().cancellationProRataOnceWorkStarted() ? workDonePercent : null);
  }

  private Cancelled settleCancellation(String noticeKeyPrefix, Order order, LocalDate date,
      Optional<Calculation> fee, BigDecimal workDonePercent) {
    String contractNumber = order.contract().number();
    List<Invoice> all = invoices.forContract(contractNumber);
    cancelOpenInvoices(all);
    BigDecimal paid = paid(all);
    String clause = fee.map(Calculation::clause).orElse(order.rules().depositClause());
    // VAT-correct settlement (docs/READINGS.md "Credit notes and VAT"): every invoice of the order
    // is credited in full at its own rate, and the amount the terms set is invoiced on its own:
    // fixed damages (WJA-18, BDB-10.2 before work) outside the scope of VAT, the price of the work
    // done (BDB-10.2 during work) with VAT. What was paid is set off against it.
    List<CreditNote> credited = creditEveryInvoice(noticeKeyPrefix, all, clause,
        "Cancellation of " + date + " (" + clause + "): the invoice is cancelled");
    CreditNote note = credited.isEmpty() ? null : credited.get(0);
    String feeInvoice = null;
    if (fee.isPresent() && fee.get().amount().signum() > 0) {
      boolean priceOfWorkDone = workDonePercent != null;
      Invoice issued = invoicing.issue(new InvoiceRequest(contractNumber,
          priceOfWorkDone ? InvoiceKind.INTERIM : InvoiceKind.CANCELLATION_FEE, clause, date, null,
          List.of(InvoiceRequest.Item.of(fee.get().label() + " — quote " + order.quoteNumber(),
              fee.get().amount(), clause))));
      feeInvoice = issued.number();
      BigDecimal setOff = issued.total().min(paid);
      if (setOff.signum() > 0) {
        payments.recordSetOff(new PaymentCommand(issued.number(), setOff, date,
            "set-off " + issued.number() + " / " + (note == null ? contractNumber : note.number()),
            "contractflow: set-off against the credit notes of " + contractNumber));
      }
    }
    quotes.updateStatus(order.quoteNumber(), OrderVariables.QUOTE_CANCELLED);
    contracts.updateStatus(contractNumber, ContractStatus.CANCELLED);
    // its change requests close and a running subscription stops (a WJA rental cancelled while
    // its site is built): the cancellation settles the order — every invoice credited, the
    // damages invoiced — and the damages replace the contract's performance (WJA-18)
    lifecycle.contractOver(contractNumber, ContractStatus.CANCELLED);
    deadlines.cancelled(DeadlineKind.WITHDRAWAL.key(order.quoteNumber()));
    deadlines.cancelled(DeadlineKind.DEPOSIT_LAPSE.key(order.quoteNumber()));
    BigDecimal feeAmount = fee.map(Calculation::amount).orElse(Money.ZERO);
    notices.issue(notice(noticeKeyPrefix + "/confirmation", NoticeType.CANCELLATION_CONFIRMED,
            clause, order)
        .with(new NoticeContent.CancellationConfirmed(date, feeAmount, workDonePercent,
            note == null ? null : note.number())));
    return new Cancelled(feeAmount, feeInvoice, note == null ? null : note.number());
  }

  // --- helpers --------------------------------------------------------------------------------

  private void cancelOpenInvoices(List<Invoice> all) {
    for (Invoice invoice : all) {
      if (invoice.status() == InvoiceStatus.OPEN || invoice.status() == InvoiceStatus.CONTESTED) {
        invoices.updateStatus(invoice.number(), InvoiceStatus.CANCELLED);
        deadlines.cancelled(DeadlineKind.INVOICE_DUE.key(invoice.number()));
        deadlines.cancelled(DeadlineKind.INVOICE_CONTEST.key(invoice.number()));
        lifecycle.invoiceCancelled(invoice.number());
      }
    }
  }

  /** One credit note per invoice still billing something, in full, at its own VAT rate. */
  private List<CreditNote> creditEveryInvoice(String noticeKeyPrefix, List<Invoice> all,
      String clause, String reason) {
    var notes = new java.util.ArrayList<CreditNote>();
    for (Invoice invoice : all) {
      Invoice current = invoices.find(invoice.number()).orElseThrow();
      creditNotes.creditInFull(noticeKeyPrefix + "/credit-note/" + invoice.number(), current,
          clause, reason).ifPresent(notes::add);
    }
    return notes;
  }

  private static BigDecimal paid(List<Invoice> all) {
    return all.stream().map(Invoice::paid).reduce(Money.ZERO, BigDecimal::add);
  }

  private static NoticeRequest notice(String key, NoticeType type, String clause, Order order) {
    Terms.Agency agency = order.terms().agency();
    return NoticeRequest.of(key, type, clause, order.client().id())
        .withContract(order.contract().number())
        .withAgency(agency, order.quoteNumber());
  }
}
