package be.contractflow.process.subscription;

import be.contractflow.billing.CreditNoteService;
import be.contractflow.billing.InvoiceRequest;
import be.contractflow.billing.InvoicingService;
import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientRepository;
import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.DeadlineKind;
import be.contractflow.ledger.Deadlines;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoicePeriods;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.ledger.Quote;
import be.contractflow.ledger.QuoteRepository;
import be.contractflow.ledger.RejectedException;
import be.contractflow.ledger.ServiceInterruptions;
import be.contractflow.money.BuyOut;
import be.contractflow.money.Calculation;
import be.contractflow.money.Compensation;
import be.contractflow.money.Money;
import be.contractflow.money.ProRata;
import be.contractflow.money.Reactivation;
import be.contractflow.money.Vat;
import be.contractflow.notice.NoticeContent;
import be.contractflow.notice.NoticeRequest;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.ContractLifecycle;
import be.contractflow.process.ContractNotices;
import be.contractflow.process.change.HourlyRates;
import be.contractflow.process.subscription.SubscriptionSchedule.State;
import be.contractflow.process.subscription.SubscriptionSchedule.Step;
import be.contractflow.process.subscription.SubscriptionSchedule.StepType;
import be.contractflow.process.termination.EffectiveEnd;
import be.contractflow.process.termination.TerminationGround;
import be.contractflow.process.termination.TerminationService;
import be.contractflow.terms.Terms;
import be.contractflow.terms.TermsService;
import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the {@code subscription} process: its start after the order, each scheduled
 * step ({@link SubscriptionSchedule}: period invoices, renewal notices, anniversaries, domain
 * warning, buy-out), and its reactions to the payment process and to provider interruptions.
 */
@Service
@Transactional
public class SubscriptionService {

  /** A subscription's state and the pieces of it the process keeps. */
  public record Progress(State state, BigDecimal price, BigDecimal depositRemainder,
      String renewalInvoiceNumber, Optional<Step> next, boolean buyOutDue,
      boolean renewalPriceDue) {}

  /**
   * The renewal price sales set (BDB-16.2) and the reactivation surcharge (BDB-13.4.1), both excl.
   * VAT, two decimals; the surcharge null when not set.
   */
  public record RenewalPrice(BigDecimal price, BigDecimal reactivationSurcharge) {}

  private final ContractRepository contracts;
  private final ClientRepository clients;
  private final QuoteRepository quotes;
  private final InvoiceRepository invoices;
  private final TermsService termsService;
  private final BusinessCalendar calendar;
  private final BusinessClock clock;
  private final Deadlines deadlines;
  private final NoticeService notices;
  private final InvoicingService invoicing;
  private final CreditNoteService creditNotes;
  private final HourlyRates rates;
  private final ServiceInterruptions interruptions;
  private final TerminationService terminations;
  private final InvoicePeriods periods;
  private final ContractLifecycle lifecycle;

  public SubscriptionService(ContractRepository contracts, ClientRepository clients,
      QuoteRepository quotes, InvoiceRepository invoices, TermsService termsService,
      BusinessCalendar calendar, BusinessClock clock, Deadlines deadlines, NoticeService notices,
      InvoicingService invoicing, CreditNoteService creditNotes, HourlyRates rates,
      ServiceInterruptions interruptions, TerminationService terminations,
      InvoicePeriods periods, ContractLifecycle lifecycle) {
    this.lifecycle = lifecycle;
    this.periods = periods;
    this.contracts = contracts;
    this.clients = clients;
    this.quotes = quotes;
    this.invoices = invoices;
    this.termsService = termsService;
    this.calendar = calendar;
    this.clock = clock;
    this.deadlines = deadlines;
    this.notices = notices;
    this.invoicing = invoicing;
    this.creditNotes = creditNotes;
    this.rates = rates;
    this.interruptions = interruptions;
    this.terminations = terminations;
  }

