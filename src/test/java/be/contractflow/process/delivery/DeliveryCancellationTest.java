package be.contractflow.process.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.contractflow.billing.PaymentCommand;
import be.contractflow.billing.PaymentService;
import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.CreditNoteRepository;
import be.contractflow.ledger.Deadline;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.ledger.Language;
import be.contractflow.notice.Notice;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.Channel;
import be.contractflow.process.ContractEventType;
import be.contractflow.process.TypedVariables;
import be.contractflow.process.change.ChangeRequestVariables;
import be.contractflow.support.LedgerFixtures;
import be.contractflow.support.ProcessDriver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A CANCELLATION once the order is confirmed and the site is being made: the {@code delivery}
 * process accepts it (the order process has ended), per the terms of each profile. Every order
 * here is one website line of 1 000.00 EUR excl. VAT.
 */
@SpringBootTest
@ActiveProfiles("test")
class DeliveryCancellationTest {

  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired LedgerFixtures ledger;
  @Autowired ProcessDriver driver;
  @Autowired ContractRepository contracts;
  @Autowired InvoiceRepository invoices;
  @Autowired CreditNoteRepository creditNotes;
  @Autowired PaymentService payments;
  @Autowired NoticeService notices;
  @Autowired BusinessCalendar calendar;

  @BeforeEach
  void useThisEngine() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Autowired RuntimeService runtime;

  record Started(Contract contract, ProcessInstance instance) {}

  /** A confirmed order of {@code kind} whose 50 % deposit (if any) is paid, delivery started. */
  private Started confirmed(String profile, ContractKind kind, String paidDeposit, LocalDate day) {
    LedgerFixtures.today(day);
    var client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    Contract contract = ledger.contract(profile, kind, client);
    if (paidDeposit != null) {
      Invoice deposit = ledger.invoice(contract, InvoiceKind.DEPOSIT, "deposit", paidDeposit);
      payments.record(new PaymentCommand(deposit.number(), deposit.total(), day, null, "bank"));
    }
    return new Started(contract, driver.startDelivery(contract, ClientType.PROFESSIONAL,
        "1000.00"));
  }

  private void cancel(Started started, LocalDate date) {
    driver.event(started.contract().number(), ContractEventType.CANCELLATION, date);
  }

  private ContractStatus status(Started started) {
    return contracts.require(started.contract().number()).status();
  }

  private List<Invoice> invoicesOf(Started started, InvoiceKind kind) {
    return invoices.forContract(started.contract().number()).stream()
        .filter(i -> i.kind() == kind).toList();
  }

  private Notice confirmation(Started started) {
    return notices.forContract(started.contract().number()).stream()
        .filter(n -> n.type() == NoticeType.CANCELLATION_CONFIRMED).findFirst()
        .orElseThrow(() -> new AssertionError("no CANCELLATION_CONFIRMED"));
  }

