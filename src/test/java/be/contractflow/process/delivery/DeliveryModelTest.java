package be.contractflow.process.delivery;

import static be.contractflow.process.delivery.DeliveryVariables.*;
import static be.contractflow.support.model.ModelDriver.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.ContractKind;
import be.contractflow.process.ContractEventType;
import be.contractflow.process.ProcessVariables;
import be.contractflow.support.model.ModelEngine;
import be.contractflow.support.model.ModelTestBase;
import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code bpmn/delivery.bpmn} alone, delegates mocked: contents received or chased (suspension,
 * interim invoice), production with its progress and rework invoices, go-live from the task or
 * the event, the go-live windows handed to the called process (a stand-in {@code go-live-windows}
 * here: {@link GoLiveWindowsModelTest} tests the real one), late tasks escalated, cancellation with
 * or without a work share, withdrawal, hardware delivered.
 */
@Deployment(resources = DeliveryModelTest.MODEL)
class DeliveryModelTest extends ModelTestBase {

  static final String MODEL = "bpmn/delivery.bpmn";

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ModelEngine.withCoverageAtLeast(ModelEngine.REQUIRED_COVERAGE);

  static final LocalDate ORDERED = LocalDate.of(2026, 3, 2); // a Monday
  static final String CONTRACT = "C-2026-0001";

  @Override
  protected String model() {
    return MODEL;
  }

  @Override
  protected LocalDate startsOn() {
    return ORDERED;
  }

  /** The stand-in go-live windows: one task to end them when the test says so. */
  static final String STUB_WINDOWS_TASK = "Task_WindowsRun";

  private String windowsStub;

  @BeforeEach
  void calledWindows() {
    windowsStub = repositoryService().createDeployment().name("go-live-windows stand-in")
        .addModelInstance("go-live-windows-stand-in.bpmn", Bpmn.createExecutableProcess(WINDOWS_PROCESS_KEY)
            .camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_WindowsOpened").userTask(STUB_WINDOWS_TASK)
            .endEvent("EndEvent_WindowsRun").done())
        .deploy().getId();
  }

  @AfterEach
  void removeCalledWindows() {
    repositoryService().deleteDeployment(windowsStub, true);
  }

  /** The go-live windows delivery called, running. */
  private ProcessInstance windowsOf(ProcessInstance delivery) {
    ProcessInstance windows = runtimeService().createProcessInstanceQuery()
        .superProcessInstanceId(delivery.getId()).singleResult();
    assertThat(windows).as("the go-live windows delivery called").isNotNull();
    return windows;
  }

  /** The windows close: the stand-in ends, with the acceptance date the real one would leave. */
  private void windowsClose(ProcessInstance windows, String acceptedOn) {
    complete(windows, STUB_WINDOWS_TASK, vars(ACCEPTED_ON, LocalDate.parse(acceptedOn)));
  }

  @BeforeEach
  void stubs() {
    beans.sets(TASK_REQUEST_CONTENTS, CONTENTS_DUE_DATE, LocalDate.of(2026, 3, 16),
        CONTENTS_DEADLINE_KEY, key("contents"), SUSPEND_ALLOWED, true, INTERIM_ALLOWED, true,
        SUSPEND_ORDER, false, INTERIM_INVOICE, false);
    production(false);
    goLive(false, false);
  }

  /** A task due date as the models set it: 23:59 Brussels on that day. */
  private static java.util.Date due(String isoDate) {
    return BusinessCalendar.belgian().taskDue(isoDate);
  }

  private static String key(String which) {
    return "delivery/" + CONTRACT + "/" + which;
  }

  private void production(boolean progressInvoice) {
    beans.sets(TASK_START_PRODUCTION, BUILD_DUE_DATE, LocalDate.of(2026, 4, 13),
        BUILD_DEADLINE_KEY, key("build"), PROGRESS_INVOICE_DUE, progressInvoice);
  }