  /**
   * Starts the {@code subscription} of a confirmed recurring contract (RENTAL, HOSTING,
   * MAINTENANCE, RECURRING), once per contract; the order's first invoice is handed over so it is
   * never issued twice.
   *
   * @return whether a subscription runs for the contract
   */
  @Transactional
  public boolean startFromOrder(String contractNumber, String firstInvoiceNumber) {
    Contract contract = contracts.require(contractNumber);
    Quote quote = quotes.require(contract.quoteNumber());
    if (!contract.kind().isRecurring() || quote.periodicPrice() == null
        || quote.period() == null) {
      return false;
    }
    if (!lifecycle.isRunning(SubscriptionVariables.PROCESS_KEY, contractNumber)) {
      Client client = clients.require(contract.clientId());
      lifecycle.start(SubscriptionVariables.PROCESS_KEY, contractNumber,
          ContractLifecycle.contractVariables(contract, client),
          Variables.createVariables()
              .putValue(SubscriptionVariables.FIRST_INVOICE_NUMBER.name(), firstInvoiceNumber));
    }
    return true;
  }

  /** One subscription as the steps see it. */
  record Subscription(Contract contract, Quote quote, Client client, Terms terms) {
    Terms.Renewal rules() {
      return terms.renewal();
    }
  }

  Subscription load(String contractNumber) {
    Contract contract = contracts.require(contractNumber);
    Client client = clients.require(contract.clientId());
    return new Subscription(contract, quotes.require(contract.quoteNumber()), client,
        termsService.termsFor(contract, client.type()));
  }

  // --- start ------------------------------------------------------------------------------

  /**
   * The contract runs: its anniversary and term are on the contract, the order's first invoice
   * counts as the periods it paid (a first period; a deposit as many whole periods as it covers,
   * the rest deducted from the next invoice), and the first step is planned.
   */
  public Progress start(String contractNumber, String firstInvoiceNumber) {
    Subscription sub = load(contractNumber);
    Contract contract = sub.contract();
    LocalDate start = contract.startDate() != null ? contract.startDate() : clock.today();
    Terms.Renewal rules = sub.rules();
    int periodMonths = sub.quote().period().months();
    BigDecimal price = sub.quote().periodicPrice();
    LocalDate prepaidUntil = start.minusDays(1);
    BigDecimal remainder = BigDecimal.ZERO;
    if (firstInvoiceNumber != null) {
      Invoice first = invoices.require(firstInvoiceNumber);
      BigDecimal paidAhead = first.amountExclVat();
      int periods = paidAhead.divide(price, 0, RoundingMode.DOWN).intValue();
      if (periods > 0) {
        prepaidUntil = calendar.lastDayOfTerm(start, periods * periodMonths);
      }
      // the periods the order's invoice pays for, for a credit if the contract ends within them
      LocalDate from = start;
      for (int k = 1; k <= periods; k++) {
        LocalDate to = calendar.lastDayOfTerm(start, k * periodMonths);
        this.periods.record(firstInvoiceNumber, from, to, Money.cents(price));
        from = to.plusDays(1);
      }
      remainder = paidAhead.subtract(price.multiply(BigDecimal.valueOf(periods)));
    }
    LocalDate termEnd = rules.initialTermMonths() == null ? null
        : calendar.lastDayOfTerm(start, rules.initialTermMonths());
    LocalDate anniversary = calendar.anniversary(start, 1);
    contracts.updateDates(contractNumber, start, anniversary, contract.effectiveEndDate());
    activate(contract);
    if (termEnd != null) {
      deadlines.record(DeadlineKind.TERM_END.key(contractNumber, termEnd), contractNumber, null,
          rules.termClause(), (rules.tacitRenewal() ? "Term ends, renewed tacitly unless "
              + "terminated" : "Term ends, not renewed automatically"), termEnd);
    }
    State state = new State(start, periodMonths, rules.monthlyDebitDayOfMonth(), prepaidUntil,
        termEnd, anniversary, EnumSet.noneOf(StepType.class), contract.effectiveEndDate());
    return progress(rules, state, Money.cents(price), Money.cents(remainder), null, false, false);
  }

  // --- scheduled steps ---------------------------------------------------------------------