  @Test
  void BDB_10_2_during_the_work_the_share_done_is_the_price_of_work_done_with_VAT_and_the_deposit_is_credited() {
    var started = confirmed("debruijne", ContractKind.PROJECT, "500.00", LocalDate.of(2026, 4, 2));
    String number = started.contract().number();
    driver.event(number, ContractEventType.CONTENTS_RECEIVED, LocalDate.of(2026, 4, 8));
    assertThat(started.instance()).isWaitingAt(DeliveryVariables.TASK_BUILD_SITE);
    assertThat(status(started)).isEqualTo(ContractStatus.IN_PRODUCTION);

    // Thursday 30 April; Friday 1 May is Labour Day: the assessment is due Tuesday 5 May
    driver.at(LocalDate.of(2026, 4, 30));
    cancel(started, LocalDate.of(2026, 4, 30));

    assertThat(started.instance()).isWaitingAt(DeliveryVariables.TASK_ASSESS_WORK_DONE);
    assertThat(driver.openTasks(started.instance().getId(), DeliveryVariables.TASK_BUILD_SITE))
        .as("the build task ends with the cancellation").isZero();
    // the only timer left is the assessment's follow-up, at 24:00 on its due date (5 May)
    assertThat(management.createJobQuery().processInstanceId(started.instance().getId())
        .timers().list()).singleElement()
        .satisfies(timer -> assertThat(timer.getDuedate()).isEqualTo(calendar.endOf(LocalDate.of(2026, 5, 5))));
    assertThat(management.createJobQuery().processInstanceId(started.instance().getId())
        .timers().activityId(DeliveryVariables.BOUNDARY_ASSESSMENT_OVERDUE).count()).isOne();
    var task = tasks.createTaskQuery().processInstanceId(started.instance().getId())
        .initializeFormKeys().singleResult();
    assertThat(task).hasCandidateGroup("production")
        .hasDueDate(calendar.taskDue(LocalDate.of(2026, 5, 5)));
    assertThat(task.getCamundaFormRef().getKey()).isEqualTo(DeliveryVariables.FORM_ASSESS_WORK_DONE);

    assertThatThrownBy(() -> tasks.complete(task.getId(),
            Map.of(DeliveryVariables.WORK_DONE_PERCENT.name(), 120)))
        .hasMessageContaining("from 0 to 100");
    assertThat(started.instance()).isWaitingAt(DeliveryVariables.TASK_ASSESS_WORK_DONE);

    driver.complete(task, Map.of(DeliveryVariables.WORK_DONE_PERCENT.name(), 80));

    // 80 % of 1000.00 = 800.00 is the price of the work done: 800.00 + 168.00 VAT = 968.00;
    // the deposit (500.00 + 105.00) is credited in full and its 605.00 set off: 363.00 still owed
    assertThat(started.instance()).hasPassed(DeliveryVariables.END_DELIVERY_CANCELLED).isEnded();
    assertThat(status(started)).isEqualTo(ContractStatus.CANCELLED);
    Invoice fee = invoices.require(invoicesOf(started, InvoiceKind.INTERIM).get(0).number());
    assertThat(fee.clause()).isEqualTo("BDB-10.2");
    assertThat(fee.issueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(fee.amountExclVat()).isEqualByComparingTo("800.00");
    assertThat(fee.vat()).isEqualByComparingTo("168.00");
    assertThat(fee.total()).isEqualByComparingTo("968.00");
    assertThat(fee.openPrincipal()).isEqualByComparingTo("363.00");
    assertThat(creditNotes.forContract(number)).singleElement().satisfies(note -> {
      assertThat(note.amountExclVat()).isEqualByComparingTo("500.00");
      assertThat(note.vat()).isEqualByComparingTo("105.00");
    });
    Notice notice = confirmation(started);
    assertThat(notice.clause()).isEqualTo("BDB-10.2");
    assertThat(driver.deadline(number, "BDB-6.3", "Site delivery due").status())
        .isEqualTo(Deadline.Status.CANCELLED);
  }

  @Test
  void BDB_10_2_an_assessment_left_overdue_gives_production_a_follow_up_and_the_cancellation_invoice_still_waits_for_it() {
    var started = confirmed("debruijne", ContractKind.PROJECT, "500.00", LocalDate.of(2026, 4, 2));
    String number = started.contract().number();
    driver.event(number, ContractEventType.CONTENTS_RECEIVED, LocalDate.of(2026, 4, 8));
    driver.at(LocalDate.of(2026, 4, 30));
    cancel(started, LocalDate.of(2026, 4, 30)); // assessment due Tuesday 5 May (1 May: Labour Day)

    driver.at(LocalDate.of(2026, 5, 5));
    assertThat(driver.openTasks(started.instance().getId(), DeliveryVariables.TASK_FOLLOW_UP_ASSESSMENT))
        .as("not yet overdue on its last day").isZero();

    driver.at(LocalDate.of(2026, 5, 6));
    var followUp = tasks.createTaskQuery().processInstanceId(started.instance().getId())
        .taskDefinitionKey(DeliveryVariables.TASK_FOLLOW_UP_ASSESSMENT).initializeFormKeys().singleResult();
    assertThat(followUp).hasCandidateGroup("production")
        .hasDueDate(calendar.taskDue(LocalDate.of(2026, 5, 7)));
    assertThat(followUp.getCamundaFormRef().getKey()).isEqualTo(DeliveryVariables.FORM_OVERDUE_FOLLOW_UP);
    assertThat(DeliveryVariables.OVERDUE_TASK.get(tasks.getVariables(followUp.getId()))).isEqualTo("Assess the work done");
    assertThat(DeliveryVariables.OVERDUE_SINCE.get(tasks.getVariables(followUp.getId()))).isEqualTo(LocalDate.of(2026, 5, 5));
    // the assessment keeps its date; nothing is invoiced or confirmed before the share done is known
    assertThat(driver.task(started.instance().getId(), DeliveryVariables.TASK_ASSESS_WORK_DONE))
        .hasDueDate(calendar.taskDue(LocalDate.of(2026, 5, 5)));
    driver.complete(followUp, Map.of("followUpNote", "Production lead on leave, assessment on Friday"));
    assertThat(started.instance()).isWaitingAt(DeliveryVariables.TASK_ASSESS_WORK_DONE);
    assertThat(invoicesOf(started, InvoiceKind.INTERIM)).isEmpty();
    assertThat(creditNotes.forContract(number)).isEmpty();
    assertThat(status(started)).isEqualTo(ContractStatus.IN_PRODUCTION);
    assertThat(notices.forContract(number)).noneMatch(n -> n.type() == NoticeType.CANCELLATION_CONFIRMED);

    driver.at(LocalDate.of(2026, 5, 8));
    driver.complete(driver.task(started.instance().getId(), DeliveryVariables.TASK_ASSESS_WORK_DONE),
        Map.of(DeliveryVariables.WORK_DONE_PERCENT.name(), 80));

    // the same settlement as on time: 800.00 + 168.00 VAT for the work done, the deposit credited
    assertThat(started.instance()).hasPassed(DeliveryVariables.END_DELIVERY_CANCELLED).isEnded();
    assertThat(invoicesOf(started, InvoiceKind.INTERIM)).singleElement()
        .satisfies(fee -> assertThat(fee.total()).isEqualByComparingTo("968.00"));
    assertThat(status(started)).isEqualTo(ContractStatus.CANCELLED);
    assertThat(confirmation(started).clause()).isEqualTo("BDB-10.2");
  }

  @Test
  void BDB_10_2_little_work_done_credits_the_deposit_and_refunds_what_the_work_done_did_not_use() {
    var started = confirmed("debruijne", ContractKind.PROJECT, "500.00", LocalDate.of(2026, 4, 2));
    cancel(started, LocalDate.of(2026, 4, 3)); // contents still awaited

    driver.complete(driver.task(started.instance().getId(), DeliveryVariables.TASK_ASSESS_WORK_DONE),
        TypedVariables.of(DeliveryVariables.WORK_DONE_PERCENT, new BigDecimal("10")).map());

    // 10 % of 1000.00 = 100.00 + 21.00 VAT for the work done; the deposit (605.00) credited in
    // full and set off: 484.00 back
    var notes = creditNotes.forContract(started.contract().number());
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).amount()).isEqualByComparingTo("605.00");
    assertThat(notes.get(0).vat()).isEqualByComparingTo("105.00");
    assertThat(notes.get(0).clause()).isEqualTo("BDB-10.2");
    Invoice work = invoices.require(invoicesOf(started, InvoiceKind.INTERIM).get(0).number());
    assertThat(work.total()).isEqualByComparingTo("121.00");
    assertThat(work.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(notes.get(0).amount().subtract(work.paidPrincipal())).isEqualByComparingTo("484.00");
    assertThat(driver.deadline(started.contract().number(), "BDB-6.3", "Client contents due")
        .status()).isEqualTo(Deadline.Status.CANCELLED);
    assertThat(status(started)).isEqualTo(ContractStatus.CANCELLED);
  }

