package be.contractflow.process.delivery;

import be.contractflow.ledger.DeadlineKind;
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
import be.contractflow.ledger.Deadline;
import be.contractflow.ledger.Deadlines;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.ledger.Quote;
import be.contractflow.ledger.QuoteRepository;
import be.contractflow.money.Calculation;
import be.contractflow.money.Deposits;
import be.contractflow.money.ExtraTime;
import be.contractflow.notice.NoticeContent;
import be.contractflow.notice.NoticeRequest;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.ContractLifecycle;
import be.contractflow.process.TypedVariables;
import be.contractflow.process.change.HourlyRates;
import be.contractflow.process.order.OrderAmounts;
import be.contractflow.process.order.OrderService;
import be.contractflow.terms.Terms;
import be.contractflow.terms.TermsService;
import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the {@code delivery} process: each step reads the contract's terms (never its
 * profile), computes its dates with the business calendar, records the deadlines it opens in
 * {@link Deadlines}, and writes the ledger. Called by the thin delegates of this package.
 */
@Service
@Transactional
public class DeliveryService {

  /** What "Request client contents" decided: the due date and what the chase may do. */
  public record ContentsRequest(LocalDate dueDate, String deadlineKey, boolean suspendAllowed,
      boolean interimAllowed, String waitingClause) {}

  /** What "Start production" decided. */
  public record Production(LocalDate buildDueDate, String deadlineKey, boolean progressInvoiceDue,
      BigDecimal reworkHourlyRate) {}

  /** The windows a go-live opens (null when the terms have no such window). */
  public record GoLive(LocalDate goLiveDate, LocalDate nonConformityUntil,
      String nonConformityDeadlineKey, LocalDate tweaksUntil, String tweakDeadlineKey,
      LocalDate warrantyUntil, String warrantyDeadlineKey, LocalDate trainingUntil,
      String trainingDeadlineKey, LocalDate hiddenDefectReportUntil,
      String hiddenDefectReportDeadlineKey, LocalDate hiddenDefectActionUntil,
      String hiddenDefectActionDeadlineKey, boolean balanceInvoiceDue) {}

  /** A new non-conformity window after a corrected site was put online (WJA-24). */
  public record Redelivery(LocalDate deliveredOn, LocalDate nonConformityUntil,
      String deadlineKey) {}

  private final ContractRepository contracts;
  private final Deadlines deadlines;
  private final BusinessCalendar calendar;
  private final NoticeService notices;
  private final InvoicingService invoicing;
  private final HourlyRates rates;
  private final BusinessClock clock;
  private final OrderService orders;
  private final InvoiceRepository invoices;
  private final ClientRepository clients;
  private final QuoteRepository quotes;
  private final ContractLifecycle lifecycle;
  private final TermsService termsService;

  public DeliveryService(ContractRepository contracts, Deadlines deadlines,
      BusinessCalendar calendar, NoticeService notices, InvoicingService invoicing,
      HourlyRates rates, BusinessClock clock, OrderService orders, InvoiceRepository invoices,
      ClientRepository clients, QuoteRepository quotes, ContractLifecycle lifecycle,
      TermsService termsService) {
    this.termsService = termsService;
    this.clients = clients;
    this.quotes = quotes;
    this.lifecycle = lifecycle;
    this.invoices = invoices;
    this.contracts = contracts;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.notices = notices;
    this.invoicing = invoicing;
    this.rates = rates;
    this.clock = clock;
    this.orders = orders;
  }

  /**
   * Starts the {@code delivery} of a confirmed order whose contract is a site to build (a
   * PROJECT, or a RENTAL whose site is built before it goes online), once per contract.
   *
   * @return whether a delivery runs for the contract
   */
  @Transactional
  public boolean start(String contractNumber) {
    Contract contract = contracts.require(contractNumber);
    ContractKind kind = contract.kind();
    if (kind != ContractKind.PROJECT && kind != ContractKind.RENTAL) {
      return false;
    }
    if (!lifecycle.isRunning(DeliveryVariables.PROCESS_KEY, contractNumber)) {
      Quote quote = quotes.require(contract.quoteNumber());
      Client client = clients.require(contract.clientId());
      lifecycle.start(DeliveryVariables.PROCESS_KEY, contractNumber,
          ContractLifecycle.contractVariables(contract, client),
          TypedVariables.of(DeliveryVariables.ORDER_TOTAL_EXCL_VAT,
              OrderAmounts.oneOffExclVat(quote)).map());
    }
    return true;
  }