  /** Runs the step that is due, then plans the next one. */
  public Progress run(String noticeKeyPrefix, String contractNumber, StepType type, State before,
      BigDecimal price, BigDecimal renewalPrice, BigDecimal reactivationSurcharge,
      BigDecimal depositRemainder, String renewalInvoiceNumber) {
    Subscription sub = load(contractNumber);
    Terms.Renewal rules = sub.rules();
    State s = withEnd(before, sub.contract().effectiveEndDate());
    var done = EnumSet.noneOf(StepType.class);
    done.addAll(s.done());
    BigDecimal newPrice = renewalPrice != null ? renewalPrice : price;
    boolean buyOut = false;
    boolean renewalPriceDue = false;
    switch (type) {
      case RENEWAL_PRICE -> {
        deadlines.record(renewalPriceKey(sub.contract().number(), s.anniversary()),
            sub.contract().number(), null, tariffClause(rules),
            "Renewal price set by sales before the tariff notice of "
                + SubscriptionSchedule.tariffDate(rules, s.anniversary()),
            SubscriptionSchedule.renewalPriceDueDate(calendar, rules, s.anniversary()));
        renewalPriceDue = true;
        done.add(type);
      }
      case INVOICE -> {
        var issued = invoicePeriod(sub, s, price, depositRemainder);
        s = with(s, issued, s.termEnd(), s.anniversary(), done);
        depositRemainder = Money.ZERO;
      }
      case TARIFF -> {
        // BDB-16.2: nobody set the price by now: the current price applies (READINGS)
        deadlines.missed(renewalPriceKey(sub.contract().number(), s.anniversary()));
        notices.issue(notice(noticeKeyPrefix + "/tariff", NoticeType.RENEWAL_TARIFF,
                tariffClause(rules), sub)
            .with(new NoticeContent.RenewalTariff(s.anniversary(), price, newPrice,
                sub.quote().period())));
        done.add(type);
      }
      case REMINDER -> {
        renewalInvoiceNumber = remindRenewal(noticeKeyPrefix, sub, s, newPrice);
        done.add(type);
      }
      case DOMAIN_WARNING -> {
        warnDomain(noticeKeyPrefix, sub, s);
        done.add(type);
      }
      case BUY_OUT -> {
        buyOut = true;
        done.add(type);
      }
      case ANNIVERSARY -> {
        indexRegieRate(sub, s.anniversary());
        if (rules.tacitRenewal() || s.termEnd() == null || renewalPaid(renewalInvoiceNumber)) {
          s = renew(sub, s, renewalInvoiceNumber);
          price = newPrice;
          renewalInvoiceNumber = null;
        } else {
          notices.issue(notice(noticeKeyPrefix + "/closing", NoticeType.MAINTENANCE_CLOSING,
                  rules.renewalNoticeClause(), sub)
              .with(new NoticeContent.MaintenanceClosing(s.anniversary(), stopDate(rules, s))));
          done.add(type);
          s = with(s, s.prepaidUntil(), s.termEnd(), s.anniversary(), done);
        }
      }
      case STOP -> {
        if (renewalPaid(renewalInvoiceNumber)) {
          s = renew(sub, s, renewalInvoiceNumber);
          price = newPrice;
          renewalInvoiceNumber = null;
        } else {
          stop(noticeKeyPrefix, sub, s, renewalInvoiceNumber, newPrice, reactivationSurcharge);
          return new Progress(s, price, depositRemainder, renewalInvoiceNumber, Optional.empty(),
              false, false);
        }
      }
    }
    if (type != StepType.INVOICE && type != StepType.ANNIVERSARY && type != StepType.STOP) {
      s = with(s, s.prepaidUntil(), s.termEnd(), s.anniversary(), done);
    }
    return progress(rules, s, price, depositRemainder, renewalInvoiceNumber, buyOut,
        renewalPriceDue);
  }

  private Progress progress(Terms.Renewal rules, State s, BigDecimal price, BigDecimal remainder,
      String renewalInvoiceNumber, boolean buyOut, boolean renewalPriceDue) {
    return new Progress(s, price, remainder, renewalInvoiceNumber,
        SubscriptionSchedule.next(calendar, rules, s), buyOut, renewalPriceDue);
  }

  private static String renewalPriceKey(String contractNumber, LocalDate anniversary) {
    return DeadlineKind.RENEWAL_PRICE.key(contractNumber, anniversary);
  }

  /** BDB-16.2 where the terms name a tariff clause, else the renewal notices' clause. */
  private static String tariffClause(Terms.Renewal rules) {
    return rules.renewalTariffClause() != null ? rules.renewalTariffClause()
        : rules.renewalNoticeClause();
  }