  @Test
  void WJA_18_during_the_work_costs_30_percent_whatever_was_done_and_needs_no_assessment() {
    var started = confirmed("wja", ContractKind.PROJECT, "500.00", LocalDate.of(2026, 4, 2));
    driver.event(started.contract().number(), ContractEventType.CONTENTS_RECEIVED,
        LocalDate.of(2026, 4, 8));

    cancel(started, LocalDate.of(2026, 4, 10));

    // the paid deposit (500.00 + 105.00) and the unpaid progress invoice issued when production
    // started (WJA-2 40 %: 400.00 + 84.00) are credited in full; 30 % of 1000.00 = 300.00 of
    // damages without VAT, set off against the 605.00 paid: 305.00 back
    assertThat(started.instance()).hasNotPassed(DeliveryVariables.TASK_ASSESS_WORK_DONE).isEnded();
    var notes = creditNotes.forContract(started.contract().number());
    assertThat(notes).extracting(n -> n.amountExclVat().toPlainString(), n -> n.vat().toPlainString(),
            n -> n.amount().toPlainString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("500.00", "105.00", "605.00"),
            org.assertj.core.groups.Tuple.tuple("400.00", "84.00", "484.00"));
    assertThat(notes.get(0).clause()).isEqualTo("WJA-18");
    Invoice fee = invoices.require(invoicesOf(started, InvoiceKind.CANCELLATION_FEE).get(0).number());
    assertThat(fee.total()).isEqualByComparingTo("300.00");
    assertThat(fee.vat()).isEqualByComparingTo("0.00");
    assertThat(notes.get(0).amount().subtract(fee.paidPrincipal())).isEqualByComparingTo("305.00");
    assertThat(status(started)).isEqualTo(ContractStatus.CANCELLED);
    assertThat(confirmation(started).clause()).isEqualTo("WJA-18");
  }

