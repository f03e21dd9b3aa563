package be.contractflow.process.payment;

import static be.contractflow.process.payment.PaymentVariables.*;
import static be.contractflow.support.model.ModelDriver.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import be.contractflow.support.model.ModelEngine;
import be.contractflow.support.model.ModelTestBase;
import be.contractflow.time.BusinessClock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code bpmn/payment.bpmn} alone, delegates mocked: paid in time, accelerated, every dunning
 * branch (acceleration, reminder with an unpublished statutory rate and a failed send,
 * suspension by the terms or by staff, formal notice and resolution), cancelled, contested during
 * and after dunning with each answer, settled during a complaint.
 */
@Deployment(resources = PaymentModelTest.MODEL)
class PaymentModelTest extends ModelTestBase {

  static final String MODEL = "bpmn/payment.bpmn";

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ModelEngine.withCoverageAtLeast(ModelEngine.REQUIRED_COVERAGE);

  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  static final LocalDate DUE = LocalDate.of(2026, 3, 31); // a Tuesday
  static final String INVOICE = "F-2026-0001";

  @Override
  protected String model() {
    return MODEL;
  }

  @Override
  protected LocalDate startsOn() {
    return ISSUED;
  }

  private ProcessInstance issue() {
    ProcessInstance instance = start(PROCESS_KEY, INVOICE, vars(
        INVOICE_NUMBER, INVOICE, CONTRACT_NUMBER, "C-2026-0001", DUE_DATE, DUE));
    assertThat(instance).isWaitingAt(TIMER_INVOICE_LATE);
    return instance;
  }

  /** "Open dunning" as the terms decide: which branches, and their days. */
  private void dunning(boolean accelerate, boolean remind, boolean suspend, boolean formalNotice,
      boolean byStaff) {
    beans.sets(TASK_OPEN_DUNNING, ACCELERATE, accelerate, REMINDER_REQUIRED, remind,
        SUSPENSION_PENDING, suspend, FORMAL_NOTICE_REQUIRED, formalNotice,
        REMINDER_ON, LocalDate.of(2026, 4, 8), SUSPENSION_ON, LocalDate.of(2026, 4, 15), SUSPENSION_BY_STAFF, byStaff,
        FORMAL_NOTICE_POSTED, false, STATUTORY_RATE_PUBLISHED, false);
    beans.does(TASK_SEND_REMINDER,
        execution -> REMINDER_WRITTEN_ON.set(execution, today()));
    beans.sets(TASK_RECORD_FORMAL_NOTICE, FORMAL_NOTICE_EXPIRES, LocalDate.of(2026, 4, 17));
    // WJA-10a: the real one (the engine's own API, no ledger), so a test reads the timer it moved
    beans.does(TASK_MOVE_LATE_TIMER, new MoveLateTimerDelegate()::execute);
  }

  private static LocalDate dueDay(ProcessInstance instance, String taskKey) {
    return task(instance, taskKey).getDueDate().toInstant().atZone(BusinessClock.ZONE).toLocalDate();
  }

  /** A Peppol e-invoice: the access point answers each end-of-day check in turn. */
  private ProcessInstance issueAsEInvoice(String... answers) {
    java.util.Deque<String> queue = new java.util.ArrayDeque<>(java.util.List.of(answers));
    beans.does(TASK_CHECK_E_INVOICE_SENT, execution -> {
      String status = queue.isEmpty() ? "SENT" : queue.pop();
      E_INVOICE_STATUS.set(execution, status);
      E_INVOICE_FAILURE.set(execution, "FAILED".equals(status) ? "404 unknown receiver" : null);
      E_INVOICE_CHECK_ON.set(execution, today()); // still being sent: tomorrow's end
    });
    ProcessInstance instance = start(PROCESS_KEY, INVOICE, vars(
        INVOICE_NUMBER, INVOICE, CONTRACT_NUMBER, "C-2026-0001", DUE_DATE, DUE, E_INVOICE, true,
        E_INVOICE_CHECK_ON, ISSUED));
    assertThat(timerDue(instance, TIMER_E_INVOICE_CHECK))
        .isEqualTo(ISSUED.plusDays(1).atStartOfDay(BusinessClock.ZONE).toInstant());
    return instance;
  }

