package be.contractflow.process.payment;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.contractflow.audit.Timeline;
import be.contractflow.audit.TimelineEntry;
import be.contractflow.billing.InvoiceRequest;
import be.contractflow.billing.InvoicingService;
import be.contractflow.billing.PaymentCommand;
import be.contractflow.billing.PaymentService;
import be.contractflow.billing.Settlement;
import be.contractflow.billing.SettlementService;
import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Contract;
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
import be.contractflow.notice.NoticeRelay;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeStatus;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.Channel;
import be.contractflow.process.ContractEventType;
import be.contractflow.process.ContractEvents;
import be.contractflow.process.TypedVariables;
import be.contractflow.support.DueJobs;
import be.contractflow.support.LedgerFixtures;
import be.contractflow.support.TestSmtp;
import be.contractflow.webapp.TaskCards;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code payment} process against the real deployment (BPMN, terms DMN, forms), ledger,
 * invoicing, settlement and notice outbox; jobs run by hand, time moved with the engine clock.
 * Amounts: a 1 000.00 EUR excl. VAT invoice = 1 210.00 EUR incl. VAT.
 */
@SpringBootTest
@ActiveProfiles("test")
class PaymentProcessTest {

  static final ServerSetup SMTP = TestSmtp.onFreePort();

  /** The mail server the relay sends to; a test stops it to play the relay down. */
  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(SMTP);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getPort());
  }

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired LedgerFixtures ledger;
  @Autowired InvoicingService invoicing;
  @Autowired InvoiceRepository invoices;
  @Autowired ContractRepository contracts;
  @Autowired CreditNoteRepository creditNotes;
  @Autowired PaymentService payments;
  @Autowired SettlementService settlements;
  @Autowired NoticeService notices;
  @Autowired Deadlines deadlines;
  @Autowired ContractEvents events;
  @Autowired Timeline timeline;
  @Autowired DefaultService defaults;
  @Autowired NoticeRelay relay;
  @Autowired be.contractflow.process.change.ChangeRequestService changeRequests;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // --- fixtures -------------------------------------------------------------------------------

  record Case(Client client, Contract contract, Invoice invoice, ProcessInstance instance) {}

  private Case issue(String profile, ClientType type, ContractKind kind, LocalDate on) {
    today(on);
    Client client = ledger.client(type, Language.fr);
    Contract contract = ledger.contract(profile, kind, client);
    Invoice invoice = ledger.invoice(contract, InvoiceKind.BALANCE, "TEST", "1000.00");
    return new Case(client, contract, invoice, instanceOf(invoice.number()));
  }

  private ProcessInstance instanceOf(String invoiceNumber) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("payment")
        .processInstanceBusinessKey(invoiceNumber).singleResult();
  }

  /**
   * Moves the clock to noon on {@code date}, day by day from the current day: on each day runs
   * every due job of the payment processes and relays the outbox, as the job executor and the
   * relay would.
   */
  private void at(LocalDate date) {
    LocalDate from = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        be.contractflow.time.BusinessClock.ZONE);
    for (LocalDate day = from.isBefore(date) ? from.plusDays(1) : date; !day.isAfter(date);
        day = day.plusDays(1)) {
      today(day);
      runDueJobs();
    }
  }

  private void runDueJobs() {
    DueJobs.run(management, DueJobs.ofProcess(PaymentVariables.PROCESS_KEY), relay::relayPending);
  }

  private Settlement due(Case c, LocalDate at) {
    return settlements.at(c.invoice().number(), at);
  }

  private void pay(Case c, String amount) {
    payments.record(new PaymentCommand(c.invoice().number(), new BigDecimal(amount), null, null,
        "bank"));
    at(LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        be.contractflow.time.BusinessClock.ZONE));
  }

  private long notices(Case c, NoticeType type) {
    return notices.forInvoice(c.invoice().number()).stream().filter(n -> n.type() == type).count();
  }

  private Task task(Case c, String key) {
    return tasks.createTaskQuery().processInstanceId(c.instance().getId()).taskDefinitionKey(key)
        .singleResult();
  }

  private Deadline deadline(Case c, String clause) {
    return deadlines.forContract(c.contract().number()).stream()
        .filter(d -> c.invoice().number().equals(d.invoiceNumber()) && d.clause().equals(clause))
        .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + clause + " deadline"));
  }

  private static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }

  private void contest(Case c, LocalDate date, Channel channel) {
    events.deliver(c.contract().number(), new ContractEvents.Event(
        ContractEventType.INVOICE_CONTEST, date, Party.CLIENT, channel, "wrong price",
        c.invoice().number()));
  }

  // --- issuing ------------------------------------------------------------------------------

  @Test
  void every_issued_invoice_starts_its_payment_process_with_the_invoice_number_as_business_key() {
    Case c = issue("virtura", ClientType.PROFESSIONAL, ContractKind.RECURRING,
        LocalDate.of(2026, 3, 2));
    assertThat(c.instance()).isStarted().hasBusinessKey(c.invoice().number())
        .isWaitingAt(PaymentVariables.TIMER_INVOICE_LATE);
  }

  @Test
  void VIR_4_due_30_days_after_the_invoice_date_rolled_past_Easter_Monday() {
    Case c = issue("virtura", ClientType.PROFESSIONAL, ContractKind.RECURRING,
        LocalDate.of(2026, 3, 7));
    assertThat(c.invoice().dueDate()).isEqualTo(LocalDate.of(2026, 4, 7));
  }

  // --- Virtura --------------------------------------------------------------------------------

  @Test
  void VIR_4_VIR_9_one_reminder_the_day_after_then_suspension_task_then_restored_when_settled() {
    Case c = issue("virtura", ClientType.PROFESSIONAL, ContractKind.RECURRING,
        LocalDate.of(2026, 3, 2)); // due Wed 1 April 2026
    assertThat(c.invoice().dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    at(LocalDate.of(2026, 4, 1));
    assertThat(notices(c, NoticeType.PAYMENT_REMINDER)).isZero();
    assertThat(due(c, LocalDate.of(2026, 4, 1)).total()).isEqualByComparingTo("1210.00");

    at(LocalDate.of(2026, 4, 2));
    assertThat(notices(c, NoticeType.PAYMENT_REMINDER)).isOne();
    Deadline reminder = deadline(c, "VIR-4");
    assertThat(reminder.name()).startsWith("Payment date stated by the reminder");
    assertThat(reminder.dueDate()).isEqualTo(LocalDate.of(2026, 4, 17));
    // VIR-4 "ensuite": no interest before the reminder's date passed; 40 EUR for a professional
    Settlement onThe2nd = due(c, LocalDate.of(2026, 4, 2));
    assertThat(onThe2nd.interest()).isEqualByComparingTo("0.00");
    assertThat(onThe2nd.indemnity()).isEqualByComparingTo("40.00");

    at(LocalDate.of(2026, 4, 17));
    assertThat(task(c, PaymentVariables.TASK_DECIDE_SUSPENSION)).isNull();
    at(LocalDate.of(2026, 4, 18));
    Task suspend = task(c, PaymentVariables.TASK_DECIDE_SUSPENSION);
    assertThat(suspend.getDueDate()).isNotNull();
    assertThat(tasks.getIdentityLinksForTask(suspend.getId()))
        .anyMatch(link -> "accounting".equals(link.getGroupId()));
    tasks.complete(suspend.getId(), TypedVariables.of(PaymentVariables.SUSPEND, true).map());
    at(LocalDate.of(2026, 4, 20));
    assertThat(contracts.require(c.contract().number()).suspended()).isTrue();
    assertThat(notices(c, NoticeType.SUSPENSION_NOTICE)).isOne();
    assertThat(notices(c, NoticeType.PAYMENT_REMINDER)).as("never a second reminder").isOne();

    Settlement on20 = due(c, LocalDate.of(2026, 4, 20)); // 19 days: 1210 × 10 % × 19 / 365
    assertThat(on20.interest()).isEqualByComparingTo("6.30");
    assertThat(on20.total()).isEqualByComparingTo("1256.30");
    pay(c, "1256.30");
    assertThat(c.instance()).isEnded();
    assertThat(contracts.require(c.contract().number()).suspended()).isFalse();
    assertThat(notices(c, NoticeType.SERVICE_RESTORED)).isOne();
    assertThat(deadline(c, "VIR-4").status()).as("the reminder's date passed unpaid")
        .isEqualTo(Deadline.Status.MISSED);
  }

  @Test
  void VIR_4_payment_on_the_due_date_ends_the_process_without_reminder() {
    Case c = issue("virtura", ClientType.PROFESSIONAL, ContractKind.RECURRING,
        LocalDate.of(2026, 3, 2));
    at(LocalDate.of(2026, 4, 1));
    pay(c, "1210.00");
    assertThat(c.instance()).isEnded();
    at(LocalDate.of(2026, 4, 3));
    assertThat(notices(c, NoticeType.PAYMENT_REMINDER)).isZero();
    assertThat(deadline(c, "VIR-4").status()).isEqualTo(Deadline.Status.MET);
  }

  @Test
  void VIR_4_principal_paid_the_day_after_the_due_date_leaves_the_40_EUR_open() {
    Case c = issue("virtura", ClientType.PROFESSIONAL, ContractKind.RECURRING,
        LocalDate.of(2026, 3, 2));
    today(LocalDate.of(2026, 4, 2)); // the payment races the reminder timer: recorded first
    assertThat(due(c, LocalDate.of(2026, 4, 2)).total()).isEqualByComparingTo("1250.00");
    payments.record(new PaymentCommand(c.invoice().number(), eur("1210.00"), null, null, "bank"));
    at(LocalDate.of(2026, 4, 2));
    Invoice invoice = invoices.require(c.invoice().number());
    assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
    // imputation: indemnity 40.00 (law of 2 Aug 2002 art. 6), no interest yet (VIR-4), principal
    assertThat(invoice.paidIndemnity()).isEqualByComparingTo("40.00");
    assertThat(invoice.paidInterest()).isEqualByComparingTo("0.00");
    assertThat(due(c, LocalDate.of(2026, 4, 2)).total()).isEqualByComparingTo("40.00");
    pay(c, "40.00");
    assertThat(c.instance()).isEnded();
  }

  @Test
  void VIR_4_a_payment_that_settles_before_the_reminder_job_runs_cancels_the_reminder() {
    Case c = issue("virtura", ClientType.PROFESSIONAL, ContractKind.RECURRING,
        LocalDate.of(2026, 3, 2));
    today(LocalDate.of(2026, 4, 2)); // reminder timer due, job not run yet
    payments.record(new PaymentCommand(c.invoice().number(), eur("1210.00"),
        LocalDate.of(2026, 4, 1), "race-1", "bank"));
    at(LocalDate.of(2026, 4, 2));
    assertThat(c.instance()).isEnded();
    assertThat(notices(c, NoticeType.PAYMENT_REMINDER)).isZero();
  }

  // --- WJA ------------------------------------------------------------------------------------

  @Test
  void WJA_10a_WJA_11_WJA_12_acceleration_suspension_formal_notice_then_resolution() {
    Case c = issue("wja", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 6, 1)); // au grand comptant: due Mon 1 June
    assertThat(c.invoice().dueDate()).isEqualTo(LocalDate.of(2026, 6, 1));
    Invoice later = invoicing.issue(new InvoiceRequest(c.contract().number(),
        InvoiceKind.BALANCE, "TEST", null, 30, List.of(InvoiceRequest.Item.of("Hosting",
            eur("100.00"), "TEST"))));
    assertThat(later.dueDate()).isEqualTo(LocalDate.of(2026, 7, 1));

    at(LocalDate.of(2026, 6, 2));
    // WJA-10a: the other open invoice is due at once
    assertThat(invoices.require(later.number()).dueDate()).isEqualTo(LocalDate.of(2026, 6, 2));
    // one owner of the date: the invoice and its deadline moved together, with the clause
    assertThat(deadlines.forContract(c.contract().number()))
        .filteredOn(d -> d.key().equals(DeadlineKind.INVOICE_DUE.key(later.number())))
        .singleElement().satisfies(d -> {
          assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 6, 2));
          assertThat(d.clause()).isEqualTo("WJA-10a");
        });
    assertThat(notices(c, NoticeType.ACCELERATION_NOTICE)).isOne();
    // the auditor sees the later invoice's late timer moved, with its clause
    assertThat(timeline.of(c.contract().number()))
        .anySatisfy(e -> {
          assertThat(e.kind()).isEqualTo(TimelineEntry.Kind.STEP);
          assertThat(e.name()).isEqualTo("Move the late timer");
          assertThat(e.source()).isEqualTo("WJA-10a");
        });
    // WJA-10b/c: 1 % per started month from the issue date; 15 %, min 150 EUR
    Settlement on2 = due(c, LocalDate.of(2026, 6, 2));
    assertThat(on2.interest()).isEqualByComparingTo("12.10");
    assertThat(on2.indemnity()).isEqualByComparingTo("181.50");
    assertThat(due(c, LocalDate.of(2026, 7, 1)).interest()).isEqualByComparingTo("12.10");
    assertThat(due(c, LocalDate.of(2026, 7, 2)).interest()).isEqualByComparingTo("24.20");
    // WJA-11: staff decide the suspension; WJA-12: formal notice task with the letter
    assertThat(task(c, PaymentVariables.TASK_DECIDE_SUSPENSION)).isNotNull();
    Task post = task(c, PaymentVariables.TASK_POST_FORMAL_NOTICE);
    assertThat(notices.find(PaymentVariables.key(c.invoice().number(), "formal-notice"))
        .orElseThrow().status()).isEqualTo(NoticeStatus.AWAITING_POSTING);
    tasks.complete(task(c, PaymentVariables.TASK_DECIDE_SUSPENSION).getId(),
        TypedVariables.of(PaymentVariables.SUSPEND, true).map());
    tasks.complete(post.getId(), TypedVariables.of(PaymentVariables.POSTED_ON, LocalDate.of(2026, 6, 2)).map());
    assertThat(deadline(c, "WJA-12").dueDate()).isEqualTo(LocalDate.of(2026, 6, 17));

    at(LocalDate.of(2026, 6, 17));
    assertThat(contracts.require(c.contract().number()).status()).isNotEqualTo(ContractStatus.RESOLVED);
    at(LocalDate.of(2026, 6, 18));
    assertThat(contracts.require(c.contract().number()).status()).isEqualTo(ContractStatus.RESOLVED);
    Invoice indemnity = invoices.forContract(c.contract().number()).stream()
        .filter(i -> i.kind() == InvoiceKind.INDEMNITY).findFirst().orElseThrow();
    assertThat(indemnity.total()).isEqualByComparingTo("300.00"); // 30 % of 1000, no VAT
    assertThat(instanceOf(indemnity.number())).isNotNull();
    Task resolution = task(c, PaymentVariables.TASK_POST_RESOLUTION_NOTICE);
    tasks.complete(resolution.getId(), TypedVariables.of(PaymentVariables.POSTED_ON, LocalDate.of(2026, 6, 18)).map());
    assertThat(c.instance()).isWaitingAt(PaymentVariables.GATEWAY_AWAIT_SETTLEMENT);
    assertThat(due(c, LocalDate.of(2026, 6, 18)).total()).isEqualByComparingTo("1403.60");
    pay(c, "1403.60");
    assertThat(c.instance()).isEnded();
    assertThat(contracts.require(c.contract().number()).suspended())
        .as("a resolved contract is not restored").isTrue();
  }

  @Test
  void WJA_15_contest_inside_8_days_pauses_the_dunning_and_rejection_resumes_it() {
    Case c = issue("wja", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 6, 1));
    at(LocalDate.of(2026, 6, 2));
    assertThat(task(c, PaymentVariables.TASK_DECIDE_SUSPENSION)).isNotNull();
    today(LocalDate.of(2026, 6, 5));
    assertThatThrownBy(() -> contest(c, LocalDate.of(2026, 6, 5), Channel.EMAIL))
        .isInstanceOf(ConflictException.class).hasMessageContaining("registered letter");
    contest(c, LocalDate.of(2026, 6, 5), Channel.REGISTERED_LETTER);
    at(LocalDate.of(2026, 6, 5));
    assertThat(invoices.require(c.invoice().number()).status()).isEqualTo(InvoiceStatus.CONTESTED);
    assertThat(task(c, PaymentVariables.TASK_DECIDE_SUSPENSION)).as("dunning paused").isNull();
    Task complaint = task(c, PaymentVariables.TASK_HANDLE_COMPLAINT);
    tasks.complete(complaint.getId(), TypedVariables.of(PaymentVariables.COMPLAINT_ACCEPTED, false)
        .and(PaymentVariables.COMPLAINT_ANSWER, "The price is the quoted one.").map());
    at(LocalDate.of(2026, 6, 8));
    assertThat(invoices.require(c.invoice().number()).status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(task(c, PaymentVariables.TASK_DECIDE_SUSPENSION)).as("dunning resumed").isNotNull();
    assertThat(notices(c, NoticeType.FORMAL_NOTICE)).isOne();
    // original dates: interest still counts from the issue date
    assertThat(due(c, LocalDate.of(2026, 6, 8)).interest()).isEqualByComparingTo("12.10");
  }

  @Test
  void WJA_15_a_second_complaint_inside_the_window_is_heard_one_while_the_first_is_open_is_not() {
    Case c = issue("wja", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 6, 1)); // window: 8 days, closes Tue 9 June
    at(LocalDate.of(2026, 6, 3));
    contest(c, LocalDate.of(2026, 6, 3), Channel.REGISTERED_LETTER);
    at(LocalDate.of(2026, 6, 4));
    assertThatThrownBy(() -> contest(c, LocalDate.of(2026, 6, 4), Channel.REGISTERED_LETTER))
        .as("the first complaint is still being handled")
        .isInstanceOf(ConflictException.class).hasMessageContaining("INVOICE_CONTEST");
    tasks.complete(task(c, PaymentVariables.TASK_HANDLE_COMPLAINT).getId(),
        TypedVariables.of(PaymentVariables.COMPLAINT_ACCEPTED, false)
            .and(PaymentVariables.COMPLAINT_ANSWER, "The price is the quoted one.").map());
    at(LocalDate.of(2026, 6, 8));
    assertThat(invoices.require(c.invoice().number()).status()).isEqualTo(InvoiceStatus.OPEN);

    contest(c, LocalDate.of(2026, 6, 9), Channel.REGISTERED_LETTER); // last day of the window
    at(LocalDate.of(2026, 6, 9));
    assertThat(invoices.require(c.invoice().number()).status())
        .isEqualTo(InvoiceStatus.CONTESTED);
    tasks.complete(task(c, PaymentVariables.TASK_HANDLE_COMPLAINT).getId(),
        TypedVariables.of(PaymentVariables.COMPLAINT_ACCEPTED, false)
            .and(PaymentVariables.COMPLAINT_ANSWER, "The hours are those of the timesheet.").map());
    at(LocalDate.of(2026, 6, 10));
    assertThatThrownBy(() -> contest(c, LocalDate.of(2026, 6, 10), Channel.REGISTERED_LETTER))
        .isInstanceOf(ConflictException.class).hasMessageContaining("closed on 2026-06-09");
    // the dunning kept its original dates through both complaints
    assertThat(due(c, LocalDate.of(2026, 6, 10)).interest()).isEqualByComparingTo("12.10");
  }

  @Test
  void WJA_15_contest_after_the_window_is_refused_with_the_closing_date() {
    Case c = issue("wja", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 6, 1));
    at(LocalDate.of(2026, 6, 10));
    assertThatThrownBy(() -> contest(c, LocalDate.of(2026, 6, 10), Channel.REGISTERED_LETTER))
        .isInstanceOf(ConflictException.class).hasMessageContaining("closed on 2026-06-09");
    assertThat(invoices.require(c.invoice().number()).status()).isEqualTo(InvoiceStatus.OPEN);
  }

  @Test
  void BDB_16_3_accepted_complaint_cancels_the_invoice_by_credit_note_and_issues_a_corrected_one() {
    Case c = issue("debruijne", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 6, 1));
    today(LocalDate.of(2026, 6, 5));
    contest(c, LocalDate.of(2026, 6, 5), Channel.EMAIL);
    at(LocalDate.of(2026, 6, 5));
    tasks.complete(task(c, PaymentVariables.TASK_HANDLE_COMPLAINT).getId(), TypedVariables.of(PaymentVariables.COMPLAINT_ACCEPTED, true)
        .and(PaymentVariables.CORRECTED_AMOUNT_EXCL_VAT, new BigDecimal("900.00"))
        .and(PaymentVariables.COMPLAINT_ANSWER, "Discount forgotten.").map());
    at(LocalDate.of(2026, 6, 5));
    assertThat(c.instance()).isEnded();
    assertThat(invoices.require(c.invoice().number()).status()).isEqualTo(InvoiceStatus.CANCELLED);
    assertThat(creditNotes.forContract(c.contract().number())).singleElement()
        .satisfies(note -> assertThat(note.amount()).isEqualByComparingTo("1210.00"));
    Invoice corrected = invoices.forContract(c.contract().number()).stream()
        .filter(i -> i.status() == InvoiceStatus.OPEN).findFirst().orElseThrow();
    assertThat(corrected.total()).isEqualByComparingTo("1089.00");
    assertThat(corrected.dueDate()).isEqualTo(LocalDate.of(2026, 6, 22)); // 20 June is a Saturday
  }

  // --- De Bruijne -----------------------------------------------------------------------------

  @Test
  void BDB_16_6_professional_10_percent_a_year_and_40_EUR_from_the_day_after_the_due_date() {
    Case c = issue("debruijne", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 4, 16)); // +15 = Fri 1 May (holiday) → Mon 4 May
    assertThat(c.invoice().dueDate()).isEqualTo(LocalDate.of(2026, 5, 4));
    assertThat(due(c, LocalDate.of(2026, 5, 4)).total()).isEqualByComparingTo("1210.00");
    at(LocalDate.of(2026, 5, 5));
    assertThat(task(c, PaymentVariables.TASK_DECIDE_SUSPENSION)).isNotNull();
    assertThat(notices(c, NoticeType.PAYMENT_REMINDER)).isZero();
    Settlement endOfMay = due(c, LocalDate.of(2026, 5, 31)); // 27 days
    assertThat(endOfMay.interest()).isEqualByComparingTo("8.95");
    assertThat(endOfMay.indemnity()).isEqualByComparingTo("40.00");
  }

  @Test
  void BDB_R5_2_rental_service_cut_automatically_and_Book_XIX_consumer_owes_only_principal_for_14_days() {
    Case c = issue("debruijne", ClientType.CONSUMER, ContractKind.RENTAL,
        LocalDate.of(2026, 4, 16));
    at(LocalDate.of(2026, 5, 5));
    assertThat(contracts.require(c.contract().number()).suspended()).isTrue();
    assertThat(notices(c, NoticeType.SUSPENSION_NOTICE)).isOne();
    assertThat(task(c, PaymentVariables.TASK_DECIDE_SUSPENSION)).isNull();
    assertThat(notices(c, NoticeType.PAYMENT_REMINDER)).as("Book XIX free first reminder").isOne();
    assertThat(deadline(c, "CEL-XIX.2").dueDate()).isEqualTo(LocalDate.of(2026, 5, 19));
    assertThat(due(c, LocalDate.of(2026, 5, 19)).total()).isEqualByComparingTo("1210.00");
    Settlement claimable = due(c, LocalDate.of(2026, 5, 20)); // 15 days from 6 May at 10 %
    assertThat(claimable.interest()).isEqualByComparingTo("4.97");
    assertThat(claimable.indemnity()).as("BDB's 40 EUR is for professionals").isZero();
    at(LocalDate.of(2026, 5, 20));
    pay(c, claimable.total().toPlainString());
    assertThat(c.instance()).isEnded();
    assertThat(contracts.require(c.contract().number()).suspended()).isFalse();
  }

  // --- waivers --------------------------------------------------------------------------------

  @Test
  void waived_interest_and_indemnity_show_with_their_reason_and_settle_the_rest() {
    Case c = issue("virtura", ClientType.PROFESSIONAL, ContractKind.RECURRING,
        LocalDate.of(2026, 3, 2));
    at(LocalDate.of(2026, 4, 2));
    runtime.startProcessInstanceByKey(PaymentVariables.WAIVER_PROCESS_KEY,
        TypedVariables.of(PaymentVariables.INVOICE_NUMBER, c.invoice().number())
            .and(PaymentVariables.WAIVE_INTEREST, true)
            .and(PaymentVariables.WAIVE_INDEMNITY, true)
            .and(PaymentVariables.WAIVER_REASON, "Loyal client, bank delay").map());
    Settlement s = due(c, LocalDate.of(2026, 4, 10));
    assertThat(s.total()).isEqualByComparingTo("1210.00");
    assertThat(s.lines()).anyMatch(line -> line.label().contains("waived")
        && String.valueOf(line.inputs().get("reason")).startsWith("Loyal client, bank delay"));
    runtime.startProcessInstanceByKey(PaymentVariables.RECORDING_PROCESS_KEY,
        TypedVariables.of(PaymentVariables.INVOICE_NUMBER, c.invoice().number())
            .and(PaymentVariables.PAYMENT_AMOUNT, new BigDecimal("1210.00")).map());
    at(LocalDate.of(2026, 4, 2));
    assertThat(c.instance()).isEnded();
  }

  // --- credit notes: what is owed is net of them (WJA-15, BDB-16.3) --------------------------

  private void acceptComplaint(Case c, String creditInclVat) {
    tasks.complete(task(c, PaymentVariables.TASK_HANDLE_COMPLAINT).getId(), TypedVariables.of(PaymentVariables.COMPLAINT_ACCEPTED, true)
        .and(PaymentVariables.CREDIT_AMOUNT_INCL_VAT, new BigDecimal(creditInclVat))
        .and(PaymentVariables.COMPLAINT_ANSWER, "Two pages were not delivered: credited.").map());
  }

  @Test
  void WJA_15_accepted_complaint_credits_part_and_interest_indemnity_and_settlement_are_net_of_it() {
    Case c = issue("wja", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 6, 1)); // 1 210.00, due on its date
    at(LocalDate.of(2026, 6, 2));
    today(LocalDate.of(2026, 6, 5));
    contest(c, LocalDate.of(2026, 6, 5), Channel.REGISTERED_LETTER);
    at(LocalDate.of(2026, 6, 5));
    acceptComplaint(c, "242.00"); // 200.00 excl. VAT
    at(LocalDate.of(2026, 6, 5));

    Invoice invoice = invoices.require(c.invoice().number());
    assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(invoice.credited()).isEqualByComparingTo("242.00");
    assertThat(invoice.openPrincipal()).isEqualByComparingTo("968.00");
    assertThat(creditNotes.forInvoice(c.invoice().number())).singleElement()
        .satisfies(note -> assertThat(note.amount()).isEqualByComparingTo("242.00"));
    assertThat(notices(c, NoticeType.CREDIT_NOTE_SENT)).isOne();
    assertThat(c.instance()).as("the rest is dunned on the original dates").isNotEnded();
    assertThat(task(c, PaymentVariables.TASK_DECIDE_SUSPENSION)).isNotNull();

    // before the credit note: the whole invoice (1 % of 1 210.00; 15 % of 1 210.00)
    assertThat(due(c, LocalDate.of(2026, 6, 4)).total()).isEqualByComparingTo("1403.60");
    // from it on: 968.00 + 1 % × 1 started month + max(15 % of 968.00 = 145.20, 150.00)
    Settlement on8 = due(c, LocalDate.of(2026, 6, 8));
    assertThat(on8.principal()).isEqualByComparingTo("968.00");
    assertThat(on8.interest()).isEqualByComparingTo("9.68");
    assertThat(on8.indemnity()).isEqualByComparingTo("150.00");
    assertThat(on8.total()).isEqualByComparingTo("1127.68");
    assertThat(on8.lines().get(0).inputs()).containsEntry("credited", eur("242.00"));
    // WJA-10b: the second started month counts on the rest only
    assertThat(due(c, LocalDate.of(2026, 7, 2)).interest()).isEqualByComparingTo("19.36");

    at(LocalDate.of(2026, 6, 8));
    pay(c, "1127.68");
    assertThat(c.instance()).isEnded();
    assertThat(invoices.require(c.invoice().number()).status()).isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void VIR_4_reminder_after_a_partly_credited_invoice_states_the_rest_to_the_cent() {
    Case c = issue("virtura", ClientType.PROFESSIONAL, ContractKind.RECURRING,
        LocalDate.of(2026, 3, 2)); // due 1 April
    today(LocalDate.of(2026, 3, 10));
    contest(c, LocalDate.of(2026, 3, 10), Channel.EMAIL); // Virtura: no window, any channel
    at(LocalDate.of(2026, 3, 10));
    acceptComplaint(c, "121.00");
    at(LocalDate.of(2026, 3, 10));
    assertThat(due(c, LocalDate.of(2026, 4, 1)).total()).isEqualByComparingTo("1089.00");

    at(LocalDate.of(2026, 4, 2));
    // 1 089.00 + 40.00 (no interest before the reminder's date passed, VIR-4)
    var reminder = notices.forInvoice(c.invoice().number()).stream()
        .filter(n -> n.type() == NoticeType.PAYMENT_REMINDER).findFirst().orElseThrow();
    assertThat(notices.body(reminder.id()).orElseThrow()).contains("1.129,00\u00a0€")
        .doesNotContain("1.250,00");
    Settlement on20 = due(c, LocalDate.of(2026, 4, 20)); // 19 days on 1 089.00
    assertThat(on20.interest()).isEqualByComparingTo("5.67");
    assertThat(on20.total()).isEqualByComparingTo("1134.67");
  }

  @Test
  void BDB_16_3_credit_covering_the_unpaid_rest_settles_the_invoice() {
    Case c = issue("debruijne", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 6, 1)); // due 16 June
    today(LocalDate.of(2026, 6, 3));
    payments.record(new PaymentCommand(c.invoice().number(), eur("1089.00"), null, null, "bank"));
    today(LocalDate.of(2026, 6, 5));
    contest(c, LocalDate.of(2026, 6, 5), Channel.EMAIL);
    at(LocalDate.of(2026, 6, 5));
    acceptComplaint(c, "121.00");
    at(LocalDate.of(2026, 6, 5));
    assertThat(c.instance()).isEnded();
    assertThat(invoices.require(c.invoice().number()).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(due(c, LocalDate.of(2026, 6, 20)).total()).isEqualByComparingTo("0.00");
    assertThat(deadline(c, "BDB-16.6").status()).isEqualTo(Deadline.Status.MET);
  }

  @Test
  void BDB_16_3_an_answer_that_cannot_be_carried_out_is_refused_and_the_task_stays() {
    Case c = issue("debruijne", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 6, 1));
    today(LocalDate.of(2026, 6, 5));
    contest(c, LocalDate.of(2026, 6, 5), Channel.EMAIL);
    at(LocalDate.of(2026, 6, 5));
    String id = task(c, PaymentVariables.TASK_HANDLE_COMPLAINT).getId();
    assertThatThrownBy(() -> tasks.complete(id, TypedVariables.of(PaymentVariables.COMPLAINT_ACCEPTED, true)
        .and(PaymentVariables.CREDIT_AMOUNT_INCL_VAT, new BigDecimal("121.00"))
        .and(PaymentVariables.CORRECTED_AMOUNT_EXCL_VAT, new BigDecimal("900.00"))
        .and(PaymentVariables.COMPLAINT_ANSWER, "both").map()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("not both");
    assertThatThrownBy(() -> tasks.complete(id, TypedVariables.of(PaymentVariables.COMPLAINT_ACCEPTED, true)
        .and(PaymentVariables.CREDIT_AMOUNT_INCL_VAT, new BigDecimal("1210.00"))
        .and(PaymentVariables.COMPLAINT_ANSWER, "all").map()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("less than the 1210.00");
    assertThat(task(c, PaymentVariables.TASK_HANDLE_COMPLAINT)).isNotNull();
    assertThat(creditNotes.forInvoice(c.invoice().number())).isEmpty();
  }

  // --- deadlines of an invoice ----------------------------------------------------------------

  @Test
  void WJA_7_8_WJA_15_WJA_12_due_date_contest_window_and_formal_notice_are_deadlines_with_status() {
    Case c = issue("wja", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 6, 1));
    assertThat(deadline(c, "WJA-7/8").dueDate()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(deadline(c, "WJA-15").dueDate()).isEqualTo(LocalDate.of(2026, 6, 9));
    assertThat(deadline(c, "WJA-15").status()).isEqualTo(Deadline.Status.PENDING);
    at(LocalDate.of(2026, 6, 2));
    assertThat(deadline(c, "WJA-7/8").status()).isEqualTo(Deadline.Status.MISSED);
    tasks.complete(task(c, PaymentVariables.TASK_POST_FORMAL_NOTICE).getId(),
        TypedVariables.of(PaymentVariables.POSTED_ON, LocalDate.of(2026, 6, 2)).map());
    Deadline formalNotice = deadline(c, "WJA-12");
    assertThat(formalNotice.dueDate()).isEqualTo(LocalDate.of(2026, 6, 17));
    assertThat(formalNotice.status()).isEqualTo(Deadline.Status.PENDING);
    at(LocalDate.of(2026, 6, 10));
    pay(c, due(c, LocalDate.of(2026, 6, 10)).total().toPlainString());
    assertThat(c.instance()).isEnded();
    assertThat(deadline(c, "WJA-12").status()).isEqualTo(Deadline.Status.MET);
    assertThat(deadline(c, "WJA-15").status()).isEqualTo(Deadline.Status.MET);
    assertThat(deadline(c, "WJA-7/8").status()).as("paid late").isEqualTo(Deadline.Status.MISSED);
  }

  // --- Book XIX: free reminders of a recurring contract ----------------------------------------

  @Test
  void CEL_XIX_recurring_consumer_contract_gets_numbered_free_reminders_beyond_three_still_free() {
    today(LocalDate.of(2026, 1, 5));
    Client client = ledger.client(ClientType.CONSUMER, Language.en);
    Contract contract = ledger.contract("debruijne", ContractKind.RENTAL, client);
    var monthly = new java.util.ArrayList<Invoice>();
    for (int month = 1; month <= 4; month++) {
      today(LocalDate.of(2026, month, 5));
      monthly.add(ledger.invoice(contract, InvoiceKind.PERIODIC, "BDB-R5.2", "50.00"));
    }
    at(LocalDate.of(2026, 5, 1));
    for (int i = 0; i < 4; i++) {
      Invoice invoice = monthly.get(i);
      var reminder = notices.forInvoice(invoice.number()).stream()
          .filter(n -> n.type() == NoticeType.PAYMENT_REMINDER).findFirst().orElseThrow();
      assertThat(reminder.clause()).isEqualTo("CEL-XIX.2");
      assertThat(notices.body(reminder.id()).orElseThrow())
          .containsPattern("Reminder no\\.</th>\\s*<td[^>]*>" + (i + 1) + "<")
          .contains("three reminders per calendar year are free of charge");
      // never a fee: what settles is the principal, the capped interest and indemnity only
      assertThat(settlements.at(invoice.number(), LocalDate.of(2026, 5, 1)).lines())
          .noneMatch(line -> line.label().toLowerCase().contains("reminder fee"));
    }
  }

  // --- waivers in the audit -------------------------------------------------------------------

  @Test
  void a_waiver_is_shown_in_the_audit_timeline_with_its_reason_and_who_granted_it() {
    Case c = issue("virtura", ClientType.PROFESSIONAL, ContractKind.RECURRING,
        LocalDate.of(2026, 3, 2));
    at(LocalDate.of(2026, 4, 2));
    defaults.waive(c.invoice().number(), true, false, " Bank strike ", "accounting");
    assertThat(due(c, LocalDate.of(2026, 4, 10)).total()).isEqualByComparingTo("1250.00");
    assertThat(timeline.of(c.contract().number()))
        .filteredOn(e -> e.kind() == TimelineEntry.Kind.CHARGES_WAIVED).singleElement()
        .satisfies(e -> {
          assertThat(e.who()).isEqualTo("accounting");
          assertThat(e.name()).isEqualTo("Waived the late interest of " + c.invoice().number());
          assertThat(e.details()).containsEntry("reason", "Bank strike")
              .containsEntry("waivedOn", "2026-04-02");
        });
  }

  // --- WJA-12 over several contracts, WJA for a consumer ------------------------------------

  @Test
  void WJA_12_every_running_contract_of_the_client_is_resolved_and_the_indemnity_counts_them_all() {
    Case c = issue("wja", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 6, 1));
    Contract hosting = ledger.contract("wja", ContractKind.HOSTING, c.client());
    Contract withdrawn = ledger.contract("wja", ContractKind.PROJECT, c.client());
    contracts.updateStatus(withdrawn.number(), ContractStatus.WITHDRAWN);
    at(LocalDate.of(2026, 6, 2));
    Task post = task(c, PaymentVariables.TASK_POST_FORMAL_NOTICE);
    assertThat(notices.find(PaymentVariables.key(c.invoice().number(), "formal-notice"))
        .orElseThrow().hasDocument()).as("the letter as PDF").isTrue();
    tasks.complete(post.getId(), TypedVariables.of(PaymentVariables.POSTED_ON, LocalDate.of(2026, 6, 2)).map());
    at(LocalDate.of(2026, 6, 18));
    assertThat(contracts.require(c.contract().number()).status()).isEqualTo(ContractStatus.RESOLVED);
    assertThat(contracts.require(hosting.number()).status()).isEqualTo(ContractStatus.RESOLVED);
    assertThat(contracts.require(withdrawn.number()).status())
        .as("a contract that no longer runs is not resolved").isEqualTo(ContractStatus.WITHDRAWN);
    Invoice indemnity = invoices.forContract(c.contract().number()).stream()
        .filter(i -> i.kind() == InvoiceKind.INDEMNITY).findFirst().orElseThrow();
    assertThat(indemnity.total()).isEqualByComparingTo("600.00"); // 30 % of 1 000 + 1 000
    assertThat(indemnity.clause()).isEqualTo("WJA-12");
    assertThat(notices(c, NoticeType.RESOLUTION_NOTICE)).isOne();
  }

  @Test
  void CEL_XIX_wja_consumer_free_reminder_then_14_days_then_statutory_interest_and_capped_indemnity() {
    Case c = issue("wja", ClientType.CONSUMER, ContractKind.PROJECT, LocalDate.of(2026, 6, 1));
    at(LocalDate.of(2026, 6, 2));
    var reminder = notices.forInvoice(c.invoice().number()).stream()
        .filter(n -> n.type() == NoticeType.PAYMENT_REMINDER).findFirst().orElseThrow();
    assertThat(reminder.clause()).isEqualTo("CEL-XIX.2");
    assertThat(deadline(c, "CEL-XIX.2").dueDate()).isEqualTo(LocalDate.of(2026, 6, 16));
    // nothing beyond the principal until the 14 days from 3 June have passed
    assertThat(due(c, LocalDate.of(2026, 6, 16)).total()).isEqualByComparingTo("1210.00");
    Settlement on17 = due(c, LocalDate.of(2026, 6, 17));
    // 15 days at the statutory 10.5 % (2026 H1) instead of WJA's 12 % a year
    assertThat(on17.interest()).isEqualByComparingTo("5.22");
    // 15 % of 1 210.00 = 181.50 capped at 65 + 5 % × 710.00 = 100.50
    assertThat(on17.indemnity()).isEqualByComparingTo("100.50");
    assertThat(on17.total()).isEqualByComparingTo("1315.72");
  }

  // --- issue 11: Book XIX counts from the actual sending ----------------------------------------

  private List<be.contractflow.notice.Notice> reminders(Case c) {
    return notices.forInvoice(c.invoice().number()).stream()
        .filter(n -> n.type() == NoticeType.PAYMENT_REMINDER).toList();
  }

  private static LocalDate brusselsDate(java.time.OffsetDateTime t) {
    return t.atZoneSameInstant(be.contractflow.time.BusinessClock.ZONE).toLocalDate();
  }

  /** The mail server is down while the reminder should leave (2 June), back afterwards. */
  private Case wjaConsumerReminderNotSent() {
    Case c = issue("wja", ClientType.CONSUMER, ContractKind.PROJECT, LocalDate.of(2026, 6, 1));
    smtp.stop();
    try {
      at(LocalDate.of(2026, 6, 2));
      assertThat(reminders(c)).singleElement().satisfies(n -> {
        assertThat(n.sentAt()).isNull();
        assertThat(n.status()).isEqualTo(NoticeStatus.PENDING);
      });
      at(LocalDate.of(2026, 6, 3)); // 24:00 on its day: not sent, given up
    } finally {
      smtp.start();
    }
    return c;
  }

  @Test
  void CEL_XIX_2_reminder_never_sent_no_interest_no_indemnity_and_accounting_gets_unsent_reminder() {
    Case c = wjaConsumerReminderNotSent();
    at(LocalDate.of(2026, 6, 4));
    assertThat(reminders(c)).as("never sent late: its dates count from 2 June")
        .singleElement().satisfies(n -> {
          assertThat(n.status()).isEqualTo(NoticeStatus.FAILED);
          assertThat(n.sentAt()).isNull();
          assertThat(n.lastError()).contains("was not sent that day");
        });
    Task unsent = task(c, PaymentVariables.TASK_HANDLE_UNSENT_REMINDER);
    assertThat(unsent).as("task Unsent reminder").isNotNull();
    assertThat(tasks.getIdentityLinksForTask(unsent.getId()))
        .anyMatch(link -> "accounting".equals(link.getGroupId()));
    assertThat(PaymentVariables.REMINDER_UNSENT_REASON.get(tasks.getVariables(unsent.getId())))
        .contains("written on 2026-06-02");
    assertThat(PaymentVariables.INVOICE_NUMBER.get(tasks.getVariables(unsent.getId())))
        .isEqualTo(c.invoice().number());
    assertThat(String.valueOf(tasks.getVariable(unsent.getId(), TaskCards.CLIENT)))
        .as("the card names the client, read from the ledger")
        .isEqualTo(c.client().name());
    // without a proven sending, Book XIX allows nothing beyond the principal, however late
    Settlement s = due(c, LocalDate.of(2026, 7, 15));
    assertThat(s.interest()).isEqualByComparingTo("0.00");
    assertThat(s.indemnity()).isEqualByComparingTo("0.00");
    assertThat(s.total()).isEqualByComparingTo("1210.00");
    assertThat(s.lines()).anySatisfy(line -> {
      assertThat(line.clause()).isEqualTo("CEL-XIX.2");
      assertThat(line.inputs()).containsEntry("firstReminderDate", "none sent");
    });
    assertThat(invoices.dunningState(c.invoice().number()).firstReminderDate()).isNull();
    assertThat(deadline(c, "CEL-XIX.2").status()).isEqualTo(Deadline.Status.CANCELLED);
  }

  @Test
  void CEL_XIX_2_a_reminder_sent_again_later_states_and_counts_from_its_real_sending() {
    Case c = wjaConsumerReminderNotSent();
    at(LocalDate.of(2026, 6, 5));
    tasks.complete(task(c, PaymentVariables.TASK_HANDLE_UNSENT_REMINDER).getId(),
        TypedVariables.of(PaymentVariables.RESEND_REMINDER, true).map());
    at(LocalDate.of(2026, 6, 5));
    var sent = reminders(c).stream().filter(n -> n.sentAt() != null).toList();
    assertThat(sent).singleElement().satisfies(n -> {
      assertThat(brusselsDate(n.sentAt())).isEqualTo(LocalDate.of(2026, 6, 5));
      assertThat(notices.body(n.id()).orElseThrow()).contains("19 juin 2026")
          .doesNotContain("16 juin 2026");
    });
    // the payment date it states never precedes its sending: 5 June + 14 days
    assertThat(deadline(c, "CEL-XIX.2").dueDate()).isEqualTo(LocalDate.of(2026, 6, 19));
    at(LocalDate.of(2026, 6, 6));
    assertThat(invoices.dunningState(c.invoice().number()).firstReminderDate())
        .isEqualTo(LocalDate.of(2026, 6, 5));
    assertThat(due(c, LocalDate.of(2026, 6, 19)).total()).isEqualByComparingTo("1210.00");
    Settlement on20 = due(c, LocalDate.of(2026, 6, 20));
    // 15 days from 6 June (the day after the real sending) at the statutory 10.5 %
    assertThat(on20.interest()).isEqualByComparingTo("5.22");
    assertThat(on20.indemnity()).isEqualByComparingTo("100.50");
  }

  @Test
  void CEL_XIX_2_consumer_reminder_leaves_the_day_after_the_due_date() {
    Case c = issue("debruijne", ClientType.CONSUMER, ContractKind.PROJECT,
        LocalDate.of(2026, 4, 16)); // + 15 = Fri 1 May (holiday) → due Mon 4 May
    at(LocalDate.of(2026, 5, 4));
    assertThat(reminders(c)).isEmpty();
    at(LocalDate.of(2026, 5, 5));
    assertThat(reminders(c)).singleElement().satisfies(n ->
        assertThat(brusselsDate(n.sentAt())).isEqualTo(LocalDate.of(2026, 5, 5)));
    assertThat(deadline(c, "CEL-XIX.2").dueDate()).isEqualTo(LocalDate.of(2026, 5, 19));
  }

  // --- issue 11: VIR-9 counted from the proven sending ------------------------------------------

  @Test
  void VIR_9_suspension_counts_from_the_day_the_reminder_was_actually_sent() {
    Case c = issue("virtura", ClientType.PROFESSIONAL, ContractKind.RECURRING,
        LocalDate.of(2026, 5, 4)); // due Wed 3 June; reminder planned Thu 4 June
    assertThat(c.invoice().dueDate()).isEqualTo(LocalDate.of(2026, 6, 3));
    smtp.stop();
    try {
      at(LocalDate.of(2026, 6, 4));
      at(LocalDate.of(2026, 6, 5)); // 24:00 on the 4th: not sent, given up
    } finally {
      smtp.start();
    }
    assertThat(task(c, PaymentVariables.TASK_HANDLE_UNSENT_REMINDER)).isNotNull();
    // accounting sends it again on Monday 8 June: written and sent that day
    at(LocalDate.of(2026, 6, 8));
    tasks.complete(task(c, PaymentVariables.TASK_HANDLE_UNSENT_REMINDER).getId(),
        TypedVariables.of(PaymentVariables.RESEND_REMINDER, true).map());
    at(LocalDate.of(2026, 6, 8));
    at(LocalDate.of(2026, 6, 9));
    assertThat(reminders(c).stream().filter(n -> n.sentAt() != null).toList()).singleElement()
        .satisfies(n -> assertThat(brusselsDate(n.sentAt())).isEqualTo(LocalDate.of(2026, 6, 8)));
    // VIR-4.r: pay by 8 June + 15 days = Tue 23 June (planned: 4 June + 15 = Fri 19 June)
    assertThat(deadline(c, "VIR-4").dueDate()).isEqualTo(LocalDate.of(2026, 6, 23));
    // VIR-9: suspension from the day after, never from the day the reminder was planned
    at(LocalDate.of(2026, 6, 23));
    assertThat(task(c, PaymentVariables.TASK_DECIDE_SUSPENSION))
        .as("no suspension counted from the planned 4 June (20 June)").isNull();
    at(LocalDate.of(2026, 6, 24));
    Task suspend = task(c, PaymentVariables.TASK_DECIDE_SUSPENSION);
    assertThat(suspend).as("suspension task on 24 June").isNotNull();
    assertThat(brusselsDate(suspend.getCreateTime().toInstant()
        .atOffset(java.time.ZoneOffset.UTC))).isEqualTo(LocalDate.of(2026, 6, 24));
    assertThat(brusselsDate(suspend.getDueDate().toInstant().atOffset(java.time.ZoneOffset.UTC)))
        .isEqualTo(LocalDate.of(2026, 6, 26));
    assertThat(tasks.getVariable(suspend.getId(), "suspensionOnShown"))
        .as("the form: suspension possible from").isEqualTo("24/06/2026");
    tasks.complete(suspend.getId(), TypedVariables.of(PaymentVariables.SUSPEND, true).map());
    at(LocalDate.of(2026, 6, 24));
    assertThat(notices.forInvoice(c.invoice().number()).stream()
        .filter(n -> n.type() == NoticeType.SUSPENSION_NOTICE)).singleElement()
        .satisfies(n -> assertThat(brusselsDate(n.createdAt()))
            .isEqualTo(LocalDate.of(2026, 6, 24)));
  }

  @Test
  void VIR_9_without_a_proven_sending_there_is_no_suspension() {
    Case c = issue("virtura", ClientType.PROFESSIONAL, ContractKind.RECURRING,
        LocalDate.of(2026, 5, 4));
    smtp.stop();
    try {
      at(LocalDate.of(2026, 6, 5));
    } finally {
      smtp.start();
    }
    tasks.complete(task(c, PaymentVariables.TASK_HANDLE_UNSENT_REMINDER).getId(),
        TypedVariables.of(PaymentVariables.RESEND_REMINDER, false).map());
    at(LocalDate.of(2026, 7, 15));
    assertThat(task(c, PaymentVariables.TASK_DECIDE_SUSPENSION)).isNull();
    assertThat(notices(c, NoticeType.SUSPENSION_NOTICE)).isZero();
    assertThat(c.instance()).isWaitingAt(PaymentVariables.GATEWAY_AWAIT_SETTLEMENT);
  }

  // --- issue 11: an invoice cancelled wherever its payment waits ---------------------------------

  @Test
  void an_invoice_dunned_to_the_end_then_cancelled_by_a_credit_note_ends_its_payment_process() {
    Case c = issue("virtura", ClientType.PROFESSIONAL, ContractKind.RECURRING,
        LocalDate.of(2026, 3, 2)); // due 1 April, reminder 2 April, suspension task 18 April
    at(LocalDate.of(2026, 4, 18));
    tasks.complete(task(c, PaymentVariables.TASK_DECIDE_SUSPENSION).getId(),
        TypedVariables.of(PaymentVariables.SUSPEND, false).map());
    at(LocalDate.of(2026, 4, 20));
    assertThat(c.instance()).isWaitingAt(PaymentVariables.GATEWAY_AWAIT_SETTLEMENT);
    // the contract ended with the work of this (change) invoice undone: credit note in full
    changeRequests.close(c.contract().number() + "-1", c.contract().number(),
        c.invoice().number(), ContractStatus.ENDED.name());
    assertThat(invoices.require(c.invoice().number()).status()).isEqualTo(InvoiceStatus.CANCELLED);
    assertThat(creditNotes.forInvoice(c.invoice().number())).hasSize(1);
    assertThat(c.instance()).isEnded();
    at(LocalDate.of(2026, 6, 1));
    assertThat(notices(c, NoticeType.PAYMENT_REMINDER)).as("no further reminder").isOne();
    assertThat(deadline(c, "VIR-4").status()).isNotEqualTo(Deadline.Status.PENDING);
  }

  @Test
  void an_invoice_cancelled_by_a_credit_note_during_its_dunning_is_never_suspended() {
    Case c = issue("virtura", ClientType.PROFESSIONAL, ContractKind.RECURRING,
        LocalDate.of(2026, 3, 2)); // reminder 2 April, would be suspended from 18 April
    at(LocalDate.of(2026, 4, 10));
    changeRequests.close(c.contract().number() + "-1", c.contract().number(),
        c.invoice().number(), ContractStatus.ENDED.name());
    assertThat(c.instance()).isEnded();
    at(LocalDate.of(2026, 4, 30));
    assertThat(task(c, PaymentVariables.TASK_DECIDE_SUSPENSION)).isNull();
    assertThat(deadline(c, "VIR-4").status()).as("the reminder's payment date")
        .isEqualTo(Deadline.Status.CANCELLED);
  }

  // --- issue 11: VIR-4 "ensuite" --------------------------------------------------------------

  @Test
  void VIR_4_interest_only_once_the_reminders_date_passed_unpaid_then_from_the_due_date() {
    Case c = issue("virtura", ClientType.PROFESSIONAL, ContractKind.RECURRING,
        LocalDate.of(2026, 3, 2)); // due 1 April; reminder 2 April, "pay by 17 April"
    at(LocalDate.of(2026, 4, 17));
    Settlement lastDay = due(c, LocalDate.of(2026, 4, 17));
    assertThat(lastDay.interest()).as("the reminder's payment date itself").isEqualByComparingTo("0.00");
    assertThat(lastDay.lines()).anySatisfy(line -> {
      assertThat(line.clause()).isEqualTo("VIR-4");
      assertThat(line.inputs()).containsEntry("claimableFrom", LocalDate.of(2026, 4, 18));
    });
    // the day after: 1 210.00 × 10 % × 17 days (2–18 April) / 365
    assertThat(due(c, LocalDate.of(2026, 4, 18)).interest()).isEqualByComparingTo("5.64");
  }

  // --- issue 11: WJA-2, an order binds only once its deposit is paid --------------------------

  @Test
  void WJA_2_unpaid_deposit_of_a_quoted_project_is_not_dunned_and_never_resolves_the_hosting() {
    today(LocalDate.of(2026, 6, 1));
    Client client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    Contract hosting = ledger.contract("wja", ContractKind.HOSTING, client);
    Contract site = ledger.contract("wja", ContractKind.PROJECT, client);
    contracts.updateStatus(site.number(), ContractStatus.QUOTED);
    contracts.updateDates(site.number(), null, null, null);
    Invoice deposit = ledger.invoice(site, InvoiceKind.DEPOSIT, "WJA-2", "500.00");
    Case c = new Case(client, site, deposit, instanceOf(deposit.number()));
    at(LocalDate.of(2026, 6, 20));
    assertThat(task(c, PaymentVariables.TASK_DECIDE_SUSPENSION)).as("no WJA-11 task").isNull();
    assertThat(task(c, PaymentVariables.TASK_POST_FORMAL_NOTICE)).as("no WJA-12 letter").isNull();
    assertThat(notices(c, NoticeType.FORMAL_NOTICE) + notices(c, NoticeType.PAYMENT_REMINDER)
        + notices(c, NoticeType.ACCELERATION_NOTICE)).isZero();
    assertThat(contracts.require(hosting.number()).status()).isEqualTo(ContractStatus.CONFIRMED);
    assertThat(invoices.forContract(site.number()))
        .noneMatch(i -> i.kind() == InvoiceKind.INDEMNITY);
    Settlement s = due(c, LocalDate.of(2026, 7, 15));
    assertThat(s.interest()).isEqualByComparingTo("0.00");
    assertThat(s.indemnity()).isEqualByComparingTo("0.00");
    assertThat(s.total()).isEqualByComparingTo("605.00");
    assertThat(s.lines()).anySatisfy(line -> assertThat(line.clause()).isEqualTo("WJA-2"));
    pay(c, "605.00");
    assertThat(c.instance()).isEnded();
    assertThat(invoices.require(deposit.number()).status()).isEqualTo(InvoiceStatus.PAID);
  }

  // --- issue 11: statutory rate of a half-year not yet published -------------------------------

  @Test
  void LAW_2002_5_unpublished_2027_H1_rate_consumer_reminder_waits_for_accounting_and_says_so() {
    Case c = issue("wja", ClientType.CONSUMER, ContractKind.PROJECT, LocalDate.of(2027, 1, 4));
    at(LocalDate.of(2027, 1, 5));
    assertThat(reminders(c)).as("the reminder waits for the confirmation").isEmpty();
    Task confirm = task(c, PaymentVariables.TASK_CONFIRM_STATUTORY_RATE);
    assertThat(confirm).isNotNull();
    assertThat(tasks.getIdentityLinksForTask(confirm.getId()))
        .anyMatch(link -> "accounting".equals(link.getGroupId()));
    assertThat(String.valueOf(PaymentVariables.STATUTORY_RATE_NOTE.get(tasks.getVariables(confirm.getId()))))
        .contains("2027-H1 not yet in the table: last known rate (2026-H2) used");
    tasks.complete(confirm.getId(), TypedVariables.of(PaymentVariables.STATUTORY_RATE_CONFIRMED, true).map());
    at(LocalDate.of(2027, 1, 5));
    assertThat(reminders(c)).singleElement().satisfies(n -> {
      assertThat(n.sentAt()).isNotNull();
      assertThat(notices.body(n.id()).orElseThrow())
          .contains("Le taux légal du semestre 2027-H1")
          .contains("celui du semestre 2026-H2, est appliqué");
    });
    // the audit line of the amount says which rate stood in
    Settlement on20 = due(c, LocalDate.of(2027, 1, 20));
    assertThat(on20.interest()).isPositive();
    assertThat(on20.lines()).anySatisfy(line -> assertThat(line.inputs())
        .containsEntry("ratePublished", "no: last known rate used, to be confirmed"));
  }

  // --- issue 16: the month-end storm reads each ledger row once per job ------------------------

  /**
   * Runs the due jobs of the case up to {@code date} like {@link #at}, and returns how many times
   * each ledger statement ran in the job of {@code activityId} (H2's query statistics; the
   * engine's own statements are left out).
   */
  private Map<String, Long> ledgerStatementsOfJob(Case c, LocalDate date,
      String activityId) {
    at(date.minusDays(1));
    today(date);
    var counts = new TreeMap<String, Long>();
    for (int round = 0; round < DueJobs.MAX_ROUNDS; round++) {
      var due = management.createJobQuery().processInstanceId(c.instance().getId()).executable()
          .list();
      if (due.isEmpty()) {
        break;
      }
      for (var job : due) {
        boolean counted = management.createJobQuery().processInstanceId(c.instance().getId())
            .activityId(activityId).list().stream().anyMatch(j -> j.getId().equals(job.getId()));
        if (counted) {
          jdbc.sql("set query_statistics_max_entries 100000").update();
          jdbc.sql("set query_statistics true").update();
        }
        try {
          management.executeJob(job.getId());
        } finally {
          if (counted) {
            jdbc.sql("""
                    select sql_statement, execution_count from information_schema.query_statistics
                    where lower(sql_statement) like '%cf\\_%' escape '\\'""")
                .query((rs, n) -> Map.entry(rs.getString(1).replaceAll("\\s+", " "),
                    rs.getLong(2)))
                .list().forEach(e -> counts.merge(e.getKey(), e.getValue(), Long::sum));
            jdbc.sql("set query_statistics false").update();
          }
        }
      }
      relay.relayPending();
    }
    return counts;
  }

  /** How many times the job ran the selects that match {@code pattern} (a regular expression). */
  private static long reads(Map<String, Long> statements, String pattern) {
    var regex = Pattern.compile(pattern);
    return statements.entrySet().stream()
        .filter(e -> e.getKey().startsWith("select") && regex.matcher(e.getKey()).find())
        .mapToLong(Map.Entry::getValue).sum();
  }

  private static final String CLIENT = "from cf_client where id = ";
  private static final String CONTRACT = "from cf_contract where number = ";
  private static final String INVOICE_ROW = "from cf_invoice (i )?where (i\\.)?number = ";
  private static final String PAYMENTS = "from cf_payment where invoice_number = ";
  private static final String CREDIT_NOTES = "from cf_credit_note where credited_invoice = ";
  private static final String NOTICE_BY_KEY = "from cf_notice where notice_key ";

  @Test
  void issue_16_the_reminder_job_reads_each_ledger_row_once_and_states_the_same_amounts() {
    Case c = issue("wja", ClientType.CONSUMER, ContractKind.RECURRING, LocalDate.of(2026, 6, 1));
    var statements = ledgerStatementsOfJob(c, LocalDate.of(2026, 6, 2),
        PaymentVariables.TASK_SEND_REMINDER);
    // before: client 5, contract 5, invoice row 4, payments 2, credit notes 2, notice by key 3
    assertThat(reads(statements, CLIENT)).as("client").isOne();
    assertThat(reads(statements, CONTRACT)).as("contract").isOne();
    assertThat(reads(statements, INVOICE_ROW)).as("invoice row, dunning state included").isOne();
    assertThat(reads(statements, PAYMENTS)).as("payments").isOne();
    assertThat(reads(statements, CREDIT_NOTES)).as("credit notes").isOne();
    assertThat(reads(statements, NOTICE_BY_KEY)).as("the reminder by its key").isOne();
    assertThat(reminders(c)).singleElement().satisfies(n -> {
      assertThat(n.recipient()).isEqualTo(c.client().email());
      assertThat(notices.body(n.id()).orElseThrow()).contains("16 juin 2026")
          .contains("Nous vous prions de nous payer 1.210,00")
          .contains("au plus tard le 16 juin 2026");
    });
  }

  @Test
  void issue_16_the_open_dunning_job_reads_each_ledger_row_once() {
    Case c = issue("virtura", ClientType.PROFESSIONAL, ContractKind.RECURRING,
        LocalDate.of(2026, 3, 2));
    var statements = ledgerStatementsOfJob(c, LocalDate.of(2026, 4, 2),
        PaymentVariables.TASK_OPEN_DUNNING);
    // before: invoice row 2 (the invoice, then its dunning state), notices 2 (one per key)
    assertThat(reads(statements, INVOICE_ROW)).as("invoice row, dunning state included").isOne();
    assertThat(reads(statements, CLIENT)).as("client").isOne();
    assertThat(reads(statements, CONTRACT)).as("contract").isOne();
    assertThat(reads(statements, NOTICE_BY_KEY)).as("resolution and formal notice").isOne();
    assertThat(deadline(c, "VIR-4").dueDate()).isEqualTo(LocalDate.of(2026, 4, 17));
  }
}