  /**
   * BDB-16.2: sales set the next term's price (task "Set renewal price", before the tariff
   * notice); BDB-13.4.1: and the surcharge a reactivation after the stop would cost. A price must
   * be a positive amount, a surcharge zero or more; a refusal keeps the task open.
   */
  public RenewalPrice setRenewalPrice(String contractNumber, LocalDate anniversary,
      LocalDate tariffDate, Object price, Object surcharge) {
    if (tariffDate != null && !clock.today().isBefore(tariffDate)) {
      throw new RejectedException("The tariff notice of " + tariffDate + " announces the "
          + "current price: the price of the term starting " + anniversary + " can no longer "
          + "change (BDB-16.2). Agree any other price with the client in writing.");
    }
    BigDecimal p = amount(price, "renewal price");
    if (p == null || p.signum() <= 0) {
      throw new RejectedException("The renewal price is missing or not positive: enter the price "
          + "of the next term excl. VAT, e.g. 320.00 (leave the task open to keep the current "
          + "price: it applies when nobody sets one before the tariff notice).");
    }
    BigDecimal extra = amount(surcharge, "reactivation surcharge");
    if (extra != null && extra.signum() < 0) {
      throw new RejectedException("The reactivation surcharge cannot be negative: enter 0 or "
          + "more excl. VAT, or leave it empty.");
    }
    deadlines.met(renewalPriceKey(contractNumber, anniversary));
    return new RenewalPrice(Money.cents(p), extra == null ? null : Money.cents(extra));
  }

  /** The dates of the renewal price task of the term starting on {@code anniversary}. */
  public record RenewalPriceTask(LocalDate anniversary, LocalDate tariffDate, LocalDate dueDate) {}

  /** BDB-16.2: the anniversary, the tariff notice date (J−30) and the task's due date. */
  public RenewalPriceTask renewalPriceTask(String contractNumber, LocalDate anniversary) {
    Terms.Renewal rules = load(contractNumber).rules();
    return new RenewalPriceTask(anniversary, SubscriptionSchedule.tariffDate(rules, anniversary),
        SubscriptionSchedule.renewalPriceDueDate(calendar, rules, anniversary));
  }