  @Test
  void WJA_10a_an_e_invoice_accelerated_while_its_sending_is_checked_is_late_the_day_after_its_new_due_date() {
    dunning(false, false, false, false, false);
    ProcessInstance instance = issueAsEInvoice("PENDING");
    correlate(instance, MESSAGE_INVOICE_ACCELERATED, vars(DUE_DATE, LocalDate.of(2026, 3, 10)));
    assertThat(instance).hasPassed(TASK_MOVE_LATE_TIMER).isWaitingAt(TIMER_E_INVOICE_CHECK);
    passTimer(instance, TIMER_E_INVOICE_CHECK); // still being sent
    passTimer(instance, TIMER_E_INVOICE_CHECK); // sent: the late timer counts from the new date
    assertThat(timerDue(instance, TIMER_INVOICE_LATE))
        .isEqualTo(LocalDate.of(2026, 3, 11).atStartOfDay(BusinessClock.ZONE).toInstant());
    passTimer(instance, TIMER_INVOICE_LATE);
    assertThat(instance).hasPassed(TASK_OPEN_DUNNING);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 3, 11));
  }

  @Test
  void an_e_invoice_still_being_sent_then_refused_and_sent_again_is_dunned_only_once_proven_sent() {
    dunning(false, false, false, false, false);
    ProcessInstance instance = issueAsEInvoice("PENDING", "FAILED");
    passTimer(instance, TIMER_E_INVOICE_CHECK);
    assertThat(instance).isWaitingAt(TIMER_E_INVOICE_CHECK);
    passTimer(instance, TIMER_E_INVOICE_CHECK);
    assertThat(task(instance, TASK_HANDLE_UNDELIVERED_E_INVOICE)).hasCandidateGroup("accounting");
    complete(instance, TASK_HANDLE_UNDELIVERED_E_INVOICE, vars(RESEND_E_INVOICE, true));
    assertThat(instance).hasPassed(TASK_RESEND_E_INVOICE);
    passTimer(instance, TIMER_E_INVOICE_CHECK);
    assertThat(instance).hasPassed(TASK_CHECK_E_INVOICE_SENT).hasNotPassed(END_E_INVOICE_NOT_SENT);
    correlate(instance, MESSAGE_INVOICE_SETTLED, vars(SETTLED_DATE, LocalDate.of(2026, 3, 20)));
    assertThat(instance).hasPassed(END_SETTLED).isEnded();
  }

  @Test
  void an_e_invoice_refused_and_not_sent_again_is_never_dunned() {
    dunning(false, true, false, false, false);
    ProcessInstance instance = issueAsEInvoice("FAILED");
    passTimer(instance, TIMER_E_INVOICE_CHECK);
    complete(instance, TASK_HANDLE_UNDELIVERED_E_INVOICE, vars(RESEND_E_INVOICE, false));
    assertThat(instance).hasPassed(END_E_INVOICE_NOT_SENT).hasNotPassed(TASK_OPEN_DUNNING);
  }

  @Test
  void an_invoice_paid_before_its_due_date_is_closed_without_dunning() throws Exception {
    ProcessInstance instance = issue();
    correlate(instance, MESSAGE_INVOICE_SETTLED, vars(SETTLED_DATE, LocalDate.of(2026, 3, 20)));
    assertThat(instance).hasPassed(BOUNDARY_INVOICE_SETTLED, TASK_CLOSE_INVOICE, END_SETTLED)
        .hasNotPassed(TASK_OPEN_DUNNING).isEnded();
  }

  @Test
  void WJA_10a_an_accelerated_invoice_is_late_the_day_after_its_new_due_date() {
    dunning(false, false, false, false, false);
    ProcessInstance instance = issue();
    correlate(instance, MESSAGE_INVOICE_ACCELERATED, vars(DUE_DATE, LocalDate.of(2026, 3, 10)));
    assertThat(timerDue(instance, TIMER_INVOICE_LATE))
        .isEqualTo(LocalDate.of(2026, 3, 11).atStartOfDay(BusinessClock.ZONE).toInstant());
    passTimer(instance, TIMER_INVOICE_LATE);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 3, 11));
    assertThat(instance).hasPassed(EVENT_INVOICE_ACCELERATED, TASK_OPEN_DUNNING, END_DUNNING_DONE)
        .isWaitingAt(GATEWAY_AWAIT_SETTLEMENT);
    correlate(instance, MESSAGE_INVOICE_SETTLED, vars(SETTLED_DATE, LocalDate.of(2026, 3, 20)));
    assertThat(instance).hasPassed(END_SETTLED).isEnded();
  }

  @Test
  void every_dunning_step_of_the_terms_runs_side_by_side_until_the_contracts_are_resolved() throws Exception {
    dunning(true, true, true, true, true);
    AtomicInteger checks = new AtomicInteger();
    beans.does(TASK_CHECK_REMINDER_SENT,
        execution -> REMINDER_SENT.set(execution, checks.incrementAndGet() > 1));
    ProcessInstance instance = issue();

    passTimer(instance, TIMER_INVOICE_LATE);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(instance).hasPassed(TASK_OPEN_DUNNING, TASK_ACCELERATE)
        .isWaitingAt(TIMER_REMINDER_DAY, TIMER_SUSPENSION_DAY, TASK_POST_FORMAL_NOTICE);
    assertThat(dueDay(instance, TASK_POST_FORMAL_NOTICE)).isEqualTo(LocalDate.of(2026, 4, 3));
    complete(instance, TASK_POST_FORMAL_NOTICE, vars(POSTED_ON, LocalDate.of(2026, 4, 2)));
    assertThat(instance).hasPassed(TASK_RECORD_FORMAL_NOTICE).isWaitingAt(TIMER_FORMAL_NOTICE_EXPIRED);

    // VIR-4: reminder day, the statutory rate of the half-year not published yet
    passTimer(instance, TIMER_REMINDER_DAY);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 4, 8));
    assertThat(instance).isWaitingAt(TASK_CONFIRM_STATUTORY_RATE);
    complete(instance, TASK_CONFIRM_STATUTORY_RATE, vars(STATUTORY_RATE_CONFIRMED, true));
    assertThat(instance).hasPassed(TASK_SEND_REMINDER).isWaitingAt(TIMER_REMINDER_DAY_ENDED);
    // the reminder did not leave on its day: accounting decides to send it again
    passTimer(instance, TIMER_REMINDER_DAY_ENDED);
    assertThat(instance).isWaitingAt(TASK_HANDLE_UNSENT_REMINDER);
    complete(instance, TASK_HANDLE_UNSENT_REMINDER, vars(RESEND_REMINDER, true));
    passTimer(instance, TIMER_REMINDER_DAY_ENDED);
    verify(beans.delegateOf(TASK_SEND_REMINDER), times(2)).execute(any());

    // VIR-9/WJA-11: suspension decided by staff
    passTimer(instance, TIMER_SUSPENSION_DAY);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 4, 15));
    complete(instance, TASK_DECIDE_SUSPENSION, vars(SUSPEND, true));
    assertThat(instance).hasPassed(TASK_SUSPEND_SERVICES);

    // WJA-12: formal notice expired at 24:00 on 17 April, contracts resolved
    passTimer(instance, TIMER_FORMAL_NOTICE_EXPIRED);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 4, 18));
    assertThat(instance).hasPassed(TASK_RESOLVE_CONTRACTS).isWaitingAt(TASK_POST_RESOLUTION_NOTICE);
    complete(instance, TASK_POST_RESOLUTION_NOTICE, vars(POSTED_ON, LocalDate.of(2026, 4, 20)));
    assertThat(instance).hasPassed(TASK_RECORD_RESOLUTION_NOTICE, END_DUNNING_DONE)
        .isWaitingAt(GATEWAY_AWAIT_SETTLEMENT);
  }

  @Test
  void a_suspension_by_the_terms_runs_without_staff_and_an_unsent_reminder_may_be_given_up() {
    dunning(false, true, true, false, false);
    beans.sets(TASK_CHECK_REMINDER_SENT, REMINDER_SENT, false);
    beans.sets(TASK_OPEN_DUNNING, REMINDER_REQUIRED, true, SUSPENSION_PENDING, true,
        ACCELERATE, false, FORMAL_NOTICE_REQUIRED, false, REMINDER_ON, LocalDate.of(2026, 4, 8),
        SUSPENSION_ON, LocalDate.of(2026, 4, 15), SUSPENSION_BY_STAFF, false, STATUTORY_RATE_PUBLISHED, true);
    ProcessInstance instance = issue();
    passTimer(instance, TIMER_INVOICE_LATE);
    passTimer(instance, TIMER_REMINDER_DAY);
    assertThat(instance).hasNotPassed(TASK_CONFIRM_STATUTORY_RATE).hasPassed(TASK_SEND_REMINDER);
    passTimer(instance, TIMER_REMINDER_DAY_ENDED);
    complete(instance, TASK_HANDLE_UNSENT_REMINDER, vars(RESEND_REMINDER, false));
    passTimer(instance, TIMER_SUSPENSION_DAY);
    assertThat(instance).hasPassed(TASK_SUSPEND_SERVICES, END_DUNNING_DONE)
        .hasNotPassed(TASK_DECIDE_SUSPENSION);
  }

  @Test
  void VIR_9_the_suspension_counted_from_the_reminder_waits_for_its_proven_sending() {
    dunning(false, true, true, false, true);
    // Open dunning: the terms count the suspension from the reminder, so its branch waits
    beans.sets(TASK_OPEN_DUNNING, REMINDER_REQUIRED, true, SUSPENSION_PENDING, true,
        SUSPENSION_AFTER_REMINDER, true, ACCELERATE, false, FORMAL_NOTICE_REQUIRED, false,
        REMINDER_ON, LocalDate.of(2026, 4, 2), SUSPENSION_ON, LocalDate.of(2026, 4, 18), SUSPENSION_BY_STAFF, true,
        STATUTORY_RATE_PUBLISHED, true);
    AtomicInteger checks = new AtomicInteger();
    beans.does(TASK_CHECK_REMINDER_SENT, execution -> {
      boolean sent = checks.incrementAndGet() > 1; // relay down on the 2nd, sent again on the 6th
      REMINDER_SENT.set(execution, sent);
      SUSPENSION_AFTER_REMINDER.set(execution, sent);
      if (sent) {
        SUSPENSION_ON.set(execution, LocalDate.of(2026, 4, 22)); // sent 6 April + 15 days, +1
      }
    });
    ProcessInstance instance = issue();
    passTimer(instance, TIMER_INVOICE_LATE);
    assertThat(instance).isWaitingAt(TIMER_REMINDER_DAY).isNotWaitingAt(TIMER_SUSPENSION_DAY);
    passTimer(instance, TIMER_REMINDER_DAY);
    passTimer(instance, TIMER_REMINDER_DAY_ENDED);
    assertThat(instance).isWaitingAt(TASK_HANDLE_UNSENT_REMINDER)
        .isNotWaitingAt(TIMER_SUSPENSION_AFTER_REMINDER);
    clockAt(LocalDate.of(2026, 4, 6), java.time.LocalTime.NOON);
    complete(instance, TASK_HANDLE_UNSENT_REMINDER, vars(RESEND_REMINDER, true));
    passTimer(instance, TIMER_REMINDER_DAY_ENDED);
    assertThat(instance).hasPassed(GATEWAY_SUSPENSION_FROM_REMINDER);
    assertThat(timerDue(instance, TIMER_SUSPENSION_AFTER_REMINDER))
        .isEqualTo(LocalDate.of(2026, 4, 22).atStartOfDay(BusinessClock.ZONE).toInstant());
    passTimer(instance, TIMER_SUSPENSION_AFTER_REMINDER);
    assertThat(task(instance, TASK_DECIDE_SUSPENSION)).hasCandidateGroup("accounting");
    complete(instance, TASK_DECIDE_SUSPENSION, vars(SUSPEND, true));
    assertThat(instance).hasPassed(TASK_SUSPEND_SERVICES, END_DUNNING_DONE)
        .isWaitingAt(GATEWAY_AWAIT_SETTLEMENT);
  }

  @Test
  void an_invoice_cancelled_after_its_dunning_ended_ends_its_payment_process() {
    dunning(false, false, false, false, false);
    ProcessInstance instance = issue();
    passTimer(instance, TIMER_INVOICE_LATE);
    assertThat(instance).hasPassed(END_DUNNING_DONE).isWaitingAt(GATEWAY_AWAIT_SETTLEMENT);
    correlate(instance, MESSAGE_INVOICE_CANCELLED);
    assertThat(instance).hasPassed(START_INVOICE_CANCELLED, TASK_CLOSE_CANCELLED_INVOICE,
        END_CANCELLED_INVOICE_CLOSED).isEnded();
  }

  @Test
  void an_invoice_cancelled_during_its_complaint_or_its_dunning_ends_its_payment_process() {
    dunning(false, true, false, true, false);
    ProcessInstance contested = issue();
    correlate(contested, MESSAGE_INVOICE_CONTEST);
    assertThat(contested).isWaitingAt(TASK_HANDLE_COMPLAINT);
    correlate(contested, MESSAGE_INVOICE_CANCELLED);
    assertThat(contested).hasPassed(END_CANCELLED_INVOICE_CLOSED).isEnded();

    ProcessInstance instance = issue();
    passTimer(instance, TIMER_INVOICE_LATE);
    assertThat(instance).isWaitingAt(TIMER_REMINDER_DAY, TASK_POST_FORMAL_NOTICE);
    correlate(instance, MESSAGE_INVOICE_CANCELLED);
    assertThat(instance).hasPassed(END_CANCELLED_INVOICE_CLOSED).isEnded();
  }

  /** The follow-up opened when {@code taskKey} passed its due date: it names the task and the day. */
  private void followUp(ProcessInstance instance, String taskKey, String followUpKey, LocalDate dueOn) {
    assertThat(dueDay(instance, taskKey)).isEqualTo(dueOn);
    assertThat(timerDue(instance, BOUNDARY_OVERDUE.get(taskKey)))
        .isEqualTo(dueOn.plusDays(1).atStartOfDay(BusinessClock.ZONE).toInstant());
    passTimer(instance, BOUNDARY_OVERDUE.get(taskKey));
    assertThat(task(instance, taskKey)).as("the overdue task stays open").isNotNull();
    var followUp = task(instance, followUpKey);
    assertThat(followUp).hasCandidateGroup("accounting");
    assertThat(OVERDUE_SINCE.get(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests
        .taskService().getVariables(followUp.getId()))).isEqualTo(dueOn);
    assertThat(followUp.getDueDate()).isAfter(java.util.Date.from(
        dueOn.atStartOfDay(BusinessClock.ZONE).toInstant()));
    complete(instance, followUpKey);
  }

  private static final java.util.Map<String, String> BOUNDARY_OVERDUE = java.util.Map.of(
      TASK_HANDLE_UNDELIVERED_E_INVOICE, BOUNDARY_UNDELIVERED_E_INVOICE_OVERDUE,
      TASK_CONFIRM_STATUTORY_RATE, BOUNDARY_STATUTORY_RATE_OVERDUE,
      TASK_HANDLE_UNSENT_REMINDER, BOUNDARY_UNSENT_REMINDER_OVERDUE,
      TASK_DECIDE_SUSPENSION, BOUNDARY_SUSPENSION_DECISION_OVERDUE,
      TASK_POST_FORMAL_NOTICE, BOUNDARY_FORMAL_NOTICE_POSTING_OVERDUE,
      TASK_POST_RESOLUTION_NOTICE, BOUNDARY_RESOLUTION_NOTICE_POSTING_OVERDUE,
      TASK_HANDLE_COMPLAINT, BOUNDARY_COMPLAINT_OVERDUE);

  @Test
  void every_accounting_task_of_the_dunning_left_overdue_gives_accounting_a_follow_up_and_moves_no_date() {
    dunning(false, true, true, true, true);
    beans.sets(TASK_CHECK_REMINDER_SENT, REMINDER_SENT, false);
    ProcessInstance instance = issue();
    passTimer(instance, TIMER_INVOICE_LATE); // Wed 1 April
    followUp(instance, TASK_POST_FORMAL_NOTICE, TASK_FOLLOW_UP_FORMAL_NOTICE_POSTING,
        LocalDate.of(2026, 4, 3));
    passTimer(instance, TIMER_REMINDER_DAY); // Wed 8 April
    complete(instance, TASK_POST_FORMAL_NOTICE, vars(POSTED_ON, LocalDate.of(2026, 4, 2)));
    followUp(instance, TASK_CONFIRM_STATUTORY_RATE, TASK_FOLLOW_UP_STATUTORY_RATE,
        LocalDate.of(2026, 4, 10));
    complete(instance, TASK_CONFIRM_STATUTORY_RATE, vars(STATUTORY_RATE_CONFIRMED, true));
    passTimer(instance, TIMER_REMINDER_DAY_ENDED); // the reminder did not leave
    assertThat(instance).isWaitingAt(TASK_HANDLE_UNSENT_REMINDER);
    // the suspension day (15 April) does not wait for "Handle unsent reminder"
    followUp(instance, TASK_HANDLE_UNSENT_REMINDER, TASK_FOLLOW_UP_UNSENT_REMINDER,
        LocalDate.of(2026, 4, 14));
    assertThat(instance).isWaitingAt(TASK_DECIDE_SUSPENSION, TASK_HANDLE_UNSENT_REMINDER);
    complete(instance, TASK_HANDLE_UNSENT_REMINDER, vars(RESEND_REMINDER, false));
    // the formal notice's expiry (17 April) does not wait for the suspension decision
    followUp(instance, TASK_DECIDE_SUSPENSION, TASK_FOLLOW_UP_SUSPENSION_DECISION,
        LocalDate.of(2026, 4, 17));
    assertThat(instance).hasPassed(TASK_RESOLVE_CONTRACTS);
    complete(instance, TASK_DECIDE_SUSPENSION, vars(SUSPEND, false));
    followUp(instance, TASK_POST_RESOLUTION_NOTICE, TASK_FOLLOW_UP_RESOLUTION_NOTICE_POSTING,
        LocalDate.of(2026, 4, 21));
    complete(instance, TASK_POST_RESOLUTION_NOTICE, vars(POSTED_ON, LocalDate.of(2026, 4, 22)));
    assertThat(instance).hasPassed(END_DUNNING_DONE).isWaitingAt(GATEWAY_AWAIT_SETTLEMENT);
  }

  @Test
  void an_overdue_complaint_gives_accounting_a_follow_up_and_its_dates_stay() {
    ProcessInstance contested = issue();
    correlate(contested, MESSAGE_INVOICE_CONTEST);
    followUp(contested, TASK_HANDLE_COMPLAINT, TASK_FOLLOW_UP_COMPLAINT, LocalDate.of(2026, 3, 9));
    complete(contested, TASK_HANDLE_COMPLAINT, vars(COMPLAINT_ACCEPTED, false));
    assertThat(contested).isWaitingAt(TIMER_INVOICE_LATE);
  }

  @Test
  void an_undelivered_e_invoice_left_overdue_gives_accounting_a_follow_up() {
    ProcessInstance undelivered = issueAsEInvoice("FAILED");
    passTimer(undelivered, TIMER_E_INVOICE_CHECK); // Tue 3 March
    followUp(undelivered, TASK_HANDLE_UNDELIVERED_E_INVOICE, TASK_FOLLOW_UP_UNDELIVERED_E_INVOICE,
        LocalDate.of(2026, 3, 5));
  }

  @Test
  void staff_may_decide_not_to_suspend_and_a_notice_already_posted_is_not_posted_again() throws Exception {
    dunning(false, false, true, true, true);
    beans.sets(TASK_OPEN_DUNNING, SUSPENSION_PENDING, true, FORMAL_NOTICE_REQUIRED, true,
        ACCELERATE, false, REMINDER_REQUIRED, false, SUSPENSION_ON, LocalDate.of(2026, 4, 15),
        SUSPENSION_BY_STAFF, true, FORMAL_NOTICE_POSTED, true, FORMAL_NOTICE_EXPIRES, LocalDate.of(2026, 4, 10));
    ProcessInstance instance = issue();
    passTimer(instance, TIMER_INVOICE_LATE);
    assertThat(instance).hasNotPassed(TASK_PREPARE_FORMAL_NOTICE).isWaitingAt(TIMER_FORMAL_NOTICE_EXPIRED);
    passTimer(instance, TIMER_FORMAL_NOTICE_EXPIRED);
    complete(instance, TASK_POST_RESOLUTION_NOTICE, vars(POSTED_ON, LocalDate.of(2026, 4, 13)));
    passTimer(instance, TIMER_SUSPENSION_DAY);
    complete(instance, TASK_DECIDE_SUSPENSION, vars(SUSPEND, false));
    assertThat(instance).hasNotPassed(TASK_SUSPEND_SERVICES).hasPassed(END_DUNNING_DONE);
    verify(beans.delegateOf(TASK_SUSPEND_SERVICES), never()).execute(any());
  }

  @Test
  void an_invoice_cancelled_by_a_credit_note_ends_its_dunning() {
    beans.does(TASK_OPEN_DUNNING, execution -> {
      throw new BpmnError(ERROR_INVOICE_CANCELLED, "credited in full");
    });
    ProcessInstance instance = issue();
    passTimer(instance, TIMER_INVOICE_LATE);
    assertThat(instance).hasPassed(BOUNDARY_INVOICE_CANCELLED, END_CANCELLED).isEnded();
  }

  @Test
  void WJA_15_a_complaint_rejected_resumes_dunning_on_the_original_dates() {
    ProcessInstance instance = issue();
    correlate(instance, MESSAGE_INVOICE_CONTEST);
    assertThat(instance).hasPassed(BOUNDARY_CONTESTED, TASK_OPEN_COMPLAINT).isWaitingAt(TASK_HANDLE_COMPLAINT);
    assertThat(dueDay(instance, TASK_HANDLE_COMPLAINT)).isEqualTo(LocalDate.of(2026, 3, 9));
    complete(instance, TASK_HANDLE_COMPLAINT, vars(COMPLAINT_ACCEPTED, false));
    assertThat(instance).hasPassed(TASK_RESUME_DUNNING).isWaitingAt(TIMER_INVOICE_LATE);
    assertThat(timerDue(instance, TIMER_INVOICE_LATE))
        .isEqualTo(DUE.plusDays(1).atStartOfDay(BusinessClock.ZONE).toInstant());
  }

  @Test
  void a_complaint_accepted_in_full_cancels_the_invoice() {
    beans.sets(TASK_CORRECT_INVOICE, CORRECTION_OUTCOME, DefaultService.Outcome.CANCELLED);
    ProcessInstance instance = issue();
    correlate(instance, MESSAGE_INVOICE_CONTEST);
    complete(instance, TASK_HANDLE_COMPLAINT, vars(COMPLAINT_ACCEPTED, true));
    assertThat(instance).hasPassed(TASK_CORRECT_INVOICE, END_CORRECTED).isEnded();
  }

  @Test
  void a_complaint_accepted_in_part_duns_the_rest_and_a_paid_rest_settles_it() {
    beans.sets(TASK_CORRECT_INVOICE, CORRECTION_OUTCOME, DefaultService.Outcome.STILL_OWED);
    ProcessInstance instance = issue();
    correlate(instance, MESSAGE_INVOICE_CONTEST);
    complete(instance, TASK_HANDLE_COMPLAINT, vars(COMPLAINT_ACCEPTED, true));
    assertThat(instance).isWaitingAt(TIMER_INVOICE_LATE);

    beans.sets(TASK_CORRECT_INVOICE, CORRECTION_OUTCOME, DefaultService.Outcome.SETTLED);
    correlate(instance, MESSAGE_INVOICE_CONTEST);
    complete(instance, TASK_HANDLE_COMPLAINT, vars(COMPLAINT_ACCEPTED, true));
    assertThat(instance).hasPassed(TASK_CLOSE_INVOICE, END_SETTLED).isEnded();
  }

  @Test
  void an_invoice_paid_while_its_complaint_is_open_is_closed() {
    ProcessInstance instance = issue();
    correlate(instance, MESSAGE_INVOICE_CONTEST);
    correlate(instance, MESSAGE_INVOICE_SETTLED, vars(SETTLED_DATE, LocalDate.of(2026, 3, 5)));
    assertThat(instance).hasPassed(BOUNDARY_SETTLED_DURING_COMPLAINT, END_SETTLED).isEnded();
  }

  @Test
  void an_invoice_contested_after_its_dunning_is_done_opens_a_complaint() {
    dunning(false, false, false, false, false);
    ProcessInstance instance = issue();
    passTimer(instance, TIMER_INVOICE_LATE);
    assertThat(instance).hasPassed(END_DUNNING_DONE);
    correlate(instance, MESSAGE_INVOICE_CONTEST);
    assertThat(instance).hasPassed(EVENT_CONTESTED_LATER).isWaitingAt(TASK_HANDLE_COMPLAINT);
  }
}