  /**
   * BDB-6.3: contents due {@code contentsDueBusinessDays} business days after the order (today),
   * recorded as a deadline; VIR-3.2 and terms without a contents period: a follow-up date only.
   * Sends {@code CONTENTS_REQUESTED} with the date.
   */
  public ContentsRequest requestContents(String noticeKey, String contractNumber, String clientId,
      Terms terms, int defaultFollowUpBusinessDays) {
    Terms.Delivery delivery = terms.delivery();
    LocalDate today = clock.today();
    String clause = delivery.contentsClause() != null ? delivery.contentsClause()
        : delivery.waitingClause();
    ProductionDates.Due contents = ProductionDates.contentsDue(calendar, delivery, contractNumber,
        today, defaultFollowUpBusinessDays);
    if (contents.isDeadline()) {
      deadlines.record(contents.key(), contractNumber, null, contents.clause(), contents.label(),
          contents.date());
    }
    LocalDate due = contents.date();
    String key = contents.key();
    notices.issue(agency(NoticeRequest.of(noticeKey, NoticeType.CONTENTS_REQUESTED, clause,
            clientId), terms, contractNumber)
        .with(new NoticeContent.ContentsRequested(due)));
    return new ContentsRequest(due, key, delivery.suspendWhileWaitingForContents(),
        delivery.interimInvoiceOnSlowContents(), delivery.waitingClause());
  }

  /** BDB-11.2, VIR-3.2: the order is suspended while the client's elements are missing. */
  public void suspendOrder(String contractNumber, Terms terms) {
    if (!terms.delivery().suspendWhileWaitingForContents()) {
      throw new IllegalStateException("the terms of " + contractNumber
          + " do not allow suspending the order while waiting for contents");
    }
    contracts.updateSuspended(contractNumber, true);
  }

  /** BDB-11.2: an intermediate invoice for the work done while the contents are late. */
  public Invoice issueInterimInvoice(String contractNumber, Terms terms, BigDecimal amountExclVat,
      String description) {
    Terms.Delivery delivery = terms.delivery();
    if (!delivery.interimInvoiceOnSlowContents()) {
      throw new IllegalStateException("the terms of " + contractNumber
          + " do not provide an intermediate invoice while waiting for contents");
    }
    if (amountExclVat == null || amountExclVat.signum() <= 0) {
      throw new IllegalArgumentException("the interim invoice needs a positive amount, got "
          + amountExclVat);
    }
    String label = description == null || description.isBlank()
        ? "Work done while waiting for the client's elements" : description;
    return invoicing.issue(new InvoiceRequest(contractNumber, InvoiceKind.INTERIM,
        delivery.waitingClause(), null, null,
        List.of(InvoiceRequest.Item.of(label, amountExclVat, delivery.waitingClause()))));
  }

  /**
   * BDB-6.3: contents received on {@code receivedOn}; delivery due {@code deliveryBusinessDays}
   * business days later (a deadline), else (WJA-14: indicative) after the default. Status
   * IN_PRODUCTION, suspension lifted.
   */
  public Production startProduction(String contractNumber, Terms terms, LocalDate receivedOn,
      BigDecimal orderTotalExclVat, int defaultBuildBusinessDays) {
    Terms.Delivery delivery = terms.delivery();
    deadlines.met(DeadlineKind.CONTENTS.key(contractNumber));
    ProductionDates.Due build = ProductionDates.buildDue(calendar, delivery, contractNumber,
        receivedOn, defaultBuildBusinessDays);
    if (build.isDeadline()) {
      deadlines.record(build.key(), contractNumber, null, build.clause(), build.label(),
          build.date());
    }
    LocalDate due = build.date();
    String key = build.key();
    contracts.updateStatus(contractNumber, ContractStatus.IN_PRODUCTION);
    contracts.updateSuspended(contractNumber, false);
    boolean progress = schedule(terms, orderTotalExclVat)
        .map(lines -> lines.get(1).amount().signum() > 0).orElse(false);
    Calculation rate = rates.at(contracts.require(contractNumber), terms, receivedOn);
    return new Production(due, key, progress, rate == null ? null : rate.amount());
  }

