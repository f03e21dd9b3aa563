package be.contractflow.billing;

import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientRepository;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.CreditNote;
import be.contractflow.ledger.CreditNoteRepository;
import be.contractflow.ledger.DunningState;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.ledger.Payment;
import be.contractflow.ledger.PaymentRepository;
import be.contractflow.money.Calculation;
import be.contractflow.money.Indemnities;
import be.contractflow.money.LateInterest;
import be.contractflow.money.Money;
import be.contractflow.money.StatutoryRates;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.terms.InterestKind;
import be.contractflow.terms.InterestStart;
import be.contractflow.terms.StatutoryRateTable;
import be.contractflow.terms.Terms;
import be.contractflow.terms.TermsService;
import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * What settles an invoice on a date ({@code GET /api/invoices/{n}?at=}, and the check behind
 * every payment): the open principal, the late interest and the flat indemnity the terms and the
 * law allow under the dunning state reached, each line with its clause and inputs.
 *
 * <p>Interest accrues on each euro of principal until the day it is paid: principal paid late
 * keeps the interest it accrued until its payment date (a line of its own); the principal still
 * open accrues to {@code at}. The indemnity is computed on the principal open on the first day of
 * delay. The principal is the invoice total net of the credit notes naming it issued by {@code at}
 * (an accepted complaint corrects the invoice from its date: the credited part was never owed, so
 * it bears neither interest nor indemnity). Consumers owe nothing beyond the principal before a free first reminder and 14 days
 * (Book XIX, see {@link ConsumerProtection}).
 */
@Service
public class SettlementService {

  /** Law of 2 Aug 2002 on late payment in commercial transactions, art. 5 (statutory rate). */
  public static final String LAW_STATUTORY_RATE = "LAW-2002-5";
  /** Law of 2 Aug 2002, art. 6: the flat 40 € per late invoice owed by a professional client. */
  public static final String LAW_FLAT_INDEMNITY = "LAW-2002-6";

  private final InvoiceRepository invoices;
  private final PaymentRepository payments;
  private final ClientRepository clients;
  private final ContractRepository contracts;
  private final TermsService terms;
  private final StatutoryRateTable statutoryRateTable;
  private final NoticeService notices;
  private final ConsumerProtection consumerProtection;
  private final CreditNoteRepository creditNotes;
  private final BusinessCalendar calendar;

  public SettlementService(InvoiceRepository invoices, PaymentRepository payments,
      ClientRepository clients, ContractRepository contracts, TermsService terms,
      BusinessCalendar calendar, CreditNoteRepository creditNotes,
      StatutoryRateTable statutoryRateTable, NoticeService notices) {
    this.notices = notices;
    this.creditNotes = creditNotes;
    this.calendar = calendar;
    this.invoices = invoices;
    this.payments = payments;
    this.clients = clients;
    this.contracts = contracts;
    this.terms = terms;
    this.statutoryRateTable = statutoryRateTable;
    this.consumerProtection = new ConsumerProtection(calendar);
  }

  public Settlement at(String invoiceNumber, LocalDate at) {
    return at(invoices.require(invoiceNumber), at);
  }

  public Settlement at(Invoice invoice, LocalDate at) {
    return at(inputsOf(invoice), at);
  }

  /** {@link #at(Invoice, LocalDate)} from rows already read in this step (issue 16). */
  public Settlement at(SettlementInputs inputs, LocalDate at) {
    return at(inputs, at, null);
  }

  /**
   * The invoice's settlement inputs, each read from the ledger when first needed; several
   * amounts computed from them read each row once.
   */
  public SettlementInputs inputsOf(Invoice invoice) {
    return new SettlementInputs(invoice,
        () -> payments.forInvoice(invoice.number()),
        () -> creditNotes.forInvoice(invoice.number()),
        () -> clients.require(invoice.clientId()),
        () -> contracts.require(invoice.contractNumber()),
        read -> terms.termsFor(read.contract(), read.client().type()),
        () -> invoices.dunningState(invoice.number()),
        read -> concludesOrder(invoice, read.contract(), read.terms().dunning()));
  }

