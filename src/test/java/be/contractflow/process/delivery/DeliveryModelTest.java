package be.contractflow.process.delivery;

import static be.contractflow.process.delivery.DeliveryVariables.*;
import static be.contractflow.support.model.ModelDriver.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import be.contractflow.process.ContractEventType;
import be.contractflow.process.ProcessVariables;
import be.contractflow.support.model.ModelEngine;
import be.contractflow.support.model.ModelTestBase;
import be.contractflow.time.BusinessClock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code bpmn/delivery.bpmn} alone, delegates mocked: contents received or chased (suspension,
 * interim invoice), production with its progress and rework invoices, go-live from the task or
 * the event, every go-live window (non-conformity with a redelivery, tweaks with large text
 * changes, warranty, training given or missed, hidden defects), cancellation with or without a
 * work share, withdrawal, hardware delivered.
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

  @BeforeEach
  void stubs() {
    beans.sets(TASK_REQUEST_CONTENTS, CONTENTS_DUE_DATE, "2026-03-16",
        CONTENTS_DEADLINE_KEY, key("contents"), SUSPEND_ALLOWED, true, INTERIM_ALLOWED, true,
        SUSPEND_ORDER, false, INTERIM_INVOICE, false);
    production(false);
    goLive(false, false);
  }

  private static String key(String which) {
    return "delivery/" + CONTRACT + "/" + which;
  }

  private void production(boolean progressInvoice) {
    beans.sets(TASK_START_PRODUCTION, BUILD_DUE_DATE, "2026-04-13",
        BUILD_DEADLINE_KEY, key("build"), PROGRESS_INVOICE_DUE, progressInvoice);
  }

  /** "Announce go-live" as the terms decide: which windows open after delivery, and until when. */
  private void goLive(boolean windows, boolean balanceInvoice) {
    beans.sets(TASK_ANNOUNCE_GO_LIVE, BALANCE_INVOICE_DUE, balanceInvoice,
        NON_CONFORMITY_WINDOW, windows, NON_CONFORMITY_UNTIL, "2026-04-20",
        NON_CONFORMITY_DEADLINE_KEY, key("non-conformity"),
        TWEAK_WINDOW, windows, TWEAKS_UNTIL, "2026-04-30", TWEAK_DEADLINE_KEY, key("tweaks"),
        WARRANTY_PERIOD, windows, WARRANTY_UNTIL, "2026-04-30", WARRANTY_DEADLINE_KEY, key("warranty"),
        TRAINING_WINDOW, windows, TRAINING_UNTIL, "2026-07-15", TRAINING_DEADLINE_KEY, key("training"),
        HIDDEN_DEFECT_WINDOWS, windows, HIDDEN_DEFECT_REPORT_UNTIL, "2026-06-15",
        HIDDEN_DEFECT_REPORT_DEADLINE_KEY, key("hidden-defect-report"),
        HIDDEN_DEFECT_ACTION_UNTIL, "2026-08-15",
        HIDDEN_DEFECT_ACTION_DEADLINE_KEY, key("hidden-defect-action"));
  }

  private static Map<String, Object> event(String date) {
    return vars(ProcessVariables.EVENT_DATE, date, ProcessVariables.EVENT_REASON, "as the client wrote");
  }

  private ProcessInstance ordered() {
    ProcessInstance instance = start(PROCESS_KEY, CONTRACT, vars(
        CONTRACT_NUMBER, CONTRACT, CONTRACT_KIND, "PROJECT", ORDER_TOTAL_EXCL_VAT, "5000.00"));
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
  void WJA_24_BDB_8_6_a_delivered_site_goes_through_every_window_before_the_delivery_closes() throws Exception {
    production(true);
    goLive(true, true);
    when(beans.deliveryChecks().positive(any())).thenReturn(true);
    when(beans.deliveryChecks().largeTextChangesToBill(any())).thenReturn(true);
    beans.sets(TASK_REDELIVER_SITE, NON_CONFORMITY_UNTIL, "2026-04-27");
    ProcessInstance instance = building();
    assertThat(instance).variables().containsEntry(CONTENTS_RECEIVED_ON, "2026-03-05");
    assertThat(instance).hasPassed(TASK_ISSUE_PROGRESS_INVOICE);
    assertThat(task(instance, TASK_BUILD_SITE).getDueDate().toInstant().atZone(BusinessClock.ZONE)
        .toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 13));

    complete(instance, TASK_BUILD_SITE, vars(REWORK_HOURS, "3", SITE_URL, "https://client.example"));
    assertThat(instance).hasPassed(TASK_INVOICE_REWORK_HOURS, TASK_ANNOUNCE_GO_LIVE, TASK_ISSUE_BALANCE_INVOICE)
        .isWaitingAt(EVENT_NON_CONFORMITY_GATEWAY, SUBPROCESS_TWEAK_WINDOW, SUBPROCESS_WARRANTY_PERIOD,
            EVENT_TRAINING_GATEWAY, TIMER_HIDDEN_DEFECT_REPORT_WINDOW_CLOSED);

    // WJA-24: a non-conformity inside the window, corrected and delivered again
    correlate(instance, MESSAGE_NON_CONFORMITY, event("2026-03-06"));
    verify(beans.deliveryChecks()).requireNonConformityChannel(any());
    complete(instance, TASK_HANDLE_NON_CONFORMITY);
    assertThat(instance).hasPassed(TASK_REDELIVER_SITE).isWaitingAt(EVENT_NON_CONFORMITY_GATEWAY);
    assertThat(timerDue(instance, TIMER_NON_CONFORMITY_WINDOW_CLOSED))
        .isEqualTo(LocalDate.of(2026, 4, 28).atStartOfDay(BusinessClock.ZONE).toInstant());

    // a tweak with large text changes billed (BDB-8.4), a malfunction under warranty,
    // training given, a hidden defect reported (WJA-16)
    correlate(instance, MESSAGE_TWEAK_REQUESTED, event("2026-03-09"));
    complete(instance, TASK_MAKE_TWEAK, vars(LARGE_TEXT_CHANGE_HOURS, "2"));
    assertThat(instance).hasPassed(TASK_INVOICE_LARGE_TEXT_CHANGES, END_TWEAK_MADE);
    // a second tweak, small: nothing to bill
    when(beans.deliveryChecks().largeTextChangesToBill(any())).thenReturn(false);
    correlate(instance, MESSAGE_TWEAK_REQUESTED, event("2026-03-10"));
    complete(instance, TASK_MAKE_TWEAK);
    verify(beans.delegateOf(TASK_INVOICE_LARGE_TEXT_CHANGES)).execute(any());
    correlate(instance, MESSAGE_MALFUNCTION, event("2026-03-10"));
    complete(instance, TASK_FIX_MALFUNCTION);
    assertThat(instance).hasPassed(END_MALFUNCTION_FIXED);
    correlate(instance, MESSAGE_TRAINING_DONE, event("2026-03-11"));
    verify(beans.deadlines()).met(key("training"));
    correlate(instance, ProcessVariables.MESSAGE_HIDDEN_DEFECT_REPORTED, event("2026-03-12"));
    complete(instance, TASK_HANDLE_HIDDEN_DEFECT);
    assertThat(instance).hasPassed(END_HIDDEN_DEFECT_HANDLED);

    passTimer(instance, TIMER_NON_CONFORMITY_WINDOW_CLOSED);
    assertThat(instance).hasPassed(TASK_ACCEPT_SITE);
    passTimer(instance, TIMER_WARRANTY_ENDED); // and the tweak window, the same day
    passTimer(instance, TIMER_HIDDEN_DEFECT_REPORT_WINDOW_CLOSED);
    passTimer(instance, TIMER_HIDDEN_DEFECT_ACTION_WINDOW_CLOSED);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 8, 16));
    assertThat(instance).hasPassed(TIMER_TWEAK_WINDOW_CLOSED, END_DELIVERY_CLOSED).isEnded();
  }

  @Test
  void a_site_put_online_by_the_go_live_event_with_no_window_is_accepted_at_once() throws Exception {
    ProcessInstance instance = building();
    correlate(instance, MESSAGE_GO_LIVE, event("2026-03-20"));
    assertThat(instance).variables().containsEntry(GO_LIVE_DATE, "2026-03-20");
    assertThat(instance).hasPassed(BOUNDARY_SITE_ONLINE, TASK_ANNOUNCE_GO_LIVE, TASK_ACCEPT_SITE, END_DELIVERY_CLOSED)
        .hasNotPassed(TASK_INVOICE_REWORK_HOURS, TASK_ISSUE_BALANCE_INVOICE, TASK_ISSUE_PROGRESS_INVOICE)
        .isEnded();
  }

  @Test
  void BDB_15_1_a_training_not_taken_in_its_window_is_missed_and_windows_close_unused() {
    goLive(true, false);
    ProcessInstance instance = building();
    complete(instance, TASK_BUILD_SITE);
    passTimer(instance, TIMER_NON_CONFORMITY_WINDOW_CLOSED);
    passTimer(instance, TIMER_WARRANTY_ENDED);
    passTimer(instance, TIMER_HIDDEN_DEFECT_REPORT_WINDOW_CLOSED);
    passTimer(instance, TIMER_TRAINING_WINDOW_CLOSED);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 7, 16));
    verify(beans.deadlines()).missed(key("training"));
    passTimer(instance, TIMER_HIDDEN_DEFECT_ACTION_WINDOW_CLOSED);
    assertThat(instance).hasPassed(END_DELIVERY_CLOSED).isEnded();
  }

  @Test
  void BDB_6_3_contents_overdue_are_chased_and_the_order_may_be_suspended_and_work_done_invoiced() {
    ProcessInstance instance = ordered();
    passTimer(instance, BOUNDARY_CONTENTS_OVERDUE);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 3, 17)); // 24:00 on 16 March
    verify(beans.deadlines()).missed(key("contents"));
    assertThat(instance).isWaitingAt(TASK_RECEIVE_CONTENTS, TASK_CHASE_CONTENTS);
    complete(instance, TASK_CHASE_CONTENTS, vars(SUSPEND_ORDER, true, INTERIM_INVOICE, true,
        INTERIM_AMOUNT_EXCL_VAT, "1000.00"));
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
  void WJA_18_a_cancellation_during_the_work_is_invoiced_on_the_work_done_share() {
    beans.listens(START_CANCELLATION_RECEIVED,
        execution -> execution.setVariable(CANCELLATION_PRO_RATA, true));
    ProcessInstance instance = building();
    correlate(instance, MESSAGE_CANCELLATION, vars(CANCELLED_ON, "2026-03-10",
        ProcessVariables.EVENT_DATE, "2026-03-10"));
    assertThat(instance).isWaitingAt(TASK_ASSESS_WORK_DONE);
    assertThat(task(instance, TASK_ASSESS_WORK_DONE).getDueDate().toInstant().atZone(BusinessClock.ZONE)
        .toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 12));
    complete(instance, TASK_ASSESS_WORK_DONE, vars(WORK_DONE_PERCENT, "40"));
    assertThat(instance).hasPassed(TASK_SETTLE_CANCELLATION, END_DELIVERY_CANCELLED).isEnded();
  }

  @Test
  void BDB_10_2_a_cancellation_without_work_share_is_settled_at_once() {
    beans.listens(START_CANCELLATION_RECEIVED,
        execution -> execution.setVariable(CANCELLATION_PRO_RATA, false));
    ProcessInstance instance = ordered();
    correlate(instance, MESSAGE_CANCELLATION, vars(CANCELLED_ON, "2026-03-03",
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
        ProcessVariables.EVENT_DATE, "2026-03-10", HARDWARE_ACTION_UNTIL, "2026-04-10",
        HARDWARE_ACTION_DEADLINE_KEY, key("hardware-action")));
    verify(beans.deliveryChecks()).hardwareDelivered(any());
    assertThat(instance).isWaitingAt(TASK_BUILD_SITE, TIMER_HARDWARE_ACTION_WINDOW_CLOSED);
    passTimer(instance, TIMER_HARDWARE_ACTION_WINDOW_CLOSED);
    verify(beans.deadlines()).met(key("hardware-action"));
    assertThat(instance).hasPassed(END_HARDWARE_ACTION_WINDOW_CLOSED).isWaitingAt(TASK_BUILD_SITE);
  }
}