  /** WJA-2: the share "during development" (instalment 2 of the terms' schedule). */
  public Invoice issueProgressInvoice(String contractNumber, Terms terms, BigDecimal orderTotal) {
    Calculation share = schedule(terms, orderTotal).orElseThrow().get(1);
    return invoicing.issue(new InvoiceRequest(contractNumber, InvoiceKind.PROGRESS,
        share.clause(), null, null, List.of(InvoiceRequest.Item.of(
            share.label() + " during development", share.amount(), share.clause()))));
  }

  /**
   * Client files needing rework, billed en régie under the clause of the contract's terms
   * ({@code reworkClause}: WJA-5, VIR-8); refused (409) where the terms bill no rework. A
   * contract signed before {@code terms-delivery} named the clause is pinned to a version without
   * it: the clause of the profile's current terms applies (a clause id only, no amount or date).
   */
  public Invoice invoiceReworkHours(String contractNumber, Terms terms, BigDecimal hours,
      BigDecimal rate) {
    if (rate == null || rate.signum() <= 0) {
      throw new IllegalArgumentException("rework hours need an hourly rate; enter it on the "
          + "build form (the rate in force at order, WJA-4)");
    }
    String clause = terms.delivery().reworkClause();
    if (clause == null) {
      clause = termsService.termsFor(terms.profile(), terms.clientType(), terms.contractKind())
          .delivery().reworkClause();
    }
    if (clause == null) {
      throw new ConflictException("The " + terms.profile() + " terms bill no rework of client "
          + "files: contract " + contractNumber + " gets no rework invoice for " + hours
          + " hours.");
    }
    return invoicing.issue(new InvoiceRequest(contractNumber, InvoiceKind.REGIE, clause, null,
        null, List.of(new InvoiceRequest.Item("Rework of client files en régie (hours)", hours,
            rate, clause))));
  }

  /**
   * BDB-8.4: large text changes asked at delivery, billed pro rata of the extra time ({@link
   * ExtraTime}: hours × rate) by a REGIE invoice with VAT, once the client was warned by email.
   */
  public Invoice invoiceLargeTextChanges(String contractNumber, Terms terms, BigDecimal hours,
      BigDecimal rate, LocalDate warnedOn) {
    String clause = terms.delivery().largeTextChangesClause();
    Calculation extra = ExtraTime.proRata(clause, hours, rate);
    return invoicing.issue(new InvoiceRequest(contractNumber, InvoiceKind.REGIE, clause, null,
        null, List.of(new InvoiceRequest.Item(extra.label() + " (client warned by email on "
            + warnedOn + ")", hours, rate, clause))));
  }