  /** "Announce go-live" as the terms decide: which windows open after delivery, and until when. */
  private void goLive(boolean windows, boolean balanceInvoice) {
    beans.sets(TASK_ANNOUNCE_GO_LIVE, BALANCE_INVOICE_DUE, balanceInvoice,
        NON_CONFORMITY_WINDOW, windows, NON_CONFORMITY_UNTIL, LocalDate.of(2026, 4, 20),
        NON_CONFORMITY_DEADLINE_KEY, key("non-conformity"),
        TWEAK_WINDOW, windows, TWEAKS_UNTIL, LocalDate.of(2026, 4, 30), TWEAK_DEADLINE_KEY, key("tweaks"),
        WARRANTY_PERIOD, windows, WARRANTY_UNTIL, LocalDate.of(2026, 4, 30), WARRANTY_DEADLINE_KEY, key("warranty"),
        TRAINING_WINDOW, windows, TRAINING_UNTIL, LocalDate.of(2026, 7, 15), TRAINING_DEADLINE_KEY, key("training"),
        HIDDEN_DEFECT_WINDOWS, windows, HIDDEN_DEFECT_REPORT_UNTIL, LocalDate.of(2026, 6, 15),
        HIDDEN_DEFECT_REPORT_DEADLINE_KEY, key("hidden-defect-report"),
        HIDDEN_DEFECT_ACTION_UNTIL, LocalDate.of(2026, 8, 15),
        HIDDEN_DEFECT_ACTION_DEADLINE_KEY, key("hidden-defect-action"));
  }

  private static Map<String, Object> event(String date) {
    return vars(ProcessVariables.EVENT_DATE, date, ProcessVariables.EVENT_REASON, "as the client wrote");
  }

  private ProcessInstance ordered() {
    ProcessInstance instance = start(PROCESS_KEY, CONTRACT, vars(
        CONTRACT_NUMBER, CONTRACT, CONTRACT_KIND, ContractKind.PROJECT, ORDER_TOTAL_EXCL_VAT, new BigDecimal("5000.00")));
    assertThat(instance).hasPassed(TASK_REQUEST_CONTENTS).isWaitingAt(TASK_RECEIVE_CONTENTS);
    return instance;
  }

  private ProcessInstance building() {
    ProcessInstance instance = ordered();
    correlate(instance, MESSAGE_CONTENTS_RECEIVED, event("2026-03-05"));
    assertThat(instance).hasPassed(END_CONTENTS_RECEIVED, TASK_START_PRODUCTION).isWaitingAt(TASK_BUILD_SITE);
    return instance;
  }

  @Test
  void WJA_24_BDB_8_6_a_delivered_site_hands_its_windows_to_the_called_process_and_closes_with_them() throws Exception {
    production(true);
    goLive(true, true);
    when(beans.deliveryChecks().positive(any())).thenReturn(true);
    ProcessInstance instance = building();
    assertThat(instance).variables().containsEntry(CONTENTS_RECEIVED_ON.name(), "2026-03-05");
    assertThat(instance).hasPassed(TASK_ISSUE_PROGRESS_INVOICE);
    assertThat(task(instance, TASK_BUILD_SITE).getDueDate().toInstant().atZone(BusinessClock.ZONE)
        .toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 13));

    complete(instance, TASK_BUILD_SITE, vars(REWORK_HOURS, new BigDecimal("3"), SITE_URL, "https://client.example"));
    assertThat(instance).hasPassed(END_SITE_BUILT, TASK_INVOICE_REWORK_HOURS, TASK_ANNOUNCE_GO_LIVE,
            TASK_ISSUE_BALANCE_INVOICE)
        .hasNotPassed(TASK_FOLLOW_UP_BUILD).isWaitingAt(CALL_GO_LIVE_WINDOWS);

    // the windows run under the contract number, with the dates and deadline keys of the go-live
    ProcessInstance windows = windowsOf(instance);
    assertThat(windows.getBusinessKey()).isEqualTo(CONTRACT);
    assertThat(windows).variables()
        .containsEntry(CONTRACT_NUMBER.name(), CONTRACT).containsEntry(CONTRACT_KIND.name(), "PROJECT")
        .containsEntry(SITE_URL.name(), "https://client.example")
        .containsEntry(NON_CONFORMITY_WINDOW.name(), true).containsEntry(NON_CONFORMITY_UNTIL.name(), "2026-04-20")
        .containsEntry(NON_CONFORMITY_DEADLINE_KEY.name(), key("non-conformity"))
        .containsEntry(TWEAK_WINDOW.name(), true).containsEntry(TWEAKS_UNTIL.name(), "2026-04-30")
        .containsEntry(TWEAK_DEADLINE_KEY.name(), key("tweaks"))
        .containsEntry(WARRANTY_PERIOD.name(), true).containsEntry(WARRANTY_UNTIL.name(), "2026-04-30")
        .containsEntry(WARRANTY_DEADLINE_KEY.name(), key("warranty"))
        .containsEntry(TRAINING_WINDOW.name(), true).containsEntry(TRAINING_UNTIL.name(), "2026-07-15")
        .containsEntry(TRAINING_DEADLINE_KEY.name(), key("training"))
        .containsEntry(HIDDEN_DEFECT_WINDOWS.name(), true).containsEntry(HIDDEN_DEFECT_REPORT_UNTIL.name(), "2026-06-15")
        .containsEntry(HIDDEN_DEFECT_REPORT_DEADLINE_KEY.name(), key("hidden-defect-report"))
        .containsEntry(HIDDEN_DEFECT_ACTION_UNTIL.name(), "2026-08-15")
        .containsEntry(HIDDEN_DEFECT_ACTION_DEADLINE_KEY.name(), key("hidden-defect-action"));

