package be.contractflow.process.payment;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.contractflow.billing.PaymentCommand;
import be.contractflow.billing.PaymentService;
import be.contractflow.billing.SettlementService;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.Language;
import be.contractflow.ledger.RejectedException;
import be.contractflow.notice.Notice;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.Channel;
import be.contractflow.process.ContractEventType;
import be.contractflow.process.ContractEvents;
import be.contractflow.process.Party;
import be.contractflow.support.LedgerFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The {@code payment} process of an issued invoice against the real terms (DMN), ledger, settlement
 * and notice outbox: the engine clock is moved, the jobs are executed by hand, each test names the
 * clause it proves and asserts the dates, notices, statuses and amounts a client or staff member
 * would see.
 */
@SpringBootTest
@ActiveProfiles("test")
class PaymentProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired LedgerFixtures ledger;
  @Autowired ContractRepository contracts;
  @Autowired InvoiceRepository invoices;
  @Autowired NoticeService notices;
  @Autowired PaymentService payments;
  @Autowired SettlementService settlements;
  @Autowired ContractEvents events;
  @Autowired DefaultService defaults;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // --- fixtures -------------------------------------------------------------------------------

  private Invoice issue(String profile, ClientType type, ContractKind kind, LocalDate on,
      String exclVat) {
    today(on);
    Contract contract = ledger.contract(profile, kind, ledger.client(type, Language.fr));
    return ledger.invoice(contract, InvoiceKind.DEPOSIT, "TEST", exclVat);
  }

  private ProcessInstance paymentOf(Invoice invoice) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("payment")
        .processInstanceBusinessKey(invoice.number()).singleResult();
  }

  /** Moves the clock to noon of {@code date} and runs every payment job due by then. */
  private void at(LocalDate date) {
    today(date);
    for (int round = 0; round < 100; round++) {
      List<Job> due = management.createJobQuery().processDefinitionKey("payment").executable()
          .list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("payment jobs keep coming");
  }

  private Task task(Invoice invoice, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(invoice.number())
        .taskDefinitionKey(key).singleResult();
  }

  private List<NoticeType> noticeTypes(Invoice invoice) {
    return notices.forInvoice(invoice.number()).stream().map(Notice::type).toList();
  }

  private void payInFull(Invoice invoice, LocalDate on) {
    today(on);
    var due = settlements.at(invoices.require(invoice.number()), on);
    payments.record(new PaymentCommand(invoice.number(), due.total(), on, "BANK-" + System.nanoTime(),
        "accounting"));
    at(on);
  }

  private Contract contractOf(Invoice invoice) {
    return contracts.require(invoice.contractNumber());
  }

  private static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }

  // --- issuing --------------------------------------------------------------------------------

  @Test
  void every_issued_invoice_starts_its_payment_process_and_settling_ends_it() {
    Invoice invoice = issue("virtura", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 3, 2), "1000.00");
    ProcessInstance payment = paymentOf(invoice);
    assertThat(payment).isStarted().hasBusinessKey(invoice.number());

    payInFull(invoice, LocalDate.of(2026, 3, 20));

    assertThat(payment).isEnded().hasPassed(PaymentVariables.END_SETTLED);
    assertThat(noticeTypes(invoice)).containsExactly(NoticeType.INVOICE_SENT);
  }

  // --- Virtura ------------------------------------------------------------------------------

  @Test
  void VIR_4_one_reminder_the_day_after_the_due_date_then_VIR_9_staff_suspend_and_payment_restores() {
    // Virtura: 30 days, 2 March → 1 April; the reminder on 2 April states a payment date 15 days on
    Invoice invoice = issue("virtura", ClientType.PROFESSIONAL, ContractKind.RECURRING,
        LocalDate.of(2026, 3, 2), "1000.00");
    assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    ProcessInstance payment = paymentOf(invoice);

    at(LocalDate.of(2026, 4, 1));
    assertThat(noticeTypes(invoice)).doesNotContain(NoticeType.PAYMENT_REMINDER);

    at(LocalDate.of(2026, 4, 2));
    assertThat(noticeTypes(invoice)).containsOnlyOnce(NoticeType.PAYMENT_REMINDER);
    assertThat(payment).hasPassed(PaymentVariables.TASK_SEND_REMINDER);

    // payment date 17 April; still unpaid on the 18th: accounting decides the suspension (VIR-9)
    at(LocalDate.of(2026, 4, 17));
    assertThat(task(invoice, PaymentVariables.TASK_DECIDE_SUSPENSION)).isNull();
    at(LocalDate.of(2026, 4, 18));
    Task decide = task(invoice, PaymentVariables.TASK_DECIDE_SUSPENSION);
    assertThat(decide).isNotNull();
    assertThat(decide.getDueDate()).isNotNull();
    assertThat(tasks.getIdentityLinksForTask(decide.getId()))
        .anyMatch(link -> "accounting".equals(link.getGroupId()));

    tasks.complete(decide.getId(), Map.of(PaymentVariables.SUSPEND, true,
        PaymentVariables.SUSPENSION_NOTE, "Unpaid after the reminder's payment date"));
    at(LocalDate.of(2026, 4, 18));
    assertThat(contractOf(invoice).suspended()).isTrue();
    assertThat(noticeTypes(invoice)).contains(NoticeType.SUSPENSION_NOTICE);

    // VIR-4: 10 %/year from the day after the due date; 40 € for a professional
    var due = settlements.at(invoices.require(invoice.number()), LocalDate.of(2026, 4, 20));
    assertThat(due.principal()).isEqualByComparingTo("1210.00");
    assertThat(due.indemnity()).isEqualByComparingTo("40.00");
    assertThat(due.interest()).isPositive();

    payInFull(invoice, LocalDate.of(2026, 4, 20));

    assertThat(payment).isEnded();
    assertThat(contractOf(invoice).suspended()).isFalse();
    assertThat(noticeTypes(invoice)).contains(NoticeType.SERVICE_RESTORED)
        .containsOnlyOnce(NoticeType.PAYMENT_REMINDER);
  }

  @Test
  void VIR_4_a_payment_on_the_due_date_sends_no_reminder() {
    Invoice invoice = issue("virtura", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 3, 2), "500.00");

    var due = settlements.at(invoice, invoice.dueDate());
    assertThat(due.total()).isEqualByComparingTo("605.00");
    payInFull(invoice, invoice.dueDate());
    at(LocalDate.of(2026, 4, 30));

    assertThat(paymentOf(invoice)).isNull();
    assertThat(noticeTypes(invoice)).containsExactly(NoticeType.INVOICE_SENT);
  }

  // --- WJA ------------------------------------------------------------------------------------

  @Test
  void WJA_11_formal_notice_then_WJA_12_resolution_15_days_after_it_was_posted() {
    // WJA: due on the invoice date ("au grand comptant"); late from the next day
    Invoice invoice = issue("wja", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 3, 2), "2000.00");
    assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    ProcessInstance payment = paymentOf(invoice);

    at(LocalDate.of(2026, 3, 3));
    Task post = task(invoice, PaymentVariables.TASK_POST_FORMAL_NOTICE);
    assertThat(post).as("the formal notice letter waits for accounting to post it").isNotNull();
    assertThat(noticeTypes(invoice)).contains(NoticeType.FORMAL_NOTICE);

    // posted on Wednesday 4 March: the client has 15 days, to 19 March
    today(LocalDate.of(2026, 3, 4));
    tasks.complete(post.getId(), Map.of(PaymentVariables.POSTED_ON, "2026-03-04"));
    at(LocalDate.of(2026, 3, 19));
    assertThat(contractOf(invoice).status()).isNotEqualTo(ContractStatus.RESOLVED);

    at(LocalDate.of(2026, 3, 20));
    assertThat(payment).hasPassed(PaymentVariables.TASK_RESOLVE_CONTRACTS);
    assertThat(contractOf(invoice).status()).isEqualTo(ContractStatus.RESOLVED);
    assertThat(task(invoice, PaymentVariables.TASK_POST_RESOLUTION_NOTICE)).isNotNull();
    // WJA-12: 30 % of the contract's total (the fixture's quote: 1000.00 excl. VAT), no VAT
    Invoice indemnity = invoices.forContract(invoice.contractNumber()).stream()
        .filter(i -> i.kind() == InvoiceKind.INDEMNITY).findFirst().orElseThrow();
    assertThat(indemnity.clause()).isEqualTo("WJA-12");
    assertThat(indemnity.vat()).isEqualByComparingTo("0.00");
    assertThat(indemnity.total()).isEqualByComparingTo("300.00");
  }

  @Test
  void WJA_10b_10c_interest_one_percent_per_started_month_and_15_percent_indemnity_min_150() {
    Invoice invoice = issue("wja", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 3, 2), "400.00");

    // 484.00 open: 1 % per started month from the issue date; 15 % = 72.60 < 150 → 150.00
    var oneMonth = settlements.at(invoices.require(invoice.number()), LocalDate.of(2026, 3, 20));
    assertThat(oneMonth.interest()).isEqualByComparingTo("4.84");
    assertThat(oneMonth.indemnity()).isEqualByComparingTo("150.00");
    var twoMonths = settlements.at(invoices.require(invoice.number()), LocalDate.of(2026, 4, 3));
    assertThat(twoMonths.interest()).isEqualByComparingTo("9.68");
  }

  @Test
  void WJA_15_a_contest_inside_8_days_pauses_the_dunning_and_a_rejection_resumes_it() {
    Invoice invoice = issue("wja", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 3, 2), "1000.00");
    ProcessInstance payment = paymentOf(invoice);

    today(LocalDate.of(2026, 3, 3));
    events.deliver(invoice.contractNumber(), new ContractEvents.Event(
        ContractEventType.INVOICE_CONTEST, LocalDate.of(2026, 3, 3), Party.CLIENT,
        Channel.REGISTERED_LETTER, "The extra pages were never delivered", invoice.number()));
    at(LocalDate.of(2026, 3, 3));
    Task complaint = task(invoice, PaymentVariables.TASK_HANDLE_COMPLAINT);
    assertThat(complaint).as("accounting handles the complaint").isNotNull();
    assertThat(task(invoice, PaymentVariables.TASK_POST_FORMAL_NOTICE))
        .as("the dunning is paused").isNull();

    tasks.complete(complaint.getId(), Map.of(PaymentVariables.COMPLAINT_ACCEPTED, false,
        PaymentVariables.COMPLAINT_ANSWER, "Delivered on 20 February, see the acceptance"));
    at(LocalDate.of(2026, 3, 4));

    assertThat(payment).isNotEnded();
    assertThat(task(invoice, PaymentVariables.TASK_POST_FORMAL_NOTICE))
        .as("the dunning resumed with the original dates").isNotNull();
  }

  @Test
  void WJA_15_a_contest_after_the_window_is_refused_with_the_date_it_closed() {
    Invoice invoice = issue("wja", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 3, 2), "1000.00");
    at(LocalDate.of(2026, 3, 16));

    assertThatThrownBy(() -> events.deliver(invoice.contractNumber(), new ContractEvents.Event(
        ContractEventType.INVOICE_CONTEST, LocalDate.of(2026, 3, 16), Party.CLIENT,
        Channel.REGISTERED_LETTER, "Too expensive", invoice.number())))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("2026-03-10");
    assertThat(task(invoice, PaymentVariables.TASK_HANDLE_COMPLAINT)).isNull();
  }

  @Test
  void a_waiver_of_the_WJA_10c_indemnity_needs_a_reason_and_shows_in_the_amount_due() {
    Invoice invoice = issue("wja", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 3, 2), "400.00");
    today(LocalDate.of(2026, 3, 20));

    assertThatThrownBy(() -> defaults.waive(invoice.number(), false, true, " ", "accounting"))
        .isInstanceOf(RejectedException.class).hasMessageContaining("written reason");
    assertThat(settlements.at(invoices.require(invoice.number()), LocalDate.of(2026, 3, 20))
        .indemnity()).isEqualByComparingTo("150.00");

    defaults.waive(invoice.number(), false, true, "Long-standing client, first delay",
        "accounting");

    var due = settlements.at(invoices.require(invoice.number()), LocalDate.of(2026, 3, 20));
    assertThat(due.indemnity()).isEqualByComparingTo("0.00");
    assertThat(due.interest()).isEqualByComparingTo("4.84");
    assertThat(due.lines()).anySatisfy(line -> {
      assertThat(line.label()).isEqualTo("Flat indemnity waived");
      assertThat(line.inputs().toString()).contains("Long-standing client, first delay");
    });
  }

  // --- De Bruijne -----------------------------------------------------------------------------

  @Test
  void BDB_R5_2_a_rental_payment_15_days_late_cuts_the_service_automatically() {
    Invoice invoice = issue("debruijne", ClientType.PROFESSIONAL, ContractKind.RENTAL,
        LocalDate.of(2026, 3, 2), "49.00");
    ProcessInstance payment = paymentOf(invoice);

    // the monthly payment is made within 15 days of the invoice (2 → 17 March); on the 16th day
    // without it the service is cut
    assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 3, 17));
    at(LocalDate.of(2026, 3, 17));
    assertThat(contractOf(invoice).suspended()).isFalse();
    at(LocalDate.of(2026, 3, 18));

    assertThat(contractOf(invoice).suspended()).as("service cut without a staff decision")
        .isTrue();
    assertThat(task(invoice, PaymentVariables.TASK_DECIDE_SUSPENSION)).isNull();
    assertThat(noticeTypes(invoice)).contains(NoticeType.SUSPENSION_NOTICE);

    payInFull(invoice, LocalDate.of(2026, 3, 23));
    assertThat(payment).isEnded();
    assertThat(contractOf(invoice).suspended()).isFalse();
    assertThat(noticeTypes(invoice)).contains(NoticeType.SERVICE_RESTORED);
  }
}
