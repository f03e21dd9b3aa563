package be.contractflow.process.order;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.contractflow.billing.PaymentCommand;
import be.contractflow.billing.PaymentService;
import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ConcludedAt;
import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.CreditNoteRepository;
import be.contractflow.ledger.Deadline;
import be.contractflow.ledger.DeadlineKind;
import be.contractflow.ledger.Deadlines;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.ledger.Language;
import be.contractflow.ledger.Party;
import be.contractflow.ledger.Period;
import be.contractflow.ledger.Quote;
import be.contractflow.notice.Notice;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.Channel;
import be.contractflow.process.ContractEventType;
import be.contractflow.process.ContractEvents;
import be.contractflow.process.TypedVariables;
import be.contractflow.process.change.ChangeRequestVariables;
import be.contractflow.process.delivery.DeliveryVariables;
import be.contractflow.process.subscription.SubscriptionVariables;
import be.contractflow.support.DueJobs;
import be.contractflow.support.LedgerFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The {@code order} process against the real auto-deployment (BPMN, terms DMN, form), ledger,
 * invoicing and notice outbox. Jobs are driven by hand (job executor off) and time by the engine
 * clock; each test names the clause it proves.
 */
@SpringBootTest
@ActiveProfiles("test")
class OrderProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired LedgerFixtures ledger;
  @Autowired QuoteService quotes;
  @Autowired ContractRepository contracts;
  @Autowired InvoiceRepository invoices;
  @Autowired CreditNoteRepository creditNotes;
  @Autowired Deadlines deadlines;
  @Autowired NoticeService notices;
  @Autowired PaymentService payments;
  @Autowired ContractEvents events;
  @Autowired BusinessCalendar calendar;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // --- fixtures -------------------------------------------------------------------------------

  record Order(String quoteNumber, String contractNumber, ProcessInstance instance) {}

  /**
   * Where an order waits for the deposit that concludes it (WJA-2, BDB-8.1): the event-based
   * gateway racing "First invoice settled" against the lapse timer.
   */
  static final String AWAITING_DEPOSIT = OrderVariables.GATEWAY_DEPOSIT_PAID_OR_ORDER_LAPSED;

  private static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }

  private static List<Quote.Line> lines(String... descriptionQuantityPrice) {
    var lines = new java.util.ArrayList<Quote.Line>();
    for (int i = 0; i < descriptionQuantityPrice.length; i += 3) {
      lines.add(new Quote.Line(descriptionQuantityPrice[i], eur(descriptionQuantityPrice[i + 1]),
          eur(descriptionQuantityPrice[i + 2])));
    }
    return lines;
  }

  private Order issue(Client client, String profile, ContractKind kind, List<Quote.Line> lines,
      String periodicPrice, Period period, String hourlyRate, String estimatedHours) {
    var issued = quotes.issue(new QuoteService.NewQuote(client.id(), profile, kind, null, lines,
        periodicPrice == null ? null : eur(periodicPrice), period,
        hourlyRate == null ? null : eur(hourlyRate),
        estimatedHours == null ? null : eur(estimatedHours)));
    var instance = runtime.createProcessInstanceQuery()
        .processInstanceId(issued.processInstanceId()).singleResult();
    assertThat(instance).isStarted().hasBusinessKey(issued.quoteNumber());
    runJobs(instance);
    return new Order(issued.quoteNumber(), issued.contractNumber(), instance);
  }

  private Order project(Client client, String profile, String price) {
    return issue(client, profile, ContractKind.PROJECT, lines("Website", "1", price), null, null,
        null, null);
  }

  private Order recurring(Client client, String profile, ContractKind kind, String price,
      Period period) {
    return issue(client, profile, kind, List.of(), price, period, null, null);
  }

  /** The {@code delivery} instance the confirmed order started, or null. */
  private ProcessInstance deliveryOf(Order order) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("delivery")
        .processInstanceBusinessKey(order.contractNumber()).singleResult();
  }

  /** The {@code subscription} instance of the order's contract, or null once it stopped. */
  private ProcessInstance subscriptionOf(Order order) {
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(SubscriptionVariables.PROCESS_KEY)
        .processInstanceBusinessKey(order.contractNumber()).singleResult();
  }

  /** Executes every job of the instance that is due on the engine clock, until none is left. */
  private void runJobs(ProcessInstance instance) {
    DueJobs.run(management, DueJobs.ofInstance(instance.getId()));
  }

  private void sign(Order order, LocalDate date) {
    quotes.sign(order.quoteNumber(), date);
    runJobs(order.instance());
  }

  private void pay(Order order, Invoice invoice, String amount) {
    payments.record(new PaymentCommand(invoice.number(), eur(amount), null, null, "bank"));
    runJobs(order.instance());
  }

  private void event(Order order, ContractEventType type, LocalDate date, Channel channel) {
    events.deliver(order.contractNumber(),
        new ContractEvents.Event(type, date, Party.CLIENT, channel, null));
    runJobs(order.instance());
  }

  private ContractStatus status(Order order) {
    return contracts.require(order.contractNumber()).status();
  }

  private List<Invoice> invoicesOf(Order order) {
    return invoices.forContract(order.contractNumber());
  }

  private Invoice onlyInvoice(Order order) {
    assertThat(invoicesOf(order)).hasSize(1);
    return invoicesOf(order).get(0);
  }

  private List<NoticeType> noticeTypes(Order order) {
    return notices.forContract(order.contractNumber()).stream().map(Notice::type).toList();
  }

  private Deadline deadline(Order order, String clause) {
    return deadlines.forContract(order.contractNumber()).stream()
        .filter(d -> clause.equals(d.clause())).findFirst()
        .orElseThrow(() -> new AssertionError("no deadline " + clause + " in "
            + deadlines.forContract(order.contractNumber())));
  }

  private Job timer(Order order) {
    return management.createJobQuery().processInstanceId(order.instance().getId()).timers()
        .singleResult();
  }

  private static void assertAmounts(Invoice invoice, String exclVat, String vat, String total) {
    assertThat(invoice.amountExclVat()).isEqualByComparingTo(exclVat);
    assertThat(invoice.vat()).isEqualByComparingTo(vat);
    assertThat(invoice.total()).isEqualByComparingTo(total);
  }

  // --- BDB-5.2a quote validity -----------------------------------------------------------------

  @Test
  void BDB_5_2a_quote_expires_after_one_month_rolled_past_Easter_Monday() {
    today(LocalDate.of(2026, 3, 6));
    var order = project(ledger.client(ClientType.PROFESSIONAL, Language.fr), "debruijne", "2000.00");

    // 6 March + 1 month = Monday 6 April 2026, Easter Monday: rolled to Tuesday 7 April
    assertThat(order.instance()).isWaitingAt(OrderVariables.TASK_RECORD_CLIENT_SIGNATURE);
    assertThat(deadline(order, "BDB-5.2a").dueDate()).isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(deadline(order, "BDB-5.2a").status()).isEqualTo(Deadline.Status.PENDING);
    assertThat(timer(order).getDuedate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-04-08T00:00:00+02:00").toInstant());
    Notice sent = notices.forContract(order.contractNumber()).get(0);
    assertThat(sent.type()).isEqualTo(NoticeType.QUOTE_SENT);
    assertThat(sent.clause()).isEqualTo("BDB-5.2a");
    assertThat(sent.hasDocument()).isTrue();
    assertThat(sent.documentName()).isEqualTo(order.quoteNumber() + ".pdf");
    assertThat(quotes.validUntil(order.quoteNumber())).contains(LocalDate.of(2026, 4, 7));

    today(LocalDate.of(2026, 4, 7));
    runJobs(order.instance());
    assertThat(order.instance()).isWaitingAt(OrderVariables.TASK_RECORD_CLIENT_SIGNATURE);

    today(LocalDate.of(2026, 4, 8));
    runJobs(order.instance());
    assertThat(order.instance()).hasPassed(OrderVariables.TASK_EXPIRE_QUOTE).isEnded();
    assertThat(order.instance()).hasPassed(OrderVariables.END_QUOTE_EXPIRED);
    assertThat(status(order)).isEqualTo(ContractStatus.EXPIRED);
    assertThat(noticeTypes(order)).containsExactly(NoticeType.QUOTE_SENT, NoticeType.QUOTE_EXPIRED);
    assertThat(deadline(order, "BDB-5.2a").status()).isEqualTo(Deadline.Status.MISSED);
    assertThatThrownBy(() -> quotes.sign(order.quoteNumber(), LocalDate.of(2026, 4, 8)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("expired")
        .hasMessageContaining("2026-04-07");
  }

  @Test
  void BDB_5_2a_a_signature_dated_after_the_validity_is_refused_even_before_the_timer_fired() {
    today(LocalDate.of(2026, 1, 30));
    var order = project(ledger.client(ClientType.PROFESSIONAL, Language.nl), "debruijne", "900.00");
    // 30 January + 1 month = 28 February 2026, a Saturday: rolled to Monday 2 March
    assertThat(deadline(order, "BDB-5.2a").dueDate()).isEqualTo(LocalDate.of(2026, 3, 2));

    today(LocalDate.of(2026, 3, 3)); // the timer is due, but no job has run yet
    assertThatThrownBy(() -> quotes.sign(order.quoteNumber(), LocalDate.of(2026, 3, 3)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("valid until 2026-03-02");

    quotes.sign(order.quoteNumber(), LocalDate.of(2026, 3, 2)); // dated on the last day: in time
    runJobs(order.instance());
    assertThat(order.instance()).isWaitingAt(AWAITING_DEPOSIT);
    assertThat(deadline(order, "BDB-5.2a").status()).isEqualTo(Deadline.Status.MET);
  }

  @Test
  void quote_validity_defaults_to_one_month_where_the_terms_set_none() {
    today(LocalDate.of(2026, 3, 2));
    var order = project(ledger.client(ClientType.PROFESSIONAL, Language.fr), "wja", "1000.00");

    assertThat(deadline(order, OrderService.DEFAULT_VALIDITY_CLAUSE).dueDate())
        .isEqualTo(LocalDate.of(2026, 4, 2));
  }

  // --- BDB-5.2b signature recorded by sales in Tasklist ------------------------------------------

  @Test
  void BDB_5_2b_sales_records_the_signature_in_Tasklist_due_on_the_last_day_of_validity() {
    today(LocalDate.of(2026, 3, 6));
    var order = project(ledger.client(ClientType.PROFESSIONAL, Language.fr), "debruijne", "2000.00");

    var task = tasks.createTaskQuery().processInstanceId(order.instance().getId())
        .initializeFormKeys().singleResult();
    assertThat(task.getName()).startsWith("Record the client's signature — ");
    assertThat(task.getTaskDefinitionKey()).isEqualTo(OrderVariables.TASK_RECORD_CLIENT_SIGNATURE);
    assertThat(task).hasCandidateGroup("sales")
        .hasDueDate(calendar.taskDue(LocalDate.of(2026, 4, 7))); // validity, past Easter Monday
    assertThat(task.getCamundaFormRef().getKey()).isEqualTo(OrderVariables.FORM_RECORD_SIGNATURE);

    today(LocalDate.of(2026, 3, 9));
    tasks.complete(task.getId(), TypedVariables.of(OrderVariables.SIGNED_DATE, LocalDate.of(2026, 3, 9))
        .and(OrderVariables.SIGNATURE_CHANNEL, SignatureChannel.EMAIL).map());
    runJobs(order.instance());

    assertThat(order.instance()).hasPassed(OrderVariables.TASK_RECORD_SIGNATURE)
        .isWaitingAt(AWAITING_DEPOSIT);
    assertThat(quotes.state(order.quoteNumber()).quote().signedDate())
        .isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(deadline(order, "BDB-5.2a").status()).isEqualTo(Deadline.Status.MET);
    assertAmounts(onlyInvoice(order), "1000.00", "210.00", "1210.00");
    assertThatThrownBy(() -> quotes.sign(order.quoteNumber(), null))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("already signed on 2026-03-09");
  }

  @Test
  void BDB_5_2b_a_signature_dated_after_today_is_refused_and_the_task_stays_open() {
    today(LocalDate.of(2026, 3, 6));
    var order = project(ledger.client(ClientType.PROFESSIONAL, Language.fr), "wja", "2000.00");
    var task = tasks.createTaskQuery().processInstanceId(order.instance().getId()).singleResult();

    assertThatThrownBy(() -> tasks.complete(task.getId(),
            TypedVariables.of(OrderVariables.SIGNED_DATE, LocalDate.of(2026, 3, 10))
                .and(OrderVariables.SIGNATURE_CHANNEL, SignatureChannel.POST).map()))
        .hasMessageContaining("is after today (2026-03-06)");

    assertThat(order.instance()).isWaitingAt(OrderVariables.TASK_RECORD_CLIENT_SIGNATURE);
    assertThat(quotes.state(order.quoteNumber()).quote().signedDate()).isNull();
    assertThat(invoicesOf(order)).isEmpty();
  }

  // --- first invoice per the terms -----------------------------------------------------------

  @Test
  void WJA_2_deposit_is_50_percent_and_work_waits_for_its_payment() {
    today(LocalDate.of(2026, 3, 2));
    var order = issue(ledger.client(ClientType.PROFESSIONAL, Language.fr), "wja",
        ContractKind.PROJECT, lines("Website", "1", "8000.00", "Extra page", "4", "500.00"),
        null, null, null, null);
    sign(order, LocalDate.of(2026, 3, 2));

    Invoice deposit = onlyInvoice(order);
    assertThat(deposit.kind()).isEqualTo(InvoiceKind.DEPOSIT);
    assertThat(deposit.clause()).isEqualTo("WJA-2");
    assertAmounts(deposit, "5000.00", "1050.00", "6050.00");
    assertThat(order.instance()).isWaitingAt(AWAITING_DEPOSIT);
    assertThat(status(order)).isEqualTo(ContractStatus.QUOTED);

    // WJA-7/8: payable on the invoice date ("au grand comptant"), so paid the same day
    pay(order, deposit, "6050.00");

    assertThat(order.instance()).hasPassed(OrderVariables.TASK_CONFIRM_ORDER, OrderVariables.END_ORDER_CONFIRMED).isEnded();
    assertThat(status(order)).isEqualTo(ContractStatus.CONFIRMED);
    assertThat(contracts.require(order.contractNumber()).startDate())
        .isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(noticeTypes(order)).containsExactly(NoticeType.QUOTE_SENT,
        NoticeType.INVOICE_SENT, NoticeType.ORDER_CONFIRMED);
  }

  @Test
  void WJA_2_a_deposit_already_paid_when_the_process_looks_is_not_awaited() {
    today(LocalDate.of(2026, 3, 2));
    var order = project(ledger.client(ClientType.PROFESSIONAL, Language.fr), "wja", "1000.00");
    quotes.sign(order.quoteNumber(), null);
    // run only "Record signature" and "Issue first invoice": the deposit is paid before the check
    management.executeJob(management.createJobQuery()
        .processInstanceId(order.instance().getId()).singleResult().getId());
    management.executeJob(management.createJobQuery()
        .processInstanceId(order.instance().getId()).singleResult().getId());
    payments.record(new PaymentCommand(onlyInvoice(order).number(), eur("605.00"), null, null, "bank"));

    runJobs(order.instance());

    // the exclusive gateways are not in the history (process.AuditedHistory): the end they lead to is
    assertThat(order.instance()).hasPassed(OrderVariables.END_WORK_MAY_START)
        .hasNotPassed(OrderVariables.EVENT_FIRST_INVOICE_SETTLED).isEnded();
    assertThat(status(order)).isEqualTo(ContractStatus.CONFIRMED);
  }

  @Test
  void WJA_2_recurring_deposit_is_50_percent_of_the_annualised_price() {
    today(LocalDate.of(2026, 3, 2));
    var order = recurring(ledger.client(ClientType.PROFESSIONAL, Language.fr), "wja",
        ContractKind.MAINTENANCE, "120.00", Period.MONTHLY);
    sign(order, LocalDate.of(2026, 3, 2));

    // 120.00 × 12 = 1440.00; 50 % = 720.00; VAT 151.20
    Invoice deposit = onlyInvoice(order);
    assertThat(deposit.kind()).isEqualTo(InvoiceKind.DEPOSIT);
    assertAmounts(deposit, "720.00", "151.20", "871.20");
    assertThat(order.instance()).isWaitingAt(AWAITING_DEPOSIT);
  }

  @Test
  void WJA_4_regie_deposit_is_five_hours_at_the_hourly_rate() {
    today(LocalDate.of(2026, 3, 2));
    var order = issue(ledger.client(ClientType.PROFESSIONAL, Language.fr), "wja",
        ContractKind.REGIE, List.of(), null, null, "85.00", "20");
    sign(order, LocalDate.of(2026, 3, 2));

    Invoice deposit = onlyInvoice(order);
    assertThat(deposit.clause()).isEqualTo("WJA-4");
    assertAmounts(deposit, "425.00", "89.25", "514.25");
    assertThat(order.instance()).isWaitingAt(AWAITING_DEPOSIT);
  }

  @Test
  void BDB_R5_1_the_first_monthly_payment_gates_production() {
    today(LocalDate.of(2026, 3, 2));
    var order = recurring(ledger.client(ClientType.PROFESSIONAL, Language.fr), "debruijne",
        ContractKind.RENTAL, "49.00", Period.MONTHLY);
    sign(order, LocalDate.of(2026, 3, 2));

    Invoice first = onlyInvoice(order);
    assertThat(first.kind()).isEqualTo(InvoiceKind.PERIODIC);
    assertThat(first.clause()).isEqualTo("BDB-R5.1");
    assertAmounts(first, "49.00", "10.29", "59.29");
    assertThat(order.instance()).isWaitingAt(OrderVariables.EVENT_FIRST_PERIOD_SETTLED);
    assertThat(status(order)).isEqualTo(ContractStatus.QUOTED);

    today(LocalDate.of(2026, 3, 4));
    pay(order, first, "59.29");

    assertThat(status(order)).isEqualTo(ContractStatus.CONFIRMED);
    assertThat(order.instance()).as("a professional has no withdrawal period to wait for")
        .hasPassed(OrderVariables.TASK_CONFIRM_ORDER, OrderVariables.END_NO_WITHDRAWAL_RIGHT).isEnded();
    assertThat(deliveryOf(order)).as("the rented site is built once the first payment is in")
        .isNotNull();
  }

  @Test
  void VIR_no_deposit_for_a_project_the_order_is_confirmed_at_signature() {
    today(LocalDate.of(2026, 3, 2));
    var order = project(ledger.client(ClientType.PROFESSIONAL, Language.fr), "virtura", "3000.00");
    sign(order, LocalDate.of(2026, 3, 2));

    assertThat(invoicesOf(order)).isEmpty();
    assertThat(order.instance()).hasNotPassed(OrderVariables.EVENT_FIRST_INVOICE_SETTLED)
        .hasPassed(OrderVariables.END_ORDER_CONFIRMED).isEnded();
    assertThat(status(order)).isEqualTo(ContractStatus.CONFIRMED);
    assertThat(noticeTypes(order)).containsExactly(NoticeType.QUOTE_SENT, NoticeType.ORDER_CONFIRMED);
    assertThat(deliveryOf(order)).as("a confirmed project is delivered").isNotNull();
  }

  @Test
  void VIR_4_a_recurring_service_invoices_its_first_period_and_starts_at_signature() {
    today(LocalDate.of(2026, 3, 2));
    var order = recurring(ledger.client(ClientType.PROFESSIONAL, Language.en), "virtura",
        ContractKind.RECURRING, "250.00", Period.QUARTERLY);
    sign(order, LocalDate.of(2026, 3, 2));

    Invoice first = onlyInvoice(order);
    assertThat(first.kind()).isEqualTo(InvoiceKind.PERIODIC);
    assertThat(first.clause()).isEqualTo("VIR-4");
    assertAmounts(first, "250.00", "52.50", "302.50");
    assertThat(first.status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(order.instance()).hasPassed(OrderVariables.END_ORDER_CONFIRMED).isEnded();
    assertThat(status(order)).isEqualTo(ContractStatus.CONFIRMED);
    assertThat(deliveryOf(order)).as("a recurring service has no site to deliver").isNull();
  }

  // --- BDB-5.2c dispute on an earlier order --------------------------------------------------

  @Nested
  class BDB_5_2c_client_in_dispute {

    Order order;
    Invoice overdue;

    @BeforeEach
    void aClientWithAnOverdueInvoiceSignsANewQuote() {
      today(LocalDate.of(2026, 1, 5));
      var client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
      var earlier = ledger.contract("debruijne", ContractKind.PROJECT, client);
      overdue = ledger.invoice(earlier, InvoiceKind.BALANCE, "BDB-16.4", "1000.00"); // due 20 Jan

      today(LocalDate.of(2026, 3, 2));
      order = project(client, "debruijne", "2000.00");
      sign(order, LocalDate.of(2026, 3, 2));
    }

    @Test
    void sales_reviews_the_order_by_its_due_date() {
      assertThat(order.instance()).isWaitingAt(OrderVariables.TASK_REVIEW_ORDER_IN_DISPUTE);
      var task = tasks.createTaskQuery().processInstanceId(order.instance().getId())
          .initializeFormKeys().singleResult();
      assertThat(task.getName()).startsWith("Review order from a client in dispute — ");
      assertThat(task).hasCandidateGroup("sales")
          .hasDueDate(calendar.taskDue(LocalDate.of(2026, 3, 4)));
      assertThat(task.getCamundaFormRef().getKey()).isEqualTo("Form_ReviewOrderInDispute");
      assertThat(OrderVariables.DISPUTE_SUMMARY.get(runtime.getVariables(order.instance().getId())))
          .contains(overdue.number());
    }

    @Test
    void accepted_the_order_goes_on_to_its_deposit() {
      var task = tasks.createTaskQuery().processInstanceId(order.instance().getId()).singleResult();
      tasks.complete(task.getId(), OrderVariables.ORDER_ACCEPTED.as(true));
      runJobs(order.instance());

      assertThat(order.instance()).isWaitingAt(AWAITING_DEPOSIT);
      assertAmounts(onlyInvoice(order), "1000.00", "210.00", "1210.00");
    }

    @Test
    void refused_with_a_reason_the_contract_is_refused() {
      var task = tasks.createTaskQuery().processInstanceId(order.instance().getId()).singleResult();
      tasks.complete(task.getId(), TypedVariables.of(OrderVariables.ORDER_ACCEPTED, false)
          .and(OrderVariables.REFUSAL_REASON, "Invoice " + overdue.number() + " still unpaid").map());
      runJobs(order.instance());

      assertThat(order.instance()).hasPassed(OrderVariables.END_ORDER_REFUSED).isEnded();
      assertThat(status(order)).isEqualTo(ContractStatus.REFUSED);
      assertThat(invoicesOf(order)).isEmpty();
    }
  }

  @Test
  void BDB_5_2c_without_a_dispute_no_review() {
    today(LocalDate.of(2026, 3, 2));
    var order = project(ledger.client(ClientType.PROFESSIONAL, Language.fr), "debruijne", "2000.00");
    sign(order, LocalDate.of(2026, 3, 2));

    assertThat(order.instance()).hasNotPassed(OrderVariables.TASK_REVIEW_ORDER_IN_DISPUTE)
        .isWaitingAt(AWAITING_DEPOSIT);
  }

  // --- BDB-R15 withdrawal, BDB-9 ---------------------------------------------------------------

  @Test
  void CEL_VI_47_a_consumer_rental_concluded_at_a_distance_may_be_withdrawn_for_14_days_and_is_refunded() {
    today(LocalDate.of(2026, 3, 2));
    var order = recurring(ledger.client(ClientType.CONSUMER, Language.fr), "debruijne",
        ContractKind.RENTAL, "49.00", Period.MONTHLY);
    sign(order, LocalDate.of(2026, 3, 2));
    today(LocalDate.of(2026, 3, 3));
    pay(order, onlyInvoice(order), "59.29");
    assertThat(order.instance()).isWaitingAt(OrderVariables.TIMER_WITHDRAWAL_PERIOD_ENDED);
    // signed through the API: at a distance; 2 March + 14 days = Monday 16 March (CEL VI.47
    // over the 7 days of BDB-R15)
    assertThat(deadline(order, "CEL-VI.47").dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(timer(order).getDuedate()).isEqualTo(calendar.endOf(LocalDate.of(2026, 3, 16)));

    today(LocalDate.of(2026, 3, 16));
    event(order, ContractEventType.WITHDRAWAL, LocalDate.of(2026, 3, 16), Channel.EMAIL);

    assertThat(order.instance()).hasPassed(OrderVariables.TASK_WITHDRAW_ORDER, OrderVariables.END_ORDER_WITHDRAWN).isEnded();
    assertThat(status(order)).isEqualTo(ContractStatus.WITHDRAWN);
    var notes = creditNotes.forContract(order.contractNumber());
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).amount()).isEqualByComparingTo("59.29");
    assertThat(notes.get(0).creditedInvoice()).isEqualTo(onlyInvoice(order).number());
    assertThat(notes.get(0).clause()).isEqualTo("CEL-VI.47");
    assertThat(noticeTypes(order)).contains(NoticeType.CREDIT_NOTE_SENT,
        NoticeType.WITHDRAWAL_CONFIRMED);
    assertThat(deadline(order, "CEL-VI.47").status()).isEqualTo(Deadline.Status.MET);
  }

  @Test
  void BDB_R15_a_withdrawal_closes_the_open_change_request_and_refuses_a_new_one() {
    today(LocalDate.of(2026, 3, 2));
    var order = recurring(ledger.client(ClientType.CONSUMER, Language.fr), "debruijne",
        ContractKind.RENTAL, "49.00", Period.MONTHLY);
    sign(order, LocalDate.of(2026, 3, 2));
    pay(order, onlyInvoice(order), "59.29");
    today(LocalDate.of(2026, 3, 4));
    events.deliver(order.contractNumber(), new ContractEvents.Event(
        ContractEventType.CHANGE_REQUEST, LocalDate.of(2026, 3, 4), Party.CLIENT, Channel.EMAIL,
        "Add a contact form"));
    ProcessInstance change = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(ChangeRequestVariables.businessKey(order.contractNumber(), 1))
        .singleResult();
    runJobs(change);
    assertThat(change).isWaitingAt(ChangeRequestVariables.TASK_ASSESS);

    today(LocalDate.of(2026, 3, 9));
    event(order, ContractEventType.WITHDRAWAL, LocalDate.of(2026, 3, 9), Channel.EMAIL);
    runJobs(change);

    assertThat(status(order)).isEqualTo(ContractStatus.WITHDRAWN);
    assertThat(change).isEnded().hasPassed(ChangeRequestVariables.END_CHANGE_REQUEST_CLOSED);
    assertThat(tasks.createTaskQuery().processInstanceId(change.getId()).count())
        .as("the assessment task is gone").isZero();
    assertThatThrownBy(() -> events.deliver(order.contractNumber(), new ContractEvents.Event(
        ContractEventType.CHANGE_REQUEST, LocalDate.of(2026, 3, 10), Party.CLIENT,
        Channel.EMAIL, "One more page")))
        .isInstanceOf(ConflictException.class).hasMessageContaining("is WITHDRAWN");
  }

  @Test
  void BDB_R15_a_withdrawal_also_ends_the_delivery_of_the_rented_site() {
    today(LocalDate.of(2026, 3, 2));
    var order = recurring(ledger.client(ClientType.CONSUMER, Language.fr), "debruijne",
        ContractKind.RENTAL, "49.00", Period.MONTHLY);
    sign(order, LocalDate.of(2026, 3, 2));
    pay(order, onlyInvoice(order), "59.29");
    ProcessInstance delivery = deliveryOf(order);
    runJobs(delivery);
    assertThat(delivery).isWaitingAt(DeliveryVariables.TASK_RECEIVE_CONTENTS);

    today(LocalDate.of(2026, 3, 5));
    event(order, ContractEventType.WITHDRAWAL, LocalDate.of(2026, 3, 5), Channel.EMAIL);
    runJobs(delivery);

    assertThat(status(order)).isEqualTo(ContractStatus.WITHDRAWN);
    assertThat(delivery).hasPassed(DeliveryVariables.END_DELIVERY_WITHDRAWN).isEnded();
    assertThat(management.createJobQuery().processInstanceId(delivery.getId()).count()).isZero();
    assertThat(creditNotes.forContract(order.contractNumber())).hasSize(1);
  }

  @Test
  void BDB_R15_a_professional_rental_has_no_withdrawal_period_and_a_withdrawal_is_refused() {
    today(LocalDate.of(2026, 3, 2));
    var order = recurring(ledger.client(ClientType.PROFESSIONAL, Language.fr), "debruijne",
        ContractKind.RENTAL, "49.00", Period.MONTHLY);
    sign(order, LocalDate.of(2026, 3, 2));
    assertThat(deadlines.forContract(order.contractNumber()))
        .as("no withdrawal period for a professional")
        .noneMatch(d -> d.name().startsWith("Withdrawal"));
    assertThat(timer(order)).as("no withdrawal timer").isNull();

    today(LocalDate.of(2026, 3, 9));
    assertThatThrownBy(() -> events.deliver(order.contractNumber(), new ContractEvents.Event(
            ContractEventType.WITHDRAWAL, LocalDate.of(2026, 3, 9), Party.CLIENT,
            Channel.REGISTERED_LETTER, null)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("professional")
        .hasMessageContaining("BDB-R15: granted to non-professional clients only");
    assertThat(status(order)).isEqualTo(ContractStatus.QUOTED);
    assertThat(onlyInvoice(order).status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(noticeTypes(order)).doesNotContain(NoticeType.WITHDRAWAL_CONFIRMED);
  }

  @Test
  void BDB_R15_a_consumer_rental_signed_at_the_premises_has_7_clear_days_by_registered_letter() {
    today(LocalDate.of(2026, 3, 2));
    var order = recurring(ledger.client(ClientType.CONSUMER, Language.fr), "debruijne",
        ContractKind.RENTAL, "49.00", Period.MONTHLY);
    quotes.sign(order.quoteNumber(), LocalDate.of(2026, 3, 2), ConcludedAt.PREMISES, false);
    runJobs(order.instance());
    // VI.47 does not apply at the premises; BDB-R15: 2 March + 7 days = Monday 9 March
    assertThat(deadline(order, "BDB-R15").dueDate()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(order.instance()).as("the period runs before the first payment")
        .isWaitingAt(OrderVariables.TIMER_WITHDRAWAL_PERIOD_ENDED, OrderVariables.EVENT_FIRST_PERIOD_SETTLED);

    today(LocalDate.of(2026, 3, 9));
    assertThatThrownBy(() -> events.deliver(order.contractNumber(), new ContractEvents.Event(
            ContractEventType.WITHDRAWAL, LocalDate.of(2026, 3, 9), Party.CLIENT, Channel.EMAIL, null)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("REGISTERED_LETTER");

    event(order, ContractEventType.WITHDRAWAL, LocalDate.of(2026, 3, 9), Channel.REGISTERED_LETTER);

    assertThat(status(order)).isEqualTo(ContractStatus.WITHDRAWN);
    assertThat(onlyInvoice(order).status()).isEqualTo(InvoiceStatus.CANCELLED);
    // an issued invoice is never deleted: a credit note cancels it and regularises its VAT
    assertThat(creditNotes.forContract(order.contractNumber())).singleElement().satisfies(note -> {
      assertThat(note.creditedInvoice()).isEqualTo(onlyInvoice(order).number());
      assertThat(note.amountExclVat()).isEqualByComparingTo("49.00");
      assertThat(note.vat()).isEqualByComparingTo("10.29");
      assertThat(note.amount()).isEqualByComparingTo("59.29");
    });
    assertThat(noticeTypes(order)).contains(NoticeType.WITHDRAWAL_CONFIRMED,
        NoticeType.CREDIT_NOTE_SENT);
  }

  @Test
  void BDB_R15_a_withdrawal_after_the_period_is_refused() {
    today(LocalDate.of(2026, 3, 2));
    var order = recurring(ledger.client(ClientType.CONSUMER, Language.fr), "debruijne",
        ContractKind.RENTAL, "49.00", Period.MONTHLY);
    quotes.sign(order.quoteNumber(), LocalDate.of(2026, 3, 2), ConcludedAt.PREMISES, false);
    runJobs(order.instance());
    pay(order, onlyInvoice(order), "59.29");

    today(LocalDate.of(2026, 3, 10)); // the timer is due but has not run yet
    assertThatThrownBy(() -> events.deliver(order.contractNumber(), new ContractEvents.Event(
            ContractEventType.WITHDRAWAL, LocalDate.of(2026, 3, 10), Party.CLIENT,
            Channel.REGISTERED_LETTER, null)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("ended on 2026-03-09");

    runJobs(order.instance());
    assertThat(order.instance()).hasPassed(OrderVariables.TASK_CLOSE_WITHDRAWAL_PERIOD, OrderVariables.END_ORDER_CONFIRMED)
        .isEnded();
    assertThat(deadline(order, "BDB-R15").status()).isEqualTo(Deadline.Status.MISSED);
    assertThatThrownBy(() -> events.deliver(order.contractNumber(), new ContractEvents.Event(
            ContractEventType.WITHDRAWAL, LocalDate.of(2026, 3, 10), Party.CLIENT,
            Channel.REGISTERED_LETTER, null)))
        .isInstanceOf(ConflictException.class);
    assertThat(status(order)).isEqualTo(ContractStatus.CONFIRMED);
  }

  @Test
  void BDB_9_no_withdrawal_for_a_custom_website_between_professionals() {
    today(LocalDate.of(2026, 3, 2));
    var order = project(ledger.client(ClientType.PROFESSIONAL, Language.fr), "debruijne", "2000.00");
    sign(order, LocalDate.of(2026, 3, 2));

    assertThatThrownBy(() -> events.deliver(order.contractNumber(), new ContractEvents.Event(
            ContractEventType.WITHDRAWAL, LocalDate.of(2026, 3, 3), Party.CLIENT,
            Channel.REGISTERED_LETTER, null)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("BDB-9")
        .hasMessageContaining("CANCELLATION");
    assertThat(order.instance()).isWaitingAt(AWAITING_DEPOSIT);
    assertThat(status(order)).isEqualTo(ContractStatus.QUOTED);
  }

  @Test
  void BDB_9_CEL_VI_47_a_consumer_website_concluded_at_a_distance_may_be_withdrawn_within_14_days() {
    today(LocalDate.of(2026, 3, 2));
    var order = project(ledger.client(ClientType.CONSUMER, Language.fr), "debruijne", "2000.00");
    sign(order, LocalDate.of(2026, 3, 2));
    assertThat(deadline(order, "CEL-VI.47").dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
    today(LocalDate.of(2026, 3, 3));
    pay(order, onlyInvoice(order), "1210.00");
    assertThat(status(order)).isEqualTo(ContractStatus.CONFIRMED);

    today(LocalDate.of(2026, 3, 13));
    event(order, ContractEventType.WITHDRAWAL, LocalDate.of(2026, 3, 13), Channel.EMAIL);

    assertThat(order.instance()).as("no early start asked: nothing to assess")
        .hasNotPassed(OrderVariables.TASK_ASSESS_WORK_DONE_BEFORE_WITHDRAWAL).isEnded();
    assertThat(status(order)).isEqualTo(ContractStatus.WITHDRAWN);
    assertThat(creditNotes.forContract(order.contractNumber())).singleElement()
        .satisfies(note -> assertThat(note.amount()).isEqualByComparingTo("1210.00"));
  }

  @Test
  void CEL_VI_47_applies_to_every_agency_a_wja_consumer_project_signed_off_premises() {
    today(LocalDate.of(2026, 3, 2));
    var order = project(ledger.client(ClientType.CONSUMER, Language.fr), "wja", "1000.00");
    quotes.sign(order.quoteNumber(), LocalDate.of(2026, 3, 2), ConcludedAt.OFF_PREMISES, false);
    runJobs(order.instance());
    assertThat(deadline(order, "CEL-VI.47").dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));

    today(LocalDate.of(2026, 3, 17));
    assertThatThrownBy(() -> events.deliver(order.contractNumber(), new ContractEvents.Event(
            ContractEventType.WITHDRAWAL, LocalDate.of(2026, 3, 17), Party.CLIENT, Channel.EMAIL,
            null)))
        .isInstanceOf(ConflictException.class).hasMessageContaining("ended on 2026-03-16");
    event(order, ContractEventType.WITHDRAWAL, LocalDate.of(2026, 3, 16), Channel.EMAIL);
    assertThat(status(order)).isEqualTo(ContractStatus.WITHDRAWN);
  }

  @Test
  void CEL_VI_47_a_consumer_project_signed_at_the_premises_has_no_withdrawal_right() {
    today(LocalDate.of(2026, 3, 2));
    var order = project(ledger.client(ClientType.CONSUMER, Language.fr), "virtura", "3000.00");
    quotes.sign(order.quoteNumber(), LocalDate.of(2026, 3, 2), ConcludedAt.PREMISES, false);
    runJobs(order.instance());
    assertThat(deadlines.forContract(order.contractNumber()))
        .noneMatch(d -> d.name().startsWith("Withdrawal"));

    assertThatThrownBy(() -> events.deliver(order.contractNumber(), new ContractEvents.Event(
            ContractEventType.WITHDRAWAL, LocalDate.of(2026, 3, 3), Party.CLIENT, Channel.EMAIL,
            null)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("concluded at the agency's premises")
        .hasMessageContaining("CEL-VI.47");
    assertThat(status(order)).isEqualTo(ContractStatus.CONFIRMED);
  }

  @Test
  void CEL_VI_51_a_consumer_who_asked_for_an_early_start_pays_for_the_work_done() {
    today(LocalDate.of(2026, 3, 2));
    var order = project(ledger.client(ClientType.CONSUMER, Language.fr), "debruijne", "2000.00");
    quotes.sign(order.quoteNumber(), LocalDate.of(2026, 3, 2), ConcludedAt.DISTANCE, true);
    runJobs(order.instance());
    today(LocalDate.of(2026, 3, 3));
    pay(order, onlyInvoice(order), "1210.00");

    today(LocalDate.of(2026, 3, 10));
    event(order, ContractEventType.WITHDRAWAL, LocalDate.of(2026, 3, 10), Channel.EMAIL);
    var task = tasks.createTaskQuery().processInstanceId(order.instance().getId())
        .taskDefinitionKey(OrderVariables.TASK_ASSESS_WORK_DONE_BEFORE_WITHDRAWAL).singleResult();
    assertThat(task).hasCandidateGroup("production")
        .hasDueDate(calendar.taskDue(LocalDate.of(2026, 3, 12)));
    assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of(OrderVariables.WORK_DONE_PERCENT.name(), 130)))
        .hasMessageContaining("from 0 to 100");

    tasks.complete(task.getId(), Map.of(OrderVariables.WORK_DONE_PERCENT.name(), 30));
    runJobs(order.instance());

    // the deposit credited in full (1 000.00 + 210.00 VAT); the work done invoiced on its own:
    // 30 % of 2 000.00 = 600.00 + 126.00 VAT = 726.00, set off against the 1 210.00 paid;
    // 484.00 refunded
    assertThat(status(order)).isEqualTo(ContractStatus.WITHDRAWN);
    var note = creditNotes.forContract(order.contractNumber());
    assertThat(note).singleElement().satisfies(n -> {
      assertThat(n.amountExclVat()).isEqualByComparingTo("1000.00");
      assertThat(n.vat()).isEqualByComparingTo("210.00");
      assertThat(n.amount()).isEqualByComparingTo("1210.00");
    });
    Invoice work = invoices.require(invoicesOf(order).stream()
        .filter(i -> i.kind() == InvoiceKind.INTERIM).findFirst().orElseThrow().number());
    assertAmounts(work, "600.00", "126.00", "726.00");
    assertThat(work.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(note.get(0).amount().subtract(work.paidPrincipal())).isEqualByComparingTo("484.00");
    var confirmation = notices.forContract(order.contractNumber()).stream()
        .filter(n -> n.type() == NoticeType.WITHDRAWAL_CONFIRMED).findFirst().orElseThrow();
    assertThat(notices.body(confirmation.id()).orElseThrow())
        .contains("726,00").contains("484,00").contains("VI.51");
  }

  @Test
  void CEL_VI_51_a_consumer_rental_started_early_owes_the_days_served() {
    today(LocalDate.of(2026, 3, 2));
    var order = recurring(ledger.client(ClientType.CONSUMER, Language.fr), "debruijne",
        ContractKind.RENTAL, "49.00", Period.MONTHLY);
    quotes.sign(order.quoteNumber(), LocalDate.of(2026, 3, 2), ConcludedAt.DISTANCE, true);
    runJobs(order.instance());
    today(LocalDate.of(2026, 3, 3));
    pay(order, onlyInvoice(order), "59.29");

    today(LocalDate.of(2026, 3, 12));
    event(order, ContractEventType.WITHDRAWAL, LocalDate.of(2026, 3, 12), Channel.EMAIL);

    // served 3-12 March = 10 of the 365 days of the first year: 588.00 x 10 / 365 = 16.11
    // + 21 % VAT 3.38 = 19.49 owed, invoiced on its own and set off against the first month
    // (49.00 + 10.29 VAT), credited in full: 39.80 refunded
    assertThat(status(order)).isEqualTo(ContractStatus.WITHDRAWN);
    var note = creditNotes.forContract(order.contractNumber());
    assertThat(note).singleElement().satisfies(n -> {
      assertThat(n.amount()).isEqualByComparingTo("59.29");
      assertThat(n.vat()).isEqualByComparingTo("10.29");
    });
    Invoice served = invoices.require(invoicesOf(order).stream()
        .filter(i -> i.kind() == InvoiceKind.INTERIM).findFirst().orElseThrow().number());
    assertAmounts(served, "16.11", "3.38", "19.49");
    assertThat(note.get(0).amount().subtract(served.paidPrincipal())).isEqualByComparingTo("39.80");
  }

  // --- WJA-18, BDB-10.2 cancellation before work starts --------------------------------------

  // --- WJA-2 / BDB-8.1: an order whose deposit is never paid lapses ----------------------------

  /** The lapse deadline of the order (clause WJA-2 or BDB-8.1). */
  private Deadline lapseDeadline(Order order) {
    return deadlines.forContract(order.contractNumber()).stream()
        .filter(d -> d.kind() == DeadlineKind.DEPOSIT_LAPSE).findFirst()
        .orElseThrow(() -> new AssertionError("no deposit lapse deadline in "
            + deadlines.forContract(order.contractNumber())));
  }

  private Job lapseTimer(Order order) {
    return management.createJobQuery().processInstanceId(order.instance().getId())
        .activityId(OrderVariables.TIMER_DEPOSIT_UNPAID_ORDER_LAPSES).timers().singleResult();
  }

  @Test
  void WJA_2_an_unpaid_deposit_lapses_the_order_at_the_end_of_the_quote_validity_when_it_is_later_than_the_due_date() {
    today(LocalDate.of(2026, 3, 2));
    var order = project(ledger.client(ClientType.PROFESSIONAL, Language.fr), "wja", "10000.00");
    today(LocalDate.of(2026, 3, 5));
    sign(order, LocalDate.of(2026, 3, 5));
    Invoice deposit = onlyInvoice(order);
    // WJA-7/8: due on its date (5 March); the quote is valid until 2 April (one month, the reading)
    assertThat(deposit.dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(order.instance()).isWaitingAt(AWAITING_DEPOSIT);
    assertThat(lapseDeadline(order).clause()).isEqualTo("WJA-2");
    assertThat(lapseDeadline(order).dueDate()).isEqualTo(LocalDate.of(2026, 4, 2));
    assertThat(lapseDeadline(order).status()).isEqualTo(Deadline.Status.PENDING);
    assertThat(lapseTimer(order).getDuedate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-04-03T00:00:00+02:00").toInstant());

    today(LocalDate.of(2026, 4, 2));
    runJobs(order.instance());
    assertThat(order.instance()).isWaitingAt(AWAITING_DEPOSIT);
    assertThat(status(order)).isEqualTo(ContractStatus.QUOTED);

    today(LocalDate.of(2026, 4, 3));
    runJobs(order.instance());
    assertThat(order.instance()).hasPassed(OrderVariables.TASK_LAPSE_ORDER,
        OrderVariables.END_ORDER_LAPSED).hasNotPassed(OrderVariables.TASK_CONFIRM_ORDER).isEnded();
    assertThat(status(order)).isEqualTo(ContractStatus.EXPIRED);
    assertThat(lapseDeadline(order).status()).isEqualTo(Deadline.Status.MISSED);
    // the deposit is cancelled by a credit note of its base and VAT; no damages: nothing concluded
    assertThat(invoices.require(deposit.number()).status()).isEqualTo(InvoiceStatus.CANCELLED);
    assertThat(invoicesOf(order)).singleElement().extracting(Invoice::number)
        .isEqualTo(deposit.number());
    assertThat(creditNotes.forContract(order.contractNumber())).singleElement().satisfies(note -> {
      assertThat(note.creditedInvoice()).isEqualTo(deposit.number());
      assertThat(note.amountExclVat()).isEqualByComparingTo("5000.00");
      assertThat(note.vat()).isEqualByComparingTo("1050.00");
    });
    Notice lapsed = notices.forContract(order.contractNumber()).stream()
        .filter(n -> n.type() == NoticeType.ORDER_LAPSED).findFirst().orElseThrow();
    assertThat(lapsed.clause()).isEqualTo("WJA-2");
    assertThat(notices.body(lapsed.id())).get().asString()
        .contains(deposit.number(), "2 avril 2026", "caduque", "aucune indemnité");
    assertThat(noticeTypes(order)).contains(NoticeType.CREDIT_NOTE_SENT)
        .doesNotContain(NoticeType.ORDER_CONFIRMED, NoticeType.CANCELLATION_CONFIRMED);

    // a payment after the lapse: the invoice is cancelled, nothing is owed, nothing is recorded
    assertThatThrownBy(() -> payments.record(new PaymentCommand(deposit.number(), eur("6050.00"),
        null, null, "bank")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("cancelled")
        .hasMessageContaining("Refund the client");
    assertThat(invoices.require(deposit.number()).paid()).isEqualByComparingTo("0.00");
  }

  @Test
  void BDB_8_1_an_unpaid_deposit_lapses_the_order_at_its_due_date_when_it_is_later_than_the_quote_validity() {
    today(LocalDate.of(2026, 3, 2));
    var order = project(ledger.client(ClientType.PROFESSIONAL, Language.nl), "debruijne", "2000.00");
    // signed on the last day but one of the validity (BDB-5.2a: until 2 April)
    today(LocalDate.of(2026, 4, 1));
    sign(order, LocalDate.of(2026, 4, 1));
    Invoice deposit = onlyInvoice(order);
    // BDB-16.6: 15 days, due Thursday 16 April, after the validity's end
    assertThat(deposit.dueDate()).isEqualTo(LocalDate.of(2026, 4, 16));
    assertThat(lapseDeadline(order).clause()).isEqualTo("BDB-8.1");
    assertThat(lapseDeadline(order).dueDate()).isEqualTo(LocalDate.of(2026, 4, 16));
    assertThat(lapseTimer(order).getDuedate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-04-17T00:00:00+02:00").toInstant());

    today(LocalDate.of(2026, 4, 3));
    runJobs(order.instance());
    assertThat(order.instance()).as("the validity's end does not lapse a deposit not yet due")
        .isWaitingAt(AWAITING_DEPOSIT);
    // half the deposit paid on account does not conclude the order
    today(LocalDate.of(2026, 4, 10));
    pay(order, deposit, "605.00");
    today(LocalDate.of(2026, 4, 16));
    runJobs(order.instance());
    assertThat(order.instance()).isWaitingAt(AWAITING_DEPOSIT);

    today(LocalDate.of(2026, 4, 17));
    runJobs(order.instance());
    assertThat(order.instance()).hasPassed(OrderVariables.END_ORDER_LAPSED).isEnded();
    assertThat(status(order)).isEqualTo(ContractStatus.EXPIRED);
    assertThat(lapseDeadline(order).status()).isEqualTo(Deadline.Status.MISSED);
    assertThat(creditNotes.forContract(order.contractNumber())).singleElement().satisfies(note -> {
      assertThat(note.creditedInvoice()).isEqualTo(deposit.number());
      assertThat(note.amountExclVat()).isEqualByComparingTo("1000.00");
      assertThat(note.vat()).isEqualByComparingTo("210.00");
    });
    Notice lapsed = notices.forContract(order.contractNumber()).stream()
        .filter(n -> n.type() == NoticeType.ORDER_LAPSED).findFirst().orElseThrow();
    assertThat(lapsed.clause()).isEqualTo("BDB-8.1");
    assertThat(notices.body(lapsed.id())).get().asString()
        .contains(deposit.number(), "16 april 2026", "vervallen", "605,00");
  }

  @Test
  void WJA_2_a_deposit_paid_in_time_meets_the_lapse_deadline() {
    today(LocalDate.of(2026, 3, 2));
    var order = project(ledger.client(ClientType.PROFESSIONAL, Language.fr), "wja", "1000.00");
    sign(order, LocalDate.of(2026, 3, 2));
    Invoice deposit = onlyInvoice(order);
    today(LocalDate.of(2026, 3, 20));
    pay(order, deposit, deposit.total().toPlainString());
    assertThat(status(order)).isEqualTo(ContractStatus.CONFIRMED);
    assertThat(lapseDeadline(order).status()).isEqualTo(Deadline.Status.MET);
    assertThat(lapseTimer(order)).isNull();
  }

  @Test
  void WJA_18_cancellation_before_work_costs_30_percent_without_VAT() {
    today(LocalDate.of(2026, 3, 2));
    var order = project(ledger.client(ClientType.PROFESSIONAL, Language.fr), "wja", "10000.00");
    sign(order, LocalDate.of(2026, 3, 2));
    Invoice deposit = onlyInvoice(order);

    today(LocalDate.of(2026, 3, 6));
    event(order, ContractEventType.CANCELLATION, LocalDate.of(2026, 3, 6), Channel.EMAIL);

    assertThat(order.instance()).hasPassed(OrderVariables.TASK_CANCEL_ORDER, OrderVariables.END_ORDER_CANCELLED).isEnded();
    assertThat(status(order)).isEqualTo(ContractStatus.CANCELLED);
    assertThat(invoices.require(deposit.number()).status()).isEqualTo(InvoiceStatus.CANCELLED);
    Invoice fee = invoicesOf(order).get(1);
    assertThat(fee.kind()).isEqualTo(InvoiceKind.CANCELLATION_FEE);
    assertThat(fee.clause()).isEqualTo("WJA-18");
    assertThat(fee.issueDate()).isEqualTo(LocalDate.of(2026, 3, 6));
    assertAmounts(fee, "3000.00", "0.00", "3000.00");
    assertThat(noticeTypes(order)).contains(NoticeType.CANCELLATION_CONFIRMED);
    // the unpaid deposit is cancelled by a credit note of its base and VAT; the damages stay owed
    assertThat(creditNotes.forContract(order.contractNumber())).singleElement().satisfies(note -> {
      assertThat(note.creditedInvoice()).isEqualTo(deposit.number());
      assertThat(note.amountExclVat()).isEqualByComparingTo("5000.00");
      assertThat(note.vat()).isEqualByComparingTo("1050.00");
    });
    assertThat(invoices.require(fee.number()).openPrincipal()).isEqualByComparingTo("3000.00");
  }

  @Test
  void WJA_18_cancellation_after_a_paid_6050_deposit_credits_its_VAT_in_full_and_sets_off_3000_damages() {
    today(LocalDate.of(2026, 3, 2));
    var order = project(ledger.client(ClientType.PROFESSIONAL, Language.fr), "wja", "10000.00");
    sign(order, LocalDate.of(2026, 3, 2));
    Invoice deposit = onlyInvoice(order);
    assertAmounts(deposit, "5000.00", "1050.00", "6050.00");
    pay(order, deposit, "6050.00");

    // paid: the order is confirmed and the site being built; the delivery settles the cancellation
    today(LocalDate.of(2026, 3, 6));
    event(order, ContractEventType.CANCELLATION, LocalDate.of(2026, 3, 6), Channel.EMAIL);
    runJobs(deliveryOf(order));

    // the deposit credited in full: 5 000.00 + 1 050.00 VAT regularised = 6 050.00
    var note = creditNotes.forContract(order.contractNumber()).get(0);
    assertThat(creditNotes.forContract(order.contractNumber())).hasSize(1);
    assertThat(note.creditedInvoice()).isEqualTo(deposit.number());
    assertThat(note.amountExclVat()).isEqualByComparingTo("5000.00");
    assertThat(note.vatRate()).isEqualByComparingTo("21");
    assertThat(note.vat()).isEqualByComparingTo("1050.00");
    assertThat(note.amount()).isEqualByComparingTo("6050.00");
    // WJA-18 damages on their own invoice, outside the scope of VAT, never netted against a base
    Invoice fee = invoices.require(invoicesOf(order).get(1).number());
    assertThat(fee.kind()).isEqualTo(InvoiceKind.CANCELLATION_FEE);
    assertAmounts(fee, "3000.00", "0.00", "3000.00");
    // settled by set-off against the 6 050.00 paid; 3 050.00 is owed back to the client
    assertThat(fee.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(fee.paidPrincipal()).isEqualByComparingTo("3000.00");
    assertThat(note.amount().subtract(fee.paidPrincipal())).isEqualByComparingTo("3050.00");
    // VAT adds up: 1 050.00 charged, 1 050.00 regularised
    assertThat(deposit.vat().subtract(note.vat())).isEqualByComparingTo("0.00");
    // the client's e-mail names the credited invoice and says why, in French
    Notice sent = notices.forContract(order.contractNumber()).stream()
        .filter(n -> n.type() == NoticeType.CREDIT_NOTE_SENT).findFirst().orElseThrow();
    assertThat(notices.body(sent.id())).get().asString()
        .contains(note.number(), deposit.number(), "la TVA de la facture est régularisée");
  }

  @Test
  void WJA_18_cancellation_of_a_recurring_service_is_30_percent_of_the_annualised_price() {
    today(LocalDate.of(2026, 3, 2));
    var order = recurring(ledger.client(ClientType.PROFESSIONAL, Language.fr), "wja",
        ContractKind.MAINTENANCE, "120.00", Period.MONTHLY);
    sign(order, LocalDate.of(2026, 3, 2));

    event(order, ContractEventType.CANCELLATION, LocalDate.of(2026, 3, 2), Channel.EMAIL);

    // 120.00 × 12 = 1440.00; 30 % = 432.00
    assertAmounts(invoicesOf(order).get(1), "432.00", "0.00", "432.00");
    assertThat(status(order)).isEqualTo(ContractStatus.CANCELLED);
  }

  @Test
  void WJA_18_a_rental_cancelled_while_its_site_is_built_stops_its_subscription() {
    today(LocalDate.of(2026, 3, 2));
    var order = recurring(ledger.client(ClientType.PROFESSIONAL, Language.fr), "wja",
        ContractKind.RENTAL, "49.00", Period.MONTHLY);
    sign(order, LocalDate.of(2026, 3, 2));
    Invoice first = onlyInvoice(order);
    today(LocalDate.of(2026, 3, 4));
    pay(order, first, first.total().toPlainString());
    assertThat(subscriptionOf(order)).as("the rental's subscription runs once confirmed")
        .isNotNull();

    ProcessInstance delivery = deliveryOf(order);
    event(order, ContractEventType.CANCELLATION, LocalDate.of(2026, 3, 10), Channel.EMAIL);
    runJobs(delivery);

    assertThat(status(order)).isEqualTo(ContractStatus.CANCELLED);
    assertThat(subscriptionOf(order))
        .as("the annualised damages replace the rental year: no further period is invoiced")
        .isNull();
    // 49.00 × 12 = 588.00; 30 % = 176.40, without VAT
    assertThat(invoicesOf(order)).filteredOn(i -> i.kind() == InvoiceKind.CANCELLATION_FEE)
        .singleElement().satisfies(fee -> assertAmounts(fee, "176.40", "0.00", "176.40"));
  }

  @Test
  void BDB_10_2_cancellation_before_work_nets_the_30_percent_against_what_was_paid() {
    today(LocalDate.of(2026, 3, 2));
    var order = project(ledger.client(ClientType.PROFESSIONAL, Language.fr), "debruijne", "2000.00");
    sign(order, LocalDate.of(2026, 3, 2));
    Invoice deposit = onlyInvoice(order);
    assertAmounts(deposit, "1000.00", "210.00", "1210.00");
    pay(order, deposit, "1000.00"); // partly paid: work still waits

    event(order, ContractEventType.CANCELLATION, LocalDate.of(2026, 3, 2), Channel.EMAIL);

    // the deposit credited in full (1 000.00 + 210.00 VAT); the 30 % of 2 000.00 = 600.00 of
    // damages invoiced without VAT and set off against the 1 000.00 paid: 400.00 owed back
    var notes = creditNotes.forContract(order.contractNumber());
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).amountExclVat()).isEqualByComparingTo("1000.00");
    assertThat(notes.get(0).vat()).isEqualByComparingTo("210.00");
    assertThat(notes.get(0).amount()).isEqualByComparingTo("1210.00");
    assertThat(notes.get(0).clause()).isEqualTo("BDB-10.2");
    Invoice fee = invoices.require(invoicesOf(order).get(1).number());
    assertAmounts(fee, "600.00", "0.00", "600.00");
    assertThat(fee.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(new java.math.BigDecimal("1000.00").subtract(fee.paidPrincipal()))
        .isEqualByComparingTo("400.00");
    assertThat(status(order)).isEqualTo(ContractStatus.CANCELLED);
    assertThat(noticeTypes(order)).contains(NoticeType.CREDIT_NOTE_SENT,
        NoticeType.CANCELLATION_CONFIRMED);
  }
}