  private static BigDecimal amount(Object value, String what) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.toString().trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new RejectedException("The " + what + " '" + value + "' is not an amount: enter "
          + "EUR excl. VAT with a dot for the cents, e.g. 320.00.");
    }
  }

  /** A period's invoice in advance, pro rata when the contract ends within it; the deposit rest deducted. */
  private LocalDate invoicePeriod(Subscription sub, State s, BigDecimal price,
      BigDecimal depositRemainder) {
    Contract contract = sub.contract();
    LocalDate periodStart = s.prepaidUntil().plusDays(1);
    LocalDate periodEnd = SubscriptionSchedule.periodEnd(calendar, s.start(), s.periodMonths(),
        periodStart);
    LocalDate last = s.effectiveEnd() != null && s.effectiveEnd().isBefore(periodEnd)
        ? s.effectiveEnd() : periodEnd;
    String clause = periodClause(sub);
    Calculation amount = ProRata.of(clause, price,
        (int) ChronoUnit.DAYS.between(periodStart, last) + 1,
        (int) ChronoUnit.DAYS.between(periodStart, periodEnd) + 1);
    var items = new ArrayList<InvoiceRequest.Item>();
    items.add(InvoiceRequest.Item.of(amount.label() + " " + periodStart + " – " + last,
        amount.amount(), clause));
    if (depositRemainder.signum() > 0) {
      BigDecimal deducted = depositRemainder.min(amount.amount());
      items.add(InvoiceRequest.Item.of("Deposit deducted", deducted.negate(), clause));
    }
    // dated the day it is issued, even after an outage; it names its period (READINGS)
    Invoice issued = invoicing.issue(new InvoiceRequest(contract.number(), InvoiceKind.PERIODIC,
        clause, clock.today(), null, List.copyOf(items)),
        new InvoicingService.Period(periodStart, last));
    periods.record(issued.number(), periodStart, last, amount.amount());
    activate(contract);
    return last;
  }

  private static String periodClause(Subscription sub) {
    Terms.Order order = sub.terms().order();
    return order.depositClause() != null ? order.depositClause() : sub.rules().termClause();
  }

  /** BDB-13.3: the renewal invoice (first period of the next term) and RENEWAL_REMINDER. */
  private String remindRenewal(String keyPrefix, Subscription sub, State s, BigDecimal newPrice) {
    Terms.Renewal rules = sub.rules();
    LocalDate j = s.anniversary();
    LocalDate periodEnd = SubscriptionSchedule.periodEnd(calendar, s.start(), s.periodMonths(), j);
    Invoice invoice = invoicing.issue(new InvoiceRequest(sub.contract().number(),
        InvoiceKind.PERIODIC, rules.renewalNoticeClause(), clock.today(), null,
        List.of(InvoiceRequest.Item.of("Renewal: period " + j + " – " + periodEnd, newPrice,
            rules.renewalNoticeClause()))), new InvoicingService.Period(j, periodEnd));
    periods.record(invoice.number(), j, periodEnd, Money.cents(newPrice));
    LocalDate stop = stopDate(rules, s);
    deadlines.record(DeadlineKind.RENEWAL_PAYMENT.key(sub.contract().number(), j),
        sub.contract().number(), invoice.number(), rules.renewalNoticeClause(),
        "Renewal paid, else maintenance stops", stop);
    notices.issue(notice(keyPrefix + "/reminder", NoticeType.RENEWAL_REMINDER,
            rules.renewalNoticeClause(), sub)
        .with(new NoticeContent.RenewalReminder(j, newPrice, invoice.dueDate(), 1)));
    return invoice.number();
  }

  private LocalDate stopDate(Terms.Renewal rules, State s) {
    return SubscriptionSchedule.stopDate(calendar, rules, s.anniversary());
  }

  private boolean renewalPaid(String renewalInvoiceNumber) {
    if (renewalInvoiceNumber == null) {
      return false;
    }
    Invoice invoice = invoices.require(renewalInvoiceNumber);
    return invoice.status() == InvoiceStatus.PAID || invoice.openPrincipal().signum() <= 0;
  }

  /** A new term: tacit (WJA-21, BDB-R10) or paid (BDB-13.3); the next anniversary on the contract. */
  private State renew(Subscription sub, State s, String renewalInvoiceNumber) {
    Terms.Renewal rules = sub.rules();
    String number = sub.contract().number();
    LocalDate j = s.anniversary();
    LocalDate prepaidUntil = s.prepaidUntil();
    LocalDate termEnd = s.termEnd();
    if (termEnd != null) {
      deadlines.met(DeadlineKind.TERM_END.key(number, termEnd));
      termEnd = EffectiveEnd.termEndOn(calendar, rules, s.start(), j);
      deadlines.record(DeadlineKind.TERM_END.key(number, termEnd), number, null, rules.termClause(),
          rules.tacitRenewal() ? "Term ends, renewed tacitly unless terminated"
              : "Term ends, not renewed automatically", termEnd);
    }
    if (renewalInvoiceNumber != null) {
      prepaidUntil = SubscriptionSchedule.periodEnd(calendar, s.start(), s.periodMonths(), j);
      deadlines.met(DeadlineKind.RENEWAL_PAYMENT.key(number, j));
    }
    LocalDate next = calendar.anniversary(s.start(),
        (int) ChronoUnit.YEARS.between(s.start(), j) + 1);
    Contract contract = contracts.require(number);
    contracts.updateDates(number, contract.startDate(), next, contract.effectiveEndDate());
    return new State(s.start(), s.periodMonths(), s.debitDay(), prepaidUntil, termEnd, next,
        EnumSet.noneOf(StepType.class), s.effectiveEnd());
  }

  /** BDB-13.4.1: unpaid at J+15: MAINTENANCE_STOPPED, the renewal cancelled, the contract ends. */
  private void stop(String keyPrefix, Subscription sub, State s, String renewalInvoiceNumber,
      BigDecimal renewalPrice, BigDecimal surcharge) {
    Terms.Renewal rules = sub.rules();
    String number = sub.contract().number();
    if (renewalInvoiceNumber != null) {
      // an issued invoice is cancelled by a credit note, never by its status alone (Royal Decree
      // No. 1, art. 5: the VAT charged is regularised by a document naming the invoice)
      creditNotes.creditInFull(keyPrefix + "/credit-note/" + renewalInvoiceNumber,
          invoices.require(renewalInvoiceNumber), "BDB-13.4.1",
          "BDB-13.4.1: renewal unpaid at J+15, the maintenance stopped");
      invoices.updateStatus(renewalInvoiceNumber, InvoiceStatus.CANCELLED);
      deadlines.cancelled(DeadlineKind.INVOICE_DUE.key(renewalInvoiceNumber));
      deadlines.cancelled(DeadlineKind.INVOICE_CONTEST.key(renewalInvoiceNumber));
      lifecycle.invoiceCancelled(renewalInvoiceNumber);
    }
    deadlines.missed(DeadlineKind.RENEWAL_PAYMENT.key(number, s.anniversary()));
    // BDB-13.4.1: what a reactivation costs, when the terms charge a surcharge and sales set it
    Calculation reactivation = rules.reactivationSurcharge() && surcharge != null
        ? Reactivation.of(rules.reactivationClause() != null ? rules.reactivationClause()
            : rules.renewalNoticeClause(), renewalPrice, surcharge)
        : null;
    notices.issue(notice(keyPrefix + "/stopped", NoticeType.MAINTENANCE_STOPPED,
            rules.renewalNoticeClause(), sub)
        .with(new NoticeContent.MaintenanceStopped(clock.today(),
            reactivation == null ? null : (BigDecimal) reactivation.inputs().get("surcharge"),
            reactivation == null ? null : reactivation.amount())));
    terminations.startFromProcess(number, TerminationGround.RENEWAL_LAPSED, s.termEnd(),
        rules.renewalNoticeClause(), "renewal unpaid on " + clock.today());
  }

  /** VIR-8: the régie rate indexed on the anniversary, recorded with its index values. */
  private void indexRegieRate(Subscription sub, LocalDate j) {
    Terms.Renewal rules = sub.rules();
    if (!rules.regieRateIndexedYearly()) {
      return;
    }
    String number = sub.contract().number();
    String key = DeadlineKind.REGIE_RATE.key(number, j);
    deadlines.record(key, number, null, rules.regieRateClause(),
        "Régie rate indexed on the anniversary", j);
    try {
      Calculation rate = rates.at(sub.contract(), sub.terms(), j);
      var in = rate.inputs();
      deadlines.record(key, number, null, rules.regieRateClause(),
          "Régie rate indexed: " + rate.amount() + " EUR/h = " + in.get("baseRate") + " x CPI "
              + in.get("anniversaryIndexMonth") + " " + in.get("anniversaryIndex") + " / CPI "
              + in.get("startIndexMonth") + " " + in.get("startIndex") + " (base "
              + in.get("indexBase") + ")", j);
      deadlines.met(key);
    } catch (IllegalStateException e) {
      deadlines.record(key, number, null, rules.regieRateClause(),
          "Régie rate to index when the CPI is published", j);
    }
  }

  /** The régie rate in force on {@code date} (VIR-8), for the process variables. */
  public Calculation regieRate(String contractNumber, LocalDate date) {
    Subscription sub = load(contractNumber);
    return sub.rules().regieRateIndexedYearly()
        ? rates.at(sub.contract(), sub.terms(), date) : null;
  }

  /** WJA-21: DOMAIN_RELEASE_WARNING before the annual term. */
  private void warnDomain(String keyPrefix, Subscription sub, State s) {
    Terms.Renewal rules = sub.rules();
    LocalDate termEnd = s.anniversary().minusDays(1);
    int months = rules.clientNoticeMonths() != null ? rules.clientNoticeMonths() : 0;
    String domain = sub.quote().lines().isEmpty() ? null
        : sub.quote().lines().get(0).description();
    notices.issue(notice(keyPrefix + "/domain", NoticeType.DOMAIN_RELEASE_WARNING,
            rules.domainClause(), sub)
        .with(new NoticeContent.DomainReleaseWarning(domain, termEnd,
            s.anniversary().minusMonths(months))));
  }

  /** BDB-R10: the buy-out quote net of everything paid, valid until the end of the contract year. */
  public BigDecimal sendBuyOutQuote(String noticeKey, String contractNumber, BigDecimal price,
      LocalDate anniversary) {
    Subscription sub = load(contractNumber);
    BigDecimal paid = invoices.forContract(contractNumber).stream()
        .map(Invoice::paid).reduce(Money.ZERO, BigDecimal::add);
    Calculation net = BuyOut.of(sub.rules().buyOutClause(), price, paid);
    notices.issue(notice(noticeKey, NoticeType.BUYOUT_QUOTE, net.clause(), sub)
        .with(new NoticeContent.BuyoutQuote(price, paid, net.amount(), anniversary.minusDays(1))));
    return net.amount();
  }

  /** Whether the terms ask a preventive visit every month (BDB-13.2). */
  public boolean visitsDue(String contractNumber) {
    return load(contractNumber).rules().preventiveVisitIntervalMonths() != null;
  }

  /** A preventive visit: the first day of its month and the last day to make it. */
  public record Visit(LocalDate monthStart, LocalDate dueDate, String deadlineKey) {}

  /** BDB-13.2: the {@code index}-th visit (from 0), recorded as a deadline. */
  public Visit planVisit(String contractNumber, int index) {
    Subscription sub = load(contractNumber);
    int months = sub.rules().preventiveVisitIntervalMonths();
    LocalDate start = sub.contract().startDate();
    LocalDate monthStart = index == 0 ? start
        : calendar.lastDayOfTerm(start, index * months).plusDays(1);
    LocalDate due = calendar.lastDayOfTerm(start, (index + 1) * months);
    String key = DeadlineKind.PREVENTIVE_VISIT.key(contractNumber, monthStart);
    deadlines.record(key, contractNumber, null, sub.rules().serviceClause(),
        "Preventive visit of the month from " + monthStart, due);
    return new Visit(monthStart, due, key);
  }

  // --- interplay ------------------------------------------------------------------------------

  /** The payment process suspended the services (VIR-9, WJA-11, BDB-16.6, BDB-R5.2). */
  public void suspend(String contractNumber) {
    contracts.updateSuspended(contractNumber, true);
  }

  /** The payment that ended a suspension came in. */
  public void restore(String contractNumber) {
    contracts.updateSuspended(contractNumber, false);
  }

  /**
   * WJA-12: the payment process resolved the contract; termination at once, under the clause the
   * message carries, else the resolution clause of the contract's terms.
   */
  public void handOverResolution(String contractNumber, LocalDate resolvedOn, String clause) {
    String resolution = clause != null ? clause
        : load(contractNumber).terms().dunning().resolutionClause();
    terminations.startFromProcess(contractNumber, TerminationGround.RESOLUTION, resolvedOn,
        resolution, "resolved on " + resolvedOn);
  }

  /** SERVICE_INTERRUPTED by the provider: recorded, the client told, BDB-R8's date as a deadline. */
  public void interrupt(String noticeKey, String contractNumber, LocalDate since, String reason) {
    Subscription sub = load(contractNumber);
    Terms.Renewal rules = sub.rules();
    interruptions.open(contractNumber, since, reason);
    LocalDate rightFrom = null;
    if (rules.interruptionTerminationDays() != null) {
      rightFrom = since.plusDays(rules.interruptionTerminationDays() + 1L);
      deadlines.record(DeadlineKind.INTERRUPTION.key(contractNumber, since), contractNumber,
          null, rules.interruptionClause(), "Client may terminate if the service is still "
              + "interrupted", rightFrom);
    }
    notices.issue(notice(noticeKey, NoticeType.SERVICE_INTERRUPTED,
            rules.interruptionClause() != null ? rules.interruptionClause()
                : rules.faultCompensationClause(), sub)
        .with(new NoticeContent.ServiceInterrupted(since, reason, rightFrom)));
  }

  /**
   * SERVICE_RESTORED: VIR-10 compensation (the period's price × days without service / days in
   * the period, capped at the amount billed) as a credit note, and SERVICE_RESTORED.
   *
   * @return the compensation incl. VAT, zero when the terms grant none
   */
  public BigDecimal restoreService(String noticeKey, String contractNumber, LocalDate restoredOn) {
    Subscription sub = load(contractNumber);
    Terms.Renewal rules = sub.rules();
    var open = interruptions.current(contractNumber).orElseThrow(() ->
        new ConflictException("Contract " + contractNumber
            + " has no interruption to end: send SERVICE_INTERRUPTED first."));
    int days = (int) ChronoUnit.DAYS.between(open.interruptedOn(), restoredOn);
    BigDecimal compensation = Money.ZERO;
    String creditNote = null;
    if (rules.faultCompensationProRata() && days > 0) {
      List<Calculation> lines = compensation(sub, open.interruptedOn(), restoredOn.minusDays(1));
      BigDecimal excl = lines.stream().map(Calculation::amount)
          .reduce(Money.ZERO, BigDecimal::add);
      if (excl.signum() > 0) {
        String clause = rules.faultCompensationClause();
        compensation = excl.add(Vat.on(clause, excl, Vat.STANDARD_RATE).amount());
        creditNote = creditNotes.issue(noticeKey + "/credit-note", contractNumber, null, clause,
            compensation, String.join("; ", lines.stream()
                .map(line -> line.label() + " (" + line.inputs() + ")").toList())).number();
      }
    }
    interruptions.close(open.id(), restoredOn, compensation, creditNote);
    if (rules.interruptionTerminationDays() != null) {
      String key = DeadlineKind.INTERRUPTION.key(contractNumber, open.interruptedOn());
      if (days > rules.interruptionTerminationDays()) {
        deadlines.met(key);
      } else {
        deadlines.cancelled(key);
      }
    }
    notices.issue(notice(noticeKey, NoticeType.SERVICE_RESTORED,
            rules.faultCompensationClause() != null ? rules.faultCompensationClause()
                : rules.interruptionClause(), sub)
        .with(new NoticeContent.ServiceRestored(restoredOn, open.interruptedOn(),
            compensation.signum() > 0 ? compensation : null)));
    return compensation;
  }

  /**
   * VIR-10, one line per billing period the interruption touches: the period's price × the days
   * without service in it / the days of the period, capped at the amount billed for that period
   * (the last periodic invoice issued on or before the period's first day: in advance, or the
   * BDB-16.4 debit before it).
   */
  private List<Calculation> compensation(Subscription sub, LocalDate firstDayDown,
      LocalDate lastDayDown) {
    String number = sub.contract().number();
    LocalDate start = sub.contract().startDate();
    int months = sub.quote().period().months();
    BigDecimal price = sub.quote().periodicPrice();
    List<Invoice> periodic = invoices.forContract(number).stream()
        .filter(i -> i.kind() == InvoiceKind.PERIODIC && i.status() != InvoiceStatus.CANCELLED)
        .toList();
    List<Calculation> lines = new ArrayList<>();
    LocalDate from = firstDayDown;
    while (!from.isAfter(lastDayDown)) {
      LocalDate periodEnd = SubscriptionSchedule.periodEnd(calendar, start, months, from);
      LocalDate periodStart = periodStart(start, months, periodEnd);
      LocalDate to = lastDayDown.isBefore(periodEnd) ? lastDayDown : periodEnd;
      BigDecimal billed = periodic.stream().filter(i -> !i.issueDate().isAfter(periodStart))
          .reduce((a, b) -> b).map(Invoice::amountExclVat).orElse(Money.ZERO);
      lines.add(Compensation.of(sub.rules().faultCompensationClause(), price,
          (int) ChronoUnit.DAYS.between(from, to) + 1,
          (int) ChronoUnit.DAYS.between(periodStart, periodEnd) + 1, billed));
      from = periodEnd.plusDays(1);
    }
    return lines;
  }

  private LocalDate periodStart(LocalDate start, int months, LocalDate periodEnd) {
    int m = months;
    LocalDate previousEnd = start.minusDays(1);
    while (calendar.lastDayOfTerm(start, m).isBefore(periodEnd)) {
      previousEnd = calendar.lastDayOfTerm(start, m);
      m += months;
    }
    return previousEnd.plusDays(1);
  }

  // --- helpers --------------------------------------------------------------------------------

  /** A recurring contract without a site to build runs from confirmation; a site from acceptance. */
  private void activate(Contract contract) {
    Contract now = contracts.require(contract.number());
    boolean running = now.status() == ContractStatus.ACCEPTED
        || (now.status() == ContractStatus.CONFIRMED && now.kind() != ContractKind.RENTAL);
    if (running) {
      contracts.updateStatus(now.number(), ContractStatus.ACTIVE);
    }
  }

  private static State withEnd(State s, LocalDate effectiveEnd) {
    return new State(s.start(), s.periodMonths(), s.debitDay(), s.prepaidUntil(), s.termEnd(),
        s.anniversary(), s.done(), effectiveEnd);
  }

  private static State with(State s, LocalDate prepaidUntil, LocalDate termEnd,
      LocalDate anniversary, Set<StepType> done) {
    return new State(s.start(), s.periodMonths(), s.debitDay(), prepaidUntil, termEnd,
        anniversary, done, s.effectiveEnd());
  }

  private static NoticeRequest notice(String key, NoticeType type, String clause,
      Subscription sub) {
    return ContractNotices.of(key, type, clause, sub.client().id(), sub.contract().number(),
        sub.quote().number(), sub.terms().agency());
  }
}
