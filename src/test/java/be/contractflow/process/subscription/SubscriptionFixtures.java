package be.contractflow.process.subscription;

import be.contractflow.billing.PaymentCommand;
import be.contractflow.billing.PaymentService;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.Language;
import be.contractflow.ledger.Period;
import be.contractflow.ledger.Quote;
import be.contractflow.notice.Notice;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.order.QuoteService;
import be.contractflow.support.LedgerFixtures;
import be.contractflow.support.ProcessDriver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** A recurring contract ordered, signed and paid through the real order process. */
@Component
public class SubscriptionFixtures {

  private final QuoteService quotes;
  private final PaymentService payments;
  private final InvoiceRepository invoices;
  private final LedgerFixtures ledger;
  private final ProcessDriver driver;
  private final RuntimeService runtime;
  private final NoticeService notices;

  public SubscriptionFixtures(QuoteService quotes, PaymentService payments,
      InvoiceRepository invoices, LedgerFixtures ledger, ProcessDriver driver,
      RuntimeService runtime, NoticeService notices) {
    this.notices = notices;
    this.quotes = quotes;
    this.payments = payments;
    this.invoices = invoices;
    this.ledger = ledger;
    this.driver = driver;
    this.runtime = runtime;
  }

  /**
   * Issues, signs and pays (in full, the same day) a recurring quote on {@code date}; the order
   * confirms it and starts the subscription. Returns the contract number.
   */
  public String confirmed(String profile, ContractKind kind, String price, Period period,
      LocalDate date, List<Quote.Line> lines) {
    return confirmed(profile, kind, price, period, date, lines, Language.fr);
  }

  /** {@link #confirmed(String, ContractKind, String, Period, LocalDate, List)} for a client
   * speaking {@code language}. */
  public String confirmed(String profile, ContractKind kind, String price, Period period,
      LocalDate date, List<Quote.Line> lines, Language language) {
    return confirmed(profile, kind, price, period, date, lines, language, ClientType.PROFESSIONAL);
  }

  /** {@link #confirmed(String, ContractKind, String, Period, LocalDate)} for a client type. */
  public String confirmed(String profile, ContractKind kind, String price, Period period,
      LocalDate date, ClientType clientType) {
    return confirmed(profile, kind, price, period, date, List.of(), Language.fr, clientType);
  }

  private String confirmed(String profile, ContractKind kind, String price, Period period,
      LocalDate date, List<Quote.Line> lines, Language language, ClientType clientType) {
    driver.at(date);
    var client = ledger.client(clientType, language);
    var issued = quotes.issue(new QuoteService.NewQuote(client.id(), profile, kind, null, lines,
        new BigDecimal(price), period, null, null));
    driver.runDueJobs();
    quotes.sign(issued.quoteNumber(), date);
    driver.runDueJobs();
    for (Invoice invoice : invoices.forContract(issued.contractNumber())) {
      pay(invoice);
    }
    return issued.contractNumber();
  }

  public String confirmed(String profile, ContractKind kind, String price, Period period,
      LocalDate date) {
    return confirmed(profile, kind, price, period, date, List.of());
  }

  public void pay(Invoice invoice) {
    payments.record(new PaymentCommand(invoice.number(), invoice.openPrincipal(), null,
        "ref-" + invoice.number(), "bank"));
    driver.runDueJobs();
  }

  /** The contract's subscription instance (running or not: null when ended). */
  public ProcessInstance subscription(String contractNumber) {
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(SubscriptionVariables.PROCESS_KEY)
        .processInstanceBusinessKey(contractNumber).singleResult();
  }

  /** The contract's periodic invoices, oldest first. */
  public List<Invoice> periodic(String contractNumber) {
    return invoices.forContract(contractNumber).stream()
        .filter(invoice -> invoice.kind() == InvoiceKind.PERIODIC).toList();
  }

  /** The contract's notices of one type, as the outbox keeps them. */
  public List<Notice> notices(String contractNumber, NoticeType type) {
    return notices.forContract(contractNumber).stream()
        .filter(notice -> notice.type() == type).toList();
  }

  /** Moves the clock day by day from the day after {@code from} to {@code to}, running jobs. */
  public void runUntil(LocalDate from, LocalDate to) {
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      driver.at(day);
    }
  }
}
