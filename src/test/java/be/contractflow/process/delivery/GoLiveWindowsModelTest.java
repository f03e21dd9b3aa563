package be.contractflow.process.delivery;

import static be.contractflow.process.delivery.DeliveryVariables.*;
import static be.contractflow.support.model.ModelDriver.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.ContractKind;
import be.contractflow.process.ProcessVariables;
import be.contractflow.support.model.ModelEngine;
import be.contractflow.support.model.ModelTestBase;
import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code bpmn/go-live-windows.bpmn} alone, delegates mocked, started with the variables delivery's
 * "Run the go-live windows" passes: every window (non-conformity with a redelivery, tweaks with
 * large text changes, warranty, training given or missed, hidden defects), none at all, and each
 * late task escalated to its group without moving a date.
 */
@Deployment(resources = GoLiveWindowsModelTest.MODEL)
class GoLiveWindowsModelTest extends ModelTestBase {

  static final String MODEL = "bpmn/go-live-windows.bpmn";

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ModelEngine.withCoverageAtLeast(ModelEngine.REQUIRED_COVERAGE);

  static final LocalDate DELIVERED = LocalDate.of(2026, 4, 13); // a Monday
  static final String CONTRACT = "C-2026-0001";

  @Override
  protected String model() {
    return MODEL;
  }

  @Override
  protected LocalDate startsOn() {
    return DELIVERED;
  }

  private static String key(String which) {
    return "delivery/" + CONTRACT + "/" + which;
  }

  /** The windows as delivery opens them at go-live on 13 April (with or without the terms' windows). */
  private ProcessInstance delivered(boolean windows) {
    return start(WINDOWS_PROCESS_KEY, CONTRACT, vars(
        CONTRACT_NUMBER, CONTRACT, CONTRACT_KIND, ContractKind.PROJECT, GO_LIVE_DATE, LocalDate.of(2026, 4, 13),
        DELIVERED_ON, LocalDate.of(2026, 4, 13), DELIVERY_ATTEMPT, 1,
        NON_CONFORMITY_WINDOW, windows, NON_CONFORMITY_UNTIL, LocalDate.of(2026, 4, 20),
        NON_CONFORMITY_DEADLINE_KEY, key("non-conformity"),
        TWEAK_WINDOW, windows, TWEAKS_UNTIL, LocalDate.of(2026, 4, 30), TWEAK_DEADLINE_KEY, key("tweaks"),
        WARRANTY_PERIOD, windows, WARRANTY_UNTIL, LocalDate.of(2026, 4, 30), WARRANTY_DEADLINE_KEY, key("warranty"),
        TRAINING_WINDOW, windows, TRAINING_UNTIL, LocalDate.of(2026, 7, 15), TRAINING_DEADLINE_KEY, key("training"),
        HIDDEN_DEFECT_WINDOWS, windows, HIDDEN_DEFECT_REPORT_UNTIL, LocalDate.of(2026, 6, 15),
        HIDDEN_DEFECT_REPORT_DEADLINE_KEY, key("hidden-defect-report"),
        HIDDEN_DEFECT_ACTION_UNTIL, LocalDate.of(2026, 8, 15),
        HIDDEN_DEFECT_ACTION_DEADLINE_KEY, key("hidden-defect-action")));
  }

  private static Map<String, Object> event(String date) {
    return vars(ProcessVariables.EVENT_DATE, date, ProcessVariables.EVENT_REASON, "as the client wrote");
  }

  private static Date due(String isoDate) {
    return BusinessCalendar.belgian().taskDue(isoDate);
  }

  private static Instant midnightAfter(String isoDate) {
    return LocalDate.parse(isoDate).plusDays(1).atStartOfDay(BusinessClock.ZONE).toInstant();
  }