    windowsClose(windows, "2026-04-02");
    assertThat(instance).hasPassed(CALL_GO_LIVE_WINDOWS, END_DELIVERY_CLOSED).isEnded();
    assertThat(instance).variables().containsEntry(ACCEPTED_ON.name(), "2026-04-02");
  }

  @Test
  void a_site_put_online_by_the_go_live_event_ends_the_build_and_opens_the_windows() throws Exception {
    ProcessInstance instance = building();
    correlate(instance, MESSAGE_GO_LIVE, event("2026-03-20"));
    assertThat(instance).variables().containsEntry(GO_LIVE_DATE.name(), "2026-03-20");
    assertThat(instance).hasPassed(BOUNDARY_SITE_ONLINE, TASK_ANNOUNCE_GO_LIVE)
        .hasNotPassed(TASK_INVOICE_REWORK_HOURS, TASK_ISSUE_BALANCE_INVOICE, TASK_ISSUE_PROGRESS_INVOICE)
        .isWaitingAt(CALL_GO_LIVE_WINDOWS);
    windowsClose(windowsOf(instance), "2026-03-20");
    assertThat(instance).hasPassed(END_DELIVERY_CLOSED).isEnded();
  }

  @Test
  void a_late_build_is_escalated_to_production_and_never_moves_a_date() {
    ProcessInstance instance = building();
    passTimer(instance, BOUNDARY_BUILD_OVERDUE);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 4, 14)); // 24:00 on 13 April, the build's date
    var followUp = task(instance, TASK_FOLLOW_UP_BUILD);
    assertThat(followUp).hasCandidateGroup("production");
    assertThat(OVERDUE_TASK.get(taskService().getVariables(followUp.getId()))).isEqualTo("Build the site");
    assertThat(OVERDUE_SINCE.get(taskService().getVariables(followUp.getId()))).isEqualTo(LocalDate.of(2026, 4, 13));
    assertThat(followUp.getDueDate()).isEqualTo(due("2026-04-15"));
    // the build task stays open, on its date; no deadline is settled by the escalation
    assertThat(task(instance, TASK_BUILD_SITE).getDueDate()).isEqualTo(due("2026-04-13"));
    verify(beans.deadlines(), never()).missed(key("build"));

    complete(instance, TASK_FOLLOW_UP_BUILD);
    assertThat(instance).hasPassed(END_BUILD_FOLLOWED_UP).isWaitingAt(TASK_BUILD_SITE);
    correlate(instance, MESSAGE_GO_LIVE, event("2026-04-16"));
    assertThat(instance).isWaitingAt(CALL_GO_LIVE_WINDOWS);
  }

  @Test
  void a_site_built_late_ends_the_follow_up_still_open() {
    ProcessInstance instance = building();
    passTimer(instance, BOUNDARY_BUILD_OVERDUE);
    assertThat(instance).isWaitingAt(TASK_BUILD_SITE, TASK_FOLLOW_UP_BUILD);
    complete(instance, TASK_BUILD_SITE);
    assertThat(instance).hasPassed(END_SITE_BUILT).hasNotPassed(END_BUILD_FOLLOWED_UP)
        .isWaitingAt(CALL_GO_LIVE_WINDOWS);
    assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void BDB_6_3_contents_overdue_are_chased_and_the_order_may_be_suspended_and_work_done_invoiced() {
    ProcessInstance instance = ordered();
    passTimer(instance, BOUNDARY_CONTENTS_OVERDUE);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 3, 17)); // 24:00 on 16 March
    verify(beans.deadlines()).missed(key("contents"));
    assertThat(instance).isWaitingAt(TASK_RECEIVE_CONTENTS, TASK_CHASE_CONTENTS);
    complete(instance, TASK_CHASE_CONTENTS, vars(SUSPEND_ORDER, true, INTERIM_INVOICE, true,
        INTERIM_AMOUNT_EXCL_VAT, new BigDecimal("1000.00")));
    assertThat(instance).hasPassed(TASK_SUSPEND_ORDER, TASK_ISSUE_INTERIM_INVOICE, END_CLIENT_CHASED)
        .isWaitingAt(TASK_RECEIVE_CONTENTS);
    correlate(instance, MESSAGE_CONTENTS_RECEIVED, event("2026-03-20"));
    assertThat(instance).isWaitingAt(TASK_BUILD_SITE);
  }

  @Test
  void contents_chased_without_suspension_or_interim_invoice_keep_the_order_waiting() throws Exception {
    ProcessInstance instance = ordered();
    passTimer(instance, BOUNDARY_CONTENTS_OVERDUE);
    complete(instance, TASK_CHASE_CONTENTS);
    assertThat(instance).hasPassed(END_CLIENT_CHASED).isWaitingAt(TASK_RECEIVE_CONTENTS);
    verify(beans.delegateOf(TASK_SUSPEND_ORDER), never()).execute(any());
  }

  @Test
  void a_late_chase_is_escalated_to_production_and_the_contents_still_end_it() {
    ProcessInstance instance = ordered();
    passTimer(instance, BOUNDARY_CONTENTS_OVERDUE);
    // the chase is due the business day after the contents (16 March): 17 March
    passTimer(instance, BOUNDARY_CHASE_OVERDUE);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 3, 18));
    var followUp = task(instance, TASK_FOLLOW_UP_CHASE);
    assertThat(followUp).hasCandidateGroup("production");
    assertThat(OVERDUE_SINCE.get(taskService().getVariables(followUp.getId()))).isEqualTo(LocalDate.of(2026, 3, 17));
    assertThat(task(instance, TASK_CHASE_CONTENTS).getDueDate()).isEqualTo(due("2026-03-17"));
    complete(instance, TASK_FOLLOW_UP_CHASE);
    assertThat(instance).hasPassed(END_CHASE_FOLLOWED_UP).isWaitingAt(TASK_RECEIVE_CONTENTS, TASK_CHASE_CONTENTS);

    correlate(instance, MESSAGE_CONTENTS_RECEIVED, event("2026-03-19"));
    assertThat(instance).isWaitingAt(TASK_BUILD_SITE);
    assertThat(taskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_CHASE_CONTENTS).count()).as("the contents end the chase").isZero();
  }

  @Test
  void WJA_18_a_cancellation_during_the_work_is_invoiced_on_the_work_done_share() {
    beans.listens(START_CANCELLATION_RECEIVED,
        execution -> CANCELLATION_PRO_RATA.set(execution, true));
    ProcessInstance instance = building();
    correlate(instance, MESSAGE_CANCELLATION, vars(CANCELLED_ON, LocalDate.of(2026, 3, 10),
        ProcessVariables.EVENT_DATE, "2026-03-10"));
    assertThat(instance).isWaitingAt(TASK_ASSESS_WORK_DONE);
    assertThat(task(instance, TASK_ASSESS_WORK_DONE).getDueDate().toInstant().atZone(BusinessClock.ZONE)
        .toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 12));
    complete(instance, TASK_ASSESS_WORK_DONE, vars(WORK_DONE_PERCENT, new BigDecimal("40")));
    assertThat(instance).hasPassed(END_WORK_ASSESSED, TASK_SETTLE_CANCELLATION, END_DELIVERY_CANCELLED)
        .hasNotPassed(TASK_FOLLOW_UP_ASSESSMENT).isEnded();
  }

  /** Cancelled on Tuesday 10 March with the work done to assess: the assessment is due Thursday 12. */
  private ProcessInstance cancelledWithWorkToAssess() {
    beans.listens(START_CANCELLATION_RECEIVED,
        execution -> CANCELLATION_PRO_RATA.set(execution, true));
    ProcessInstance instance = building();
    correlate(instance, MESSAGE_CANCELLATION, vars(CANCELLED_ON, LocalDate.of(2026, 3, 10),
        ProcessVariables.EVENT_DATE, "2026-03-10"));
    assertThat(instance).isWaitingAt(TASK_ASSESS_WORK_DONE);
    return instance;
  }

  @Test
  void BDB_10_2_an_assessment_left_overdue_gives_production_a_follow_up_and_the_cancellation_invoice_still_waits_for_it()
      throws Exception {
    ProcessInstance instance = cancelledWithWorkToAssess();
    passTimer(instance, BOUNDARY_ASSESSMENT_OVERDUE);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 3, 13)); // 24:00 on 12 March, the assessment's date
    var followUp = task(instance, TASK_FOLLOW_UP_ASSESSMENT);
    assertThat(followUp).hasCandidateGroup("production");
    assertThat(OVERDUE_TASK.get(taskService().getVariables(followUp.getId()))).isEqualTo("Assess the work done");
    assertThat(OVERDUE_SINCE.get(taskService().getVariables(followUp.getId()))).isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(followUp.getDueDate()).isEqualTo(due("2026-03-16")); // Friday 13 + 1 business day
    // the assessment stays open on its date, and nothing is invoiced before the share done is known
    assertThat(task(instance, TASK_ASSESS_WORK_DONE).getDueDate()).isEqualTo(due("2026-03-12"));
    verify(beans.delegateOf(TASK_SETTLE_CANCELLATION), never()).execute(any());

    complete(instance, TASK_FOLLOW_UP_ASSESSMENT);
    assertThat(instance).hasPassed(END_ASSESSMENT_FOLLOWED_UP).hasNotPassed(TASK_SETTLE_CANCELLATION)
        .isWaitingAt(TASK_ASSESS_WORK_DONE);
    verify(beans.delegateOf(TASK_SETTLE_CANCELLATION), never()).execute(any());

    complete(instance, TASK_ASSESS_WORK_DONE, vars(WORK_DONE_PERCENT, new BigDecimal("40")));
    assertThat(instance).hasPassed(END_WORK_ASSESSED, TASK_SETTLE_CANCELLATION, END_DELIVERY_CANCELLED)
        .isEnded();
  }

  @Test
  void BDB_10_2_an_assessment_done_late_ends_its_follow_up_still_open_and_the_delivery_with_it() {
    ProcessInstance instance = cancelledWithWorkToAssess();
    passTimer(instance, BOUNDARY_ASSESSMENT_OVERDUE);
    assertThat(instance).isWaitingAt(TASK_ASSESS_WORK_DONE, TASK_FOLLOW_UP_ASSESSMENT);

    complete(instance, TASK_ASSESS_WORK_DONE, vars(WORK_DONE_PERCENT, new BigDecimal("40")));
    assertThat(instance).hasPassed(END_WORK_ASSESSED, TASK_SETTLE_CANCELLATION, END_DELIVERY_CANCELLED)
        .hasNotPassed(END_ASSESSMENT_FOLLOWED_UP).isEnded();
    assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void BDB_10_2_a_cancellation_without_work_share_is_settled_at_once() {
    beans.listens(START_CANCELLATION_RECEIVED,
        execution -> CANCELLATION_PRO_RATA.set(execution, false));
    ProcessInstance instance = ordered();
    correlate(instance, MESSAGE_CANCELLATION, vars(CANCELLED_ON, LocalDate.of(2026, 3, 3),
        ProcessVariables.EVENT_DATE, "2026-03-03"));
    assertThat(instance).hasPassed(TASK_SETTLE_CANCELLATION, END_DELIVERY_CANCELLED)
        .hasNotPassed(TASK_ASSESS_WORK_DONE).isEnded();
  }

  @Test
  void a_withdrawal_closes_the_delivery() {
    ProcessInstance instance = building();
    correlate(instance, MESSAGE_WITHDRAWAL, event("2026-03-06"));
    assertThat(instance).hasPassed(TASK_CLOSE_WITHDRAWN_DELIVERY, END_DELIVERY_WITHDRAWN).isEnded();
  }

  @Test
  void WJA_16_hardware_delivered_opens_a_one_month_action_window_beside_the_work() {
    ProcessInstance instance = building();
    correlate(instance, ContractEventType.HARDWARE_DELIVERED.messageName(), vars(
        EVENT_DATE, LocalDate.of(2026, 3, 10), HARDWARE_ACTION_UNTIL, LocalDate.of(2026, 4, 10),
        HARDWARE_ACTION_DEADLINE_KEY, key("hardware-action")));
    verify(beans.deliveryChecks()).hardwareDelivered(any());
    assertThat(instance).isWaitingAt(TASK_BUILD_SITE, TIMER_HARDWARE_ACTION_WINDOW_CLOSED);
    passTimer(instance, TIMER_HARDWARE_ACTION_WINDOW_CLOSED);
    verify(beans.deadlines()).met(key("hardware-action"));
    assertThat(instance).hasPassed(END_HARDWARE_ACTION_WINDOW_CLOSED).isWaitingAt(TASK_BUILD_SITE);
  }
}