  /**
   * WJA-24, BDB-8.6: delivery = go-live on {@code goLiveDate} (null: today). Status DELIVERED; the
   * windows {@link GoLiveWindows} plans from the terms become deadlines; {@code GO_LIVE} email with
   * their dates.
   */
  public GoLive announceGoLive(String noticeKey, String contractNumber, String clientId,
      Terms terms, LocalDate goLiveDate, String siteUrl, BigDecimal orderTotal) {
    Terms.Delivery d = terms.delivery();
    if (goLiveDate == null) {
      goLiveDate = clock.today();
    }
    if (d.deliveryBusinessDays() != null) {
      // BDB-6.3: the site delivered after its date shows the deadline MISSED, not MET
      String build = DeadlineKind.BUILD.key(contractNumber);
      LocalDate buildDue = deadlines.forContract(contractNumber).stream()
          .filter(deadline -> deadline.key().equals(build)).map(Deadline::dueDate).findFirst()
          .orElse(null);
      if (buildDue != null && goLiveDate.isAfter(buildDue)) {
        deadlines.missed(build);
      } else {
        deadlines.met(build);
      }
    }
    GoLiveWindows.Plan windows = GoLiveWindows.afterGoLive(calendar, d, contractNumber,
        goLiveDate);
    windows.windows().forEach(w ->
        deadlines.record(w.key(), contractNumber, null, w.clause(), w.label(), w.until()));
    LocalDate nonConformity = windows.until(DeadlineKind.NON_CONFORMITY);
    LocalDate tweaks = windows.until(DeadlineKind.TWEAKS);
    LocalDate warranty = windows.until(DeadlineKind.WARRANTY);
    LocalDate training = windows.until(DeadlineKind.TRAINING);
    contracts.updateStatus(contractNumber, ContractStatus.DELIVERED);
    notices.issue(agency(NoticeRequest.of(noticeKey, NoticeType.GO_LIVE, goLiveClause(terms),
            clientId), terms, contractNumber)
        .with(new NoticeContent.GoLive(goLiveDate, siteUrl, nonConformity, tweaks, warranty,
            training)));
    boolean balance = balance(contractNumber, terms, orderTotal)
        .map(line -> line.amount().signum() > 0).orElse(false);
    return new GoLive(goLiveDate, nonConformity, windows.key(DeadlineKind.NON_CONFORMITY), tweaks,
        windows.key(DeadlineKind.TWEAKS), warranty, windows.key(DeadlineKind.WARRANTY), training,
        windows.key(DeadlineKind.TRAINING), windows.until(DeadlineKind.HIDDEN_DEFECT_REPORT),
        windows.key(DeadlineKind.HIDDEN_DEFECT_REPORT),
        windows.until(DeadlineKind.HIDDEN_DEFECT_ACTION),
        windows.key(DeadlineKind.HIDDEN_DEFECT_ACTION), balance);
  }

  /**
   * BDB-16.4: balance on the day of go-live; WJA-2: 10 % at delivery. The balance is the price
   * less everything already invoiced for it (deposit, progress, BDB-11.2 intermediate invoices:
   * {@link Deposits#balance}), so the invoices add up to the price.
   */
  public Invoice issueBalanceInvoice(String contractNumber, Terms terms, BigDecimal orderTotal,
      LocalDate goLiveDate) {
    Calculation balance = balance(contractNumber, terms, orderTotal).orElseThrow();
    return invoicing.issue(new InvoiceRequest(contractNumber, InvoiceKind.BALANCE,
        balance.clause(), goLiveDate, null, List.of(InvoiceRequest.Item.of(
            balance.label() + " at delivery", balance.amount(), balance.clause()))));
  }

  /** The kinds of invoice that bill the order's price before its balance. */
  private static final java.util.Set<InvoiceKind> PRICE_INSTALMENTS =
      java.util.EnumSet.of(InvoiceKind.DEPOSIT, InvoiceKind.PROGRESS, InvoiceKind.INTERIM);

  /** The balance the terms' schedule leaves at delivery, net of what was invoiced, if any. */
  private Optional<Calculation> balance(String contractNumber, Terms terms,
      BigDecimal orderTotal) {
    return schedule(terms, orderTotal).map(lines -> {
      var invoiced = new java.util.LinkedHashMap<String, BigDecimal>();
      invoices.forContract(contractNumber).stream()
          .filter(i -> PRICE_INSTALMENTS.contains(i.kind())
              && i.status() != InvoiceStatus.CANCELLED)
          .forEach(i -> invoiced.put(i.number(), i.amountExclVat()));
      return Deposits.balance(lines.get(lines.size() - 1).clause(), orderTotal, invoiced);
    });
  }