  @Test
  void WJA_24_BDB_8_6_a_delivered_site_goes_through_every_window_before_they_close() throws Exception {
    when(beans.deliveryChecks().largeTextChangesToBill(any())).thenReturn(true);
    beans.sets(TASK_REDELIVER_SITE, NON_CONFORMITY_UNTIL, LocalDate.of(2026, 4, 27));
    ProcessInstance instance = delivered(true);
    assertThat(instance).isWaitingAt(EVENT_NON_CONFORMITY_GATEWAY, SUBPROCESS_TWEAK_WINDOW,
        SUBPROCESS_WARRANTY_PERIOD, EVENT_TRAINING_GATEWAY, TIMER_HIDDEN_DEFECT_REPORT_WINDOW_CLOSED);

    // WJA-24: a non-conformity inside the window, corrected and delivered again
    correlate(instance, MESSAGE_NON_CONFORMITY, event("2026-04-14"));
    verify(beans.deliveryChecks()).requireNonConformityChannel(any());
    assertThat(task(instance, TASK_HANDLE_NON_CONFORMITY).getDueDate()).isEqualTo(due("2026-04-21"));
    complete(instance, TASK_HANDLE_NON_CONFORMITY);
    assertThat(instance).hasPassed(END_NON_CONFORMITY_HANDLED, TASK_REDELIVER_SITE)
        .isWaitingAt(EVENT_NON_CONFORMITY_GATEWAY);
    assertThat(timerDue(instance, TIMER_NON_CONFORMITY_WINDOW_CLOSED)).isEqualTo(midnightAfter("2026-04-27"));

    // a tweak with large text changes billed (BDB-8.4), a malfunction under warranty,
    // training given, a hidden defect reported (WJA-16)
    correlate(instance, MESSAGE_TWEAK_REQUESTED, event("2026-04-14"));
    complete(instance, TASK_MAKE_TWEAK, vars(LARGE_TEXT_CHANGE_HOURS, new BigDecimal("2")));
    assertThat(instance).hasPassed(END_TWEAK_DONE, TASK_INVOICE_LARGE_TEXT_CHANGES, END_TWEAK_MADE);
    // a second tweak, small: nothing to bill
    when(beans.deliveryChecks().largeTextChangesToBill(any())).thenReturn(false);
    correlate(instance, MESSAGE_TWEAK_REQUESTED, event("2026-04-15"));
    complete(instance, TASK_MAKE_TWEAK);
    verify(beans.delegateOf(TASK_INVOICE_LARGE_TEXT_CHANGES)).execute(any());
    correlate(instance, MESSAGE_MALFUNCTION, event("2026-04-15"));
    complete(instance, TASK_FIX_MALFUNCTION);
    assertThat(instance).hasPassed(END_MALFUNCTION_FIX_DONE, END_MALFUNCTION_FIXED);
    correlate(instance, MESSAGE_TRAINING_DONE, event("2026-04-16"));
    verify(beans.deadlines()).met(key("training"));
    correlate(instance, ProcessVariables.MESSAGE_HIDDEN_DEFECT_REPORTED, event("2026-04-17"));
    complete(instance, TASK_HANDLE_HIDDEN_DEFECT);
    assertThat(instance).hasPassed(END_HIDDEN_DEFECT_REPORT_DONE, END_HIDDEN_DEFECT_HANDLED);

    passTimer(instance, TIMER_NON_CONFORMITY_WINDOW_CLOSED);
    assertThat(instance).hasPassed(TASK_ACCEPT_SITE);
    passTimer(instance, TIMER_WARRANTY_ENDED); // and the tweak window, the same day
    passTimer(instance, TIMER_HIDDEN_DEFECT_REPORT_WINDOW_CLOSED);
    passTimer(instance, TIMER_HIDDEN_DEFECT_ACTION_WINDOW_CLOSED);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 8, 16));
    assertThat(instance).hasPassed(TIMER_TWEAK_WINDOW_CLOSED, END_WINDOWS_CLOSED)
        .hasNotPassed(TASK_FOLLOW_UP_NON_CONFORMITY, TASK_FOLLOW_UP_TWEAK, TASK_FOLLOW_UP_MALFUNCTION,
            TASK_FOLLOW_UP_HIDDEN_DEFECT)
        .isEnded();
  }

  @Test
  void terms_without_windows_accept_the_site_at_once() {
    ProcessInstance instance = delivered(false);
    assertThat(instance).hasPassed(TASK_ACCEPT_SITE, END_WINDOWS_CLOSED)
        .hasNotPassed(SUBPROCESS_TWEAK_WINDOW, SUBPROCESS_WARRANTY_PERIOD, EVENT_TRAINING_GATEWAY)
        .isEnded();
  }

  @Test
  void BDB_15_1_a_training_not_taken_in_its_window_is_missed_and_windows_close_unused() {
    ProcessInstance instance = delivered(true);
    passTimer(instance, TIMER_NON_CONFORMITY_WINDOW_CLOSED);
    passTimer(instance, TIMER_WARRANTY_ENDED);
    passTimer(instance, TIMER_HIDDEN_DEFECT_REPORT_WINDOW_CLOSED);
    passTimer(instance, TIMER_TRAINING_WINDOW_CLOSED);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 7, 16));
    verify(beans.deadlines()).missed(key("training"));
    passTimer(instance, TIMER_HIDDEN_DEFECT_ACTION_WINDOW_CLOSED);
    assertThat(instance).hasPassed(END_WINDOWS_CLOSED).isEnded();
  }

  /**
   * Issue 11 item 9: a late task is escalated (a follow-up task for its group at its due date), it
   * never moves a date: the late tasks keep their due dates, the windows keep their timers.
   */
  @Test
  void a_late_task_is_escalated_to_its_group_and_never_moves_a_date() {
    ProcessInstance instance = delivered(true);
    Instant tweaksClose = timerDue(instance, TIMER_TWEAK_WINDOW_CLOSED);
    Instant warrantyEnds = timerDue(instance, TIMER_WARRANTY_ENDED);
    Instant reportWindowCloses = timerDue(instance, TIMER_HIDDEN_DEFECT_REPORT_WINDOW_CLOSED);
    // Tuesday 14 April: each request is due 5 business days later, Tuesday 21 April
    correlate(instance, MESSAGE_NON_CONFORMITY, event("2026-04-14"));
    correlate(instance, MESSAGE_TWEAK_REQUESTED, event("2026-04-14"));
    correlate(instance, MESSAGE_MALFUNCTION, event("2026-04-14"));
    correlate(instance, ProcessVariables.MESSAGE_HIDDEN_DEFECT_REPORTED, event("2026-04-14"));
    // a later event changes the process's eventDate: the due dates are the requests' own
    correlate(instance, MESSAGE_TRAINING_DONE, event("2026-04-17"));

    passTimer(instance, BOUNDARY_TWEAK_OVERDUE); // 24:00 on 21 April
    assertThat(today()).isEqualTo(LocalDate.of(2026, 4, 22));
    Map<String, String> followUps = Map.of(
        TASK_FOLLOW_UP_NON_CONFORMITY, "Handle non-conformity",
        TASK_FOLLOW_UP_TWEAK, "Make minor tweak",
        TASK_FOLLOW_UP_MALFUNCTION, "Fix malfunction",
        TASK_FOLLOW_UP_HIDDEN_DEFECT, "Handle hidden-defect report");
    followUps.forEach((followUp, late) -> {
      var task = task(instance, followUp);
      assertThat(task).hasCandidateGroup("production");
      assertThat(task.getDueDate()).as(followUp).isEqualTo(due("2026-04-23"));
      assertThat(OVERDUE_TASK.get(taskService().getVariables(task.getId()))).isEqualTo(late);
      assertThat(OVERDUE_SINCE.get(taskService().getVariables(task.getId()))).as(followUp).isEqualTo(LocalDate.of(2026, 4, 21));
    });
    for (String late : List.of(TASK_HANDLE_NON_CONFORMITY, TASK_MAKE_TWEAK, TASK_FIX_MALFUNCTION,
        TASK_HANDLE_HIDDEN_DEFECT)) {
      assertThat(task(instance, late).getDueDate()).as(late).isEqualTo(due("2026-04-21"));
    }
    assertThat(timerDue(instance, TIMER_TWEAK_WINDOW_CLOSED)).isEqualTo(tweaksClose);
    assertThat(timerDue(instance, TIMER_WARRANTY_ENDED)).isEqualTo(warrantyEnds);
    assertThat(timerDue(instance, TIMER_HIDDEN_DEFECT_REPORT_WINDOW_CLOSED)).isEqualTo(reportWindowCloses);
    verify(beans.deadlines(), never()).missed(any());

    // followed up, then done; or done, which ends the follow-up still open
    complete(instance, TASK_FOLLOW_UP_TWEAK);
    complete(instance, TASK_FOLLOW_UP_MALFUNCTION);
    complete(instance, TASK_FOLLOW_UP_HIDDEN_DEFECT);
    complete(instance, TASK_FOLLOW_UP_NON_CONFORMITY);
    assertThat(instance).hasPassed(END_TWEAK_FOLLOWED_UP, END_MALFUNCTION_FOLLOWED_UP,
        END_HIDDEN_DEFECT_FOLLOWED_UP, END_NON_CONFORMITY_FOLLOWED_UP);
    complete(instance, TASK_MAKE_TWEAK);
    correlate(instance, MESSAGE_TWEAK_REQUESTED, event("2026-04-22"));
    passTimer(instance, BOUNDARY_TWEAK_OVERDUE); // 24:00 on 29 April
    assertThat(instance).isWaitingAt(TASK_FOLLOW_UP_TWEAK);
    complete(instance, TASK_MAKE_TWEAK);
    assertThat(taskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_FOLLOW_UP_TWEAK).count()).as("the tweak done ends its follow-up").isZero();
  }
}