  @Test
  void CC_1794_Virtura_terms_are_silent_the_work_done_is_owed_and_open_invoices_are_cancelled() {
    var started = confirmed("virtura", ContractKind.PROJECT, null, LocalDate.of(2026, 4, 2));
    Invoice milestone = ledger.invoice(started.contract(), InvoiceKind.PROGRESS, "VIR-2", "200.00");
    cancel(started, LocalDate.of(2026, 4, 7));

    driver.complete(driver.task(started.instance().getId(), DeliveryVariables.TASK_ASSESS_WORK_DONE),
        Map.of(DeliveryVariables.WORK_DONE_PERCENT.name(), 25));

    assertThat(invoices.require(milestone.number()).status()).isEqualTo(InvoiceStatus.CANCELLED);
    // the milestone is cancelled by a credit note; the 25 % done is its price: 250.00 + 52.50 VAT
    assertThat(creditNotes.forInvoice(milestone.number())).singleElement()
        .satisfies(note -> assertThat(note.vat()).isEqualByComparingTo("42.00"));
    Invoice fee = invoicesOf(started, InvoiceKind.INTERIM).get(0);
    assertThat(fee.clause()).isEqualTo("CC-1794");
    assertThat(fee.total()).isEqualByComparingTo("302.50");
    assertThat(status(started)).isEqualTo(ContractStatus.CANCELLED);
  }

  @Test
  void BDB_R9_3_a_rental_being_built_cannot_be_cancelled_it_ends_by_termination() {
    var started = confirmed("debruijne", ContractKind.RENTAL, null, LocalDate.of(2026, 4, 2));

    assertThatThrownBy(() -> cancel(started, LocalDate.of(2026, 4, 3)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("BDB-R9.3")
        .hasMessageContaining("TERMINATION");
    assertThat(started.instance()).isWaitingAt(DeliveryVariables.TASK_RECEIVE_CONTENTS);
    assertThat(status(started)).isEqualTo(ContractStatus.CONFIRMED);
  }

  @Test
  void BDB_9_a_withdrawal_during_the_work_on_a_custom_site_is_refused_with_the_reason() {
    var started = confirmed("debruijne", ContractKind.PROJECT, "500.00", LocalDate.of(2026, 4, 2));

    assertThatThrownBy(() -> driver.event(started.contract().number(),
            ContractEventType.WITHDRAWAL, LocalDate.of(2026, 4, 3)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("BDB-9")
        .hasMessageContaining("CANCELLATION");
    assertThat(started.instance()).isWaitingAt(DeliveryVariables.TASK_RECEIVE_CONTENTS);
    assertThat(status(started)).isEqualTo(ContractStatus.CONFIRMED);
  }

  @Test
  void after_go_live_a_cancellation_is_refused_with_409_and_nothing_changes() {
    var started = confirmed("wja", ContractKind.PROJECT, null, LocalDate.of(2026, 4, 2));
    String number = started.contract().number();
    driver.event(number, ContractEventType.CONTENTS_RECEIVED, LocalDate.of(2026, 4, 8));
    driver.event(number, ContractEventType.GO_LIVE, LocalDate.of(2026, 4, 20));
    assertThat(status(started)).isEqualTo(ContractStatus.DELIVERED);

    assertThatThrownBy(() -> cancel(started, LocalDate.of(2026, 4, 21)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("DELIVERED")
        .hasMessageContaining("go-live");
    assertThat(status(started)).isEqualTo(ContractStatus.DELIVERED);
    assertThat(started.instance()).isActive();
    assertThat(invoicesOf(started, InvoiceKind.CANCELLATION_FEE)).isEmpty();
  }

  @Test
  void WJA_18_a_cancellation_during_the_work_closes_the_open_change_request() {
    var started = confirmed("wja", ContractKind.PROJECT, "500.00", LocalDate.of(2026, 4, 2));
    String number = started.contract().number();
    driver.event(number, ContractEventType.CHANGE_REQUEST, LocalDate.of(2026, 4, 3),
        Channel.EMAIL, "Add a blog section");
    ProcessInstance change = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(ChangeRequestVariables.businessKey(number, 1)).singleResult();
    assertThat(change).isWaitingAt(ChangeRequestVariables.TASK_ASSESS);

    driver.at(LocalDate.of(2026, 4, 7));
    cancel(started, LocalDate.of(2026, 4, 7));

    assertThat(status(started)).isEqualTo(ContractStatus.CANCELLED);
    assertThat(change).isEnded().hasPassed(ChangeRequestVariables.END_CHANGE_REQUEST_CLOSED);
    assertThat(tasks.createTaskQuery().processInstanceId(change.getId()).count())
        .as("the assessment task is gone").isZero();
  }
}