  /**
   * The invoice's settlement inputs with the contract, client, terms (those of {@link
   * TermsService#termsFor(Contract, be.contractflow.ledger.ClientType)}) and dunning state the
   * caller read with it ({@link InvoiceRepository#requireWithDunningState}); payments and credit
   * notes are read when first needed.
   */
  public SettlementInputs inputsOf(Invoice invoice, DunningState dunningState, Contract contract,
      Client client, Terms contractTerms) {
    Objects.requireNonNull(dunningState, "dunningState");
    Objects.requireNonNull(contractTerms, "contractTerms");
    if (!contract.number().equals(invoice.contractNumber())
        || !client.id().equals(invoice.clientId())) {
      throw new IllegalArgumentException("contract " + contract.number() + " and client "
          + client.id() + " are not those of invoice " + invoice.number());
    }
    return new SettlementInputs(invoice,
        () -> payments.forInvoice(invoice.number()),
        () -> creditNotes.forInvoice(invoice.number()),
        () -> client, () -> contract, read -> contractTerms, () -> dunningState,
        read -> concludesOrder(invoice, read.contract(), read.terms().dunning()));
  }

  /**
   * The flat indemnity a reminder written today announces for {@code at} (Book XIX: the reminder
   * states the penalty that will be claimed), as if it leaves today: the amounts of the ledger
   * count only a proven sending, which comes later the same day.
   */
  public BigDecimal announcedIndemnity(Invoice invoice, LocalDate sentOn, LocalDate at) {
    return announcedIndemnity(inputsOf(invoice), sentOn, at);
  }

  /** {@link #announcedIndemnity(Invoice, LocalDate, LocalDate)} from rows already read. */
  public BigDecimal announcedIndemnity(SettlementInputs inputs, LocalDate sentOn, LocalDate at) {
    DunningState recorded = inputs.dunningState();
    DunningState assumed = recorded.firstReminderDate() != null ? recorded
        : new DunningState(sentOn, DunningState.ReminderChannel.EMAIL,
            recorded.interestWaivedReason(), recorded.indemnityWaivedReason());
    return at(inputs, at, assumed).indemnity();
  }