  /**
   * WJA-24: the corrected site put online on {@code correctedOn} is a new delivery; a new window
   * opens ({@link GoLiveWindows#afterRedelivery}), announced by a {@code GO_LIVE} email.
   */
  public Redelivery redeliver(String noticeKey, String contractNumber, String clientId,
      Terms terms, LocalDate correctedOn, int attempt) {
    Terms.Delivery d = terms.delivery();
    if (correctedOn == null) {
      correctedOn = clock.today();
    }
    GoLiveWindows.Window window =
        GoLiveWindows.afterRedelivery(calendar, d, contractNumber, correctedOn, attempt);
    deadlines.record(window.key(), contractNumber, null, window.clause(), window.label(),
        window.until());
    LocalDate until = window.until();
    notices.issue(agency(NoticeRequest.of(noticeKey, NoticeType.GO_LIVE, d.nonConformityClause(),
            clientId), terms, contractNumber)
        .with("goLiveDate", correctedOn)
        .with("nonConformityDeadline", until));
    return new Redelivery(correctedOn, until, window.key());
  }

  /**
   * Status ACCEPTED. WJA-24: deemed accepted on the delivery day once the window closed without a
   * registered non-conformity; terms without such a window: at go-live (BDB-8.6: the go-live
   * email is completion). See docs/READINGS.md.
   */
  public void accept(String contractNumber) {
    contracts.updateStatus(contractNumber, ContractStatus.ACCEPTED);
  }

  /**
   * A CANCELLATION while the site is being made: refused (409, with the reason) after go-live or
   * where the terms give no cancellation right; see {@link OrderService#checkCancellationDuringWork}.
   *
   * @return whether the amount is pro rata of the work done (production assesses the share)
   */
  public boolean checkCancellation(String contractNumber, LocalDate cancelledOn) {
    return orders.checkCancellationDuringWork(contractNumber, cancelledOn);
  }

  /**
   * The order cancelled during the work is settled ({@link OrderService#cancelDuringWork}); the
   * delivery deadlines still pending (contents, build) no longer run: {@code CANCELLED}.
   */
  public OrderService.Cancelled cancel(String noticeKeyPrefix, String contractNumber,
      LocalDate cancelledOn, BigDecimal workDonePercent) {
    OrderService.Cancelled cancelled =
        orders.cancelDuringWork(noticeKeyPrefix, contractNumber, cancelledOn, workDonePercent);
    closePendingDeadlines(contractNumber);
    return cancelled;
  }

  /**
   * A WITHDRAWAL while the site is being built: refused (409, with the reason) unless the order's
   * withdrawal rules allow it ({@link OrderService#checkWithdrawal}: BDB-R15, BDB-9).
   */
  public void checkWithdrawal(String contractNumber, LocalDate date, String channel) {
    orders.checkWithdrawal(contractNumber, date, channel);
  }

  /**
   * The order was withdrawn (BDB-R15): the delivery deadlines still pending no longer run. The
   * refund and the notice are the order process's.
   */
  public void closeAfterWithdrawal(String contractNumber) {
    closePendingDeadlines(contractNumber);
  }

  private void closePendingDeadlines(String contractNumber) {
    var kinds = DeadlineKind.ownedBy(DeliveryVariables.PROCESS_KEY);
    kinds.addAll(DeadlineKind.ownedBy(DeliveryVariables.WINDOWS_PROCESS_KEY));
    deadlines.cancelPending(contractNumber, contractNumber, kinds);
  }

  /** The terms' schedule (deposit, progress, balance) of the order total, when it has one. */
  static Optional<List<Calculation>> schedule(Terms terms, BigDecimal orderTotal) {
    Terms.Order order = terms.order();
    if (orderTotal == null || order.depositPercent() == null || order.progressPercent() == null
        || order.balanceAtDeliveryPercent() == null) {
      return Optional.empty();
    }
    return Optional.of(Deposits.schedule(order.depositClause(), orderTotal,
        List.of(order.depositPercent(), order.progressPercent(),
            order.balanceAtDeliveryPercent())));
  }

  private static String goLiveClause(Terms terms) {
    Terms.Delivery d = terms.delivery();
    if (d.nonConformityClause() != null) {
      return d.nonConformityClause();
    }
    return d.tweakClause() != null ? d.tweakClause() : terms.order().depositClause();
  }

  private NoticeRequest agency(NoticeRequest request, Terms terms, String contractNumber) {
    Contract contract = contracts.require(contractNumber);
    return request.withContract(contractNumber)
        .withAgency(terms.agency(), contract.quoteNumber());
  }
}