  private Settlement at(SettlementInputs inputs, LocalDate at, DunningState assumedDunning) {
    Invoice invoice = inputs.invoice();
    var paid = inputs.payments().stream()
        .filter(p -> !p.paymentDate().isAfter(at)).toList();
    BigDecimal paidPrincipal = sum(paid, Payment::toPrincipal);
    var credits = inputs.creditNotes().stream()
        .filter(n -> !n.issueDate().isAfter(at)).toList();
    BigDecimal credited = credits.stream().map(CreditNote::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal owed = invoice.total().subtract(credited);
    BigDecimal open = owed.subtract(paidPrincipal).max(BigDecimal.ZERO);
    var lines = new ArrayList<Calculation>();
    lines.add(new Calculation(invoice.clause() != null ? invoice.clause() : "INVOICE",
        "Principal still open (incl. VAT)", open,
        inputs("invoiceTotal", invoice.total(),
            "credited", credited.signum() == 0 ? null : credited,
            "creditNotes", credits.isEmpty() ? null
                : String.join(", ", credits.stream().map(CreditNote::number).toList()),
            "principalPaid", paidPrincipal,
            "issueDate", invoice.issueDate(), "dueDate", invoice.dueDate())));
    if (invoice.status() == InvoiceStatus.CANCELLED) {
      return new Settlement(invoice.number(), at, Money.ZERO, Money.ZERO, Money.ZERO,
          List.of(new Calculation("INVOICE", "Cancelled by a credit note: nothing is owed",
              Money.ZERO, inputs("status", "CANCELLED"))));
    }
    BigDecimal openWhenLate = owed.subtract(paid.stream()
        .filter(p -> !p.paymentDate().isAfter(invoice.dueDate()))
        .map(Payment::toPrincipal).reduce(BigDecimal.ZERO, BigDecimal::add))
        .max(BigDecimal.ZERO);
    if (!at.isAfter(invoice.dueDate()) || openWhenLate.signum() == 0) {
      return new Settlement(invoice.number(), at, Money.cents(open), Money.ZERO, Money.ZERO, lines);
    }
    Client client = inputs.client();
    var contract = inputs.contract();
    Terms contractTerms = inputs.terms();
    if (inputs.concludesOrder()) {
      lines.add(new Calculation(contractTerms.dunning().orderConclusionClause(),
          "No late interest or indemnity: the order binds only once this invoice is paid",
          Money.ZERO, inputs("contractStatus", contract.status().name(),
              "contractStart", contract.startDate() == null ? "not yet" : contract.startDate(),
              "rule", "the payment of the order's first invoice concludes the contract; before "
                  + "it there is no contract whose late payment could be charged")));
      return new Settlement(invoice.number(), at, Money.cents(open), Money.ZERO, Money.ZERO, lines);
    }
    Terms.Payment rules = contractTerms.payment();
    DunningState dunning = assumedDunning != null ? assumedDunning : provenDunning(inputs);
    var late = new Late(invoice, rules, contractTerms.dunning(), client.isConsumer(), dunning, at,
        openWhenLate);

    int termsLines = lines.size();
    BigDecimal interest = interest(late, paid, open, lines).subtract(sum(paid, Payment::toInterest));
    BigDecimal indemnity = indemnity(late, paid, lines).subtract(sum(paid, Payment::toIndemnity));
    // every amount the terms produced names the terms version behind it (pinned at signature)
    var payment = terms.versionsOf(contract.number()).get(TermsService.DECISION_PREFIX + "payment");
    if (payment != null) {
      for (int i = termsLines; i < lines.size(); i++) {
        Calculation line = lines.get(i);
        var lineInputs = new java.util.LinkedHashMap<String, Object>(line.inputs());
        lineInputs.put("termsVersion", payment.label());
        lines.set(i, new Calculation(line.clause(), line.label(), line.amount(), lineInputs));
      }
    }
    return new Settlement(invoice.number(), at, Money.cents(open),
        Money.cents(interest.max(BigDecimal.ZERO)), Money.cents(indemnity.max(BigDecimal.ZERO)),
        lines);
  }

  /**
   * The yearly interest rate (%) a reminder announces for a late invoice from {@code from} (Book
   * XIX: the reminder states the penalty that will be claimed): the contractual rate as a yearly
   * rate, capped at the statutory rate for a consumer; the statutory rate where the contract
   * states none.
   */
  public BigDecimal announcedInterestPercent(Invoice invoice, LocalDate from) {
    return announcedInterestPercent(inputsOf(invoice), from);
  }

  /** {@link #announcedInterestPercent(Invoice, LocalDate)} from rows already read. */
  public BigDecimal announcedInterestPercent(SettlementInputs inputs, LocalDate from) {
    Client client = inputs.client();
    BigDecimal contractual = annualRate(inputs.terms().payment());
    BigDecimal statutory = statutoryRates().rateOn(from).ratePercent();
    if (contractual == null) {
      return statutory;
    }
    return client.isConsumer() ? contractual.min(statutory) : contractual;
  }

  /**
   * The invoice's dunning state, its first reminder date being the day a reminder was proven
   * sent: the ledger's record, or else the outbox's {@code sentAt} of a reminder the relay has
   * sent (the payment process records it at the end of that day). A reminder written but never
   * sent counts for nothing (Book XIX, VIR-4).
   */
  private DunningState provenDunning(SettlementInputs inputs) {
    DunningState recorded = inputs.dunningState();
    if (recorded.firstReminderDate() != null) {
      return recorded;
    }
    return notices.forInvoice(inputs.invoice().number()).stream()
        .filter(n -> n.type() == NoticeType.PAYMENT_REMINDER && n.sentAt() != null)
        .map(n -> n.sentAt().atZoneSameInstant(BusinessClock.ZONE).toLocalDate())
        .min(LocalDate::compareTo)
        .map(sent -> new DunningState(sent, DunningState.ReminderChannel.EMAIL,
            recorded.interestWaivedReason(), recorded.indemnityWaivedReason()))
        .orElse(recorded);
  }

  /** The statutory rates in force (the latest deployed {@code statutory-rate} decision). */
  public StatutoryRates statutoryRates() {
    return statutoryRateTable.current();
  }

  /** The facts every line of a late invoice depends on. */
  private record Late(Invoice invoice, Terms.Payment rules, Terms.Dunning dunningTerms,
      boolean consumer, DunningState dunning, LocalDate at, BigDecimal openOnFirstDayLate) {}

  /**
   * WJA-2, BDB-8.1: the order's first invoice, where its payment is what concludes the contract
   * (the contract is still {@code QUOTED}, or started only after the invoice was issued). Before
   * it is paid there is no binding contract, so it bears no late interest or indemnity and is not
   * dunned; once paid it settled the order.
   */
  public boolean concludesOrder(Invoice invoice, Contract contract, Terms.Dunning dunningTerms) {
    if (!dunningTerms.firstPaymentConcludesOrder()
        || (invoice.kind() != InvoiceKind.DEPOSIT && invoice.kind() != InvoiceKind.PERIODIC)) {
      return false;
    }
    boolean beforeStart = contract.status() == ContractStatus.QUOTED
        || (contract.startDate() != null && invoice.issueDate().isBefore(contract.startDate()));
    return beforeStart && invoices.forContract(contract.number()).stream()
        .map(Invoice::number).min(String::compareTo).map(invoice.number()::equals).orElse(false);
  }

  /**
   * VIR-4 "ensuite": the first day interest may be claimed, the day after the payment date the
   * single reminder states (its proven sending + {@code reminderPaymentDays}, rolled per art.
   * 1.7); {@code null} while no reminder was proven sent.
   */
  private LocalDate claimableAfterReminder(Late late) {
    LocalDate sent = late.dunning().firstReminderDate();
    if (sent == null || late.dunningTerms().reminderPaymentDays() == null) {
      return null;
    }
    return calendar.afterDays(sent, late.dunningTerms().reminderPaymentDays()).plusDays(1);
  }

  private BigDecimal interest(Late late, List<Payment> paid, BigDecimal open,
      List<Calculation> lines) {
    String clause = late.rules().interestClause() != null ? late.rules().interestClause()
        : LAW_STATUTORY_RATE;
    if (late.dunning().interestWaivedReason() != null) {
      lines.add(new Calculation(clause, "Late interest waived", Money.ZERO,
          inputs("reason", late.dunning().interestWaivedReason())));
      return BigDecimal.ZERO;
    }
    LocalDate accruesAfter;
    if (late.consumer()) {
      var claimable = consumerProtection.claimableFrom(late.dunning());
      if (claimable == null || late.at().isBefore(claimable)) {
        lines.add(consumerProtection.nothingYet(clause, "Late interest", late.dunning(), claimable));
        return BigDecimal.ZERO;
      }
      accruesAfter = consumerProtection.interestAccruesAfter(late.dunning());
    } else {
      accruesAfter = late.invoice().dueDate();
    }
    if (late.dunningTerms().interestOnlyAfterReminder()) {
      LocalDate claimable = claimableAfterReminder(late);
      if (claimable == null || late.at().isBefore(claimable)) {
        lines.add(new Calculation(clause, "Late interest not claimable yet: it runs only once the "
            + "reminder's payment date has passed unpaid", Money.ZERO, inputs(
                "reminderSent", late.dunning().firstReminderDate() == null ? "none proven sent"
                    : late.dunning().firstReminderDate(),
                "reminderPaymentDays", late.dunningTerms().reminderPaymentDays(),
                "claimableFrom", claimable == null ? "the day after the reminder's payment date"
                    : claimable,
                "countedFrom", accruesAfter.plusDays(1))));
        return BigDecimal.ZERO;
      }
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Payment payment : paid) {
      if (payment.toPrincipal().signum() > 0 && payment.paymentDate().isAfter(accruesAfter)) {
        var line = interestLine(late, clause, payment.toPrincipal(), accruesAfter,
            payment.paymentDate());
        lines.add(line);
        total = total.add(line.amount());
      }
    }
    if (open.signum() > 0) {
      var line = interestLine(late, clause, open, accruesAfter, late.at());
      lines.add(line);
      total = total.add(line.amount());
    }
    BigDecimal interestPaid = sum(paid, Payment::toInterest);
    if (interestPaid.signum() > 0) {
      lines.add(new Calculation(clause, "Late interest already paid", interestPaid.negate(),
          inputs("paid", interestPaid)));
    }
    return total;
  }

  private Calculation interestLine(Late late, String clause, BigDecimal principal,
      LocalDate accruesAfter, LocalDate to) {
    Terms.Payment rules = late.rules();
    if (late.consumer()) {
      return statutoryRates().consumerInterest(clause, principal, annualRate(rules), accruesAfter, to);
    }
    if (rules.interestKind() == null) {
      return statutoryRates().statutoryInterest(LAW_STATUTORY_RATE, principal, accruesAfter, to);
    }
    LocalDate start = rules.interestStart() == InterestStart.ISSUE_DATE
        ? late.invoice().issueDate() : late.invoice().dueDate();
    return switch (rules.interestKind()) {
      case SIMPLE_ANNUAL -> LateInterest.simple(clause, principal, rules.interestRatePercent(), start, to);
      case STARTED_MONTH -> LateInterest.perStartedMonth(clause, principal,
          rules.interestRatePercent(), start, to);
    };
  }

  /** The contractual rate per year, for the consumer cap (1 % per month = 12 % per year). */
  private static BigDecimal annualRate(Terms.Payment rules) {
    if (rules.interestKind() == null || rules.interestRatePercent() == null) {
      return null;
    }
    return rules.interestKind() == InterestKind.STARTED_MONTH
        ? rules.interestRatePercent().multiply(BigDecimal.valueOf(12))
        : rules.interestRatePercent();
  }

  private BigDecimal indemnity(Late late, List<Payment> paid, List<Calculation> lines) {
    Terms.Payment rules = late.rules();
    String clause = rules.indemnityClause() != null ? rules.indemnityClause() : LAW_FLAT_INDEMNITY;
    if (late.dunning().indemnityWaivedReason() != null) {
      lines.add(new Calculation(clause, "Flat indemnity waived", Money.ZERO,
          inputs("reason", late.dunning().indemnityWaivedReason())));
      return BigDecimal.ZERO;
    }
    BigDecimal base = late.openOnFirstDayLate();
    BigDecimal contractual = BigDecimal.ZERO;
    if (rules.indemnityPercent() != null) {
      contractual = Indemnities.percentWithMinimum(clause, base, rules.indemnityPercent(),
          rules.indemnityMinimumEur() != null ? rules.indemnityMinimumEur() : BigDecimal.ZERO)
          .amount();
    } else if (rules.indemnityFlatEur() != null) {
      contractual = rules.indemnityFlatEur();
    }
    Calculation line;
    if (late.consumer()) {
      var claimable = consumerProtection.claimableFrom(late.dunning());
      if (claimable == null || late.at().isBefore(claimable)) {
        line = consumerProtection.nothingYet(clause, "Flat indemnity", late.dunning(), claimable);
      } else {
        line = Indemnities.consumer(clause, base, contractual);
      }
    } else {
      line = Indemnities.professional(clause, contractual);
    }
    lines.add(line);
    BigDecimal indemnityPaid = sum(paid, Payment::toIndemnity);
    if (indemnityPaid.signum() > 0) {
      lines.add(new Calculation(clause, "Flat indemnity already paid", indemnityPaid.negate(),
          inputs("paid", indemnityPaid)));
    }
    return line.amount();
  }

  private static BigDecimal sum(List<Payment> payments,
      java.util.function.Function<Payment, BigDecimal> part) {
    return payments.stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static Map<String, Object> inputs(Object... namesAndValues) {
    var map = new LinkedHashMap<String, Object>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        map.put((String) namesAndValues[i], namesAndValues[i + 1]);
      }
    }
    return map;
  }
}
