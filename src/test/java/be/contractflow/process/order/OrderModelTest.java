package be.contractflow.process.order;

import static be.contractflow.process.order.OrderVariables.*;
import static be.contractflow.support.model.ModelDriver.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import be.contractflow.ledger.ContractKind;
import be.contractflow.support.model.ModelEngine;
import be.contractflow.support.model.ModelTestBase;
import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code bpmn/order.bpmn} alone, delegates mocked: quote lapsed, signed and confirmed with or
 * without a first payment, a client in dispute accepted or refused, cancelled while the first
 * payment is awaited, the withdrawal period closed, a withdrawal with or without work to pay for,
 * an order whose deposit stays unpaid lapsing on its own timer, a rental's first month awaited; a
 * late dispute review or withdrawal assessment followed up, the refund date kept.
 */
@Deployment(resources = OrderModelTest.MODEL)
class OrderModelTest extends ModelTestBase {

  static final String MODEL = "bpmn/order.bpmn";

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ModelEngine.withCoverageAtLeast(ModelEngine.REQUIRED_COVERAGE);

  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2); // a Monday
  static final String QUOTE = "Q-2026-0001";

  @Override
  protected String model() {
    return MODEL;
  }

  @Override
  protected LocalDate startsOn() {
    return ISSUED;
  }

  @BeforeEach
  void stubs() {
    beans.sets(TASK_SEND_QUOTE, QUOTE_VALID_UNTIL, LocalDate.of(2026, 4, 2));
  }

  private ProcessInstance issue() {
    ProcessInstance instance = start(PROCESS_KEY, QUOTE, vars(
        QUOTE_NUMBER, QUOTE, CONTRACT_NUMBER, "C-2026-0001", CONTRACT_KIND, ContractKind.PROJECT));
    assertThat(instance).hasPassed(TASK_SEND_QUOTE).isWaitingAt(TASK_RECORD_CLIENT_SIGNATURE);
    return instance;
  }

  /** The last day the deposit may be paid, as "Issue first invoice" plans it (OrderLapse). */
  static final String LAPSES_ON = "2026-04-02";

  /**
   * Signature as "Record signature" reads it: withdrawal deadline, dispute; first invoice, a
   * deposit that concludes the order (lapsing after {@link #LAPSES_ON}) when payment is required.
   */
  private ProcessInstance signed(String withdrawalDeadline, boolean inDispute, boolean paymentRequired) {
    return signed(withdrawalDeadline, inDispute, paymentRequired, paymentRequired ? LAPSES_ON : null);
  }

  private static LocalDate day(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  private ProcessInstance signed(String withdrawalDeadline, boolean inDispute, boolean paymentRequired,
      String lapsesOn) {
    beans.sets(TASK_RECORD_SIGNATURE, WITHDRAWAL_DEADLINE, day(withdrawalDeadline), CLIENT_IN_DISPUTE, inDispute);
    beans.sets(TASK_ISSUE_FIRST_INVOICE, INVOICE_NUMBER, "F-2026-0001", PAYMENT_REQUIRED, paymentRequired,
        ORDER_LAPSES_ON, day(lapsesOn));
    ProcessInstance instance = issue();
    complete(instance, TASK_RECORD_CLIENT_SIGNATURE, vars(SIGNED_DATE, LocalDate.of(2026, 3, 5)));
    return instance;
  }

  @Test
  void BDB_5_2a_a_quote_unsigned_at_the_end_of_its_validity_expires() throws Exception {
    ProcessInstance instance = issue();
    assertThat(task(instance, TASK_RECORD_CLIENT_SIGNATURE).getDueDate().toInstant()
        .atZone(BusinessClock.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 2));
    passTimer(instance, BOUNDARY_QUOTE_VALIDITY_ENDED);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 4, 3));
    assertThat(instance).hasPassed(TASK_EXPIRE_QUOTE, END_QUOTE_EXPIRED).isEnded();
    verify(beans.delegateOf(TASK_RECORD_SIGNATURE), never()).execute(any());
  }

  @Test
  void an_order_without_first_payment_or_withdrawal_right_is_confirmed_and_starts_its_work() {
    ProcessInstance instance = signed(null, false, false);
    assertThat(instance).hasPassed(TASK_ISSUE_FIRST_INVOICE, TASK_CONFIRM_ORDER, TASK_START_DELIVERY,
            TASK_START_SUBSCRIPTION, END_ORDER_CONFIRMED, END_NO_WITHDRAWAL_RIGHT)
        .hasNotPassed(TASK_CHECK_FIRST_INVOICE_PAID).isEnded();
  }

  @Test
  void WJA_2_work_waits_for_the_first_invoice_to_be_paid() {
    beans.sets(TASK_CHECK_FIRST_INVOICE_PAID, FIRST_INVOICE_PAID, false);
    ProcessInstance instance = signed(null, false, true);
    assertThat(instance).isWaitingAt(GATEWAY_DEPOSIT_PAID_OR_ORDER_LAPSED).hasNotPassed(TASK_CONFIRM_ORDER);
    correlate(instance, MESSAGE_INVOICE_SETTLED);
    assertThat(instance).hasPassed(TASK_CONFIRM_ORDER, END_ORDER_CONFIRMED).isEnded();
  }

  @Test
  void WJA_2_BDB_8_1_a_deposit_unpaid_at_24h_on_its_lapse_day_lapses_the_order_and_ends_the_withdrawal_period() {
    beans.sets(TASK_CHECK_FIRST_INVOICE_PAID, FIRST_INVOICE_PAID, false);
    ProcessInstance instance = signed("2026-03-19", false, true);
    assertThat(instance).isWaitingAt(GATEWAY_DEPOSIT_PAID_OR_ORDER_LAPSED, TIMER_WITHDRAWAL_PERIOD_ENDED);
    passTimer(instance, TIMER_WITHDRAWAL_PERIOD_ENDED);
    passTimer(instance, TIMER_DEPOSIT_UNPAID_ORDER_LAPSES);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 4, 3)); // 24:00 on 2 April
    assertThat(instance).hasPassed(END_DEPOSIT_UNPAID, BOUNDARY_ORDER_LAPSED, TASK_LAPSE_ORDER,
        END_ORDER_LAPSED).hasNotPassed(TASK_CONFIRM_ORDER).isEnded();
  }

  @Test
  void WJA_2_a_deposit_paid_before_the_lapse_confirms_the_order_and_disarms_the_timer() {
    beans.sets(TASK_CHECK_FIRST_INVOICE_PAID, FIRST_INVOICE_PAID, false);
    ProcessInstance instance = signed(null, false, true);
    correlate(instance, MESSAGE_INVOICE_SETTLED);
    assertThat(instance).hasPassed(EVENT_FIRST_INVOICE_SETTLED, TASK_CONFIRM_ORDER)
        .hasNotPassed(TASK_LAPSE_ORDER).isEnded();
  }

  @Test
  void BDB_R5_1_a_rental_bound_before_payment_waits_for_its_first_month_without_a_lapse() {
    beans.sets(TASK_CHECK_FIRST_INVOICE_PAID, FIRST_INVOICE_PAID, false);
    ProcessInstance instance = signed(null, false, true, null);
    assertThat(instance).isWaitingAt(EVENT_FIRST_PERIOD_SETTLED)
        .isNotWaitingAt(TIMER_DEPOSIT_UNPAID_ORDER_LAPSES);
    correlate(instance, MESSAGE_INVOICE_SETTLED);
    assertThat(instance).hasPassed(EVENT_FIRST_PERIOD_SETTLED, TASK_CONFIRM_ORDER, END_ORDER_CONFIRMED)
        .isEnded();
  }

  @Test
  void a_first_invoice_already_paid_confirms_the_order_at_once() {
    beans.sets(TASK_CHECK_FIRST_INVOICE_PAID, FIRST_INVOICE_PAID, true);
    ProcessInstance instance = signed(null, false, true);
    assertThat(instance).hasPassed(TASK_CHECK_FIRST_INVOICE_PAID, END_ORDER_CONFIRMED)
        .hasNotPassed(EVENT_FIRST_INVOICE_SETTLED).isEnded();
  }

  @Test
  void BDB_5_2c_an_order_of_a_client_in_dispute_refused_by_sales_ends_everything() {
    ProcessInstance instance = signed("2026-03-19", true, false);
    assertThat(instance).isWaitingAt(TASK_REVIEW_ORDER_IN_DISPUTE, TIMER_WITHDRAWAL_PERIOD_ENDED);
    assertThat(task(instance, TASK_REVIEW_ORDER_IN_DISPUTE).getDueDate().toInstant()
        .atZone(BusinessClock.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 9));
    complete(instance, TASK_REVIEW_ORDER_IN_DISPUTE, vars(ORDER_ACCEPTED, false, REFUSAL_REASON, "Unpaid F-2025-0042"));
    assertThat(instance).hasPassed(TASK_REFUSE_ORDER, END_ORDER_REFUSED).isEnded();
  }

  @Test
  void BDB_R15_an_order_accepted_despite_a_dispute_is_confirmed_and_its_withdrawal_period_closes_at_24h() {
    ProcessInstance instance = signed("2026-03-19", true, false);
    complete(instance, TASK_REVIEW_ORDER_IN_DISPUTE, vars(ORDER_ACCEPTED, true));
    assertThat(instance).hasPassed(END_ORDER_CONFIRMED).isWaitingAt(TIMER_WITHDRAWAL_PERIOD_ENDED);
    passTimer(instance, TIMER_WITHDRAWAL_PERIOD_ENDED);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(instance).hasPassed(TASK_CLOSE_WITHDRAWAL_PERIOD, END_WITHDRAWAL_PERIOD_CLOSED).isEnded();
  }

  @Test
  void WJA_18_an_order_cancelled_while_its_first_payment_is_awaited_invoices_the_fee() {
    beans.sets(TASK_CHECK_FIRST_INVOICE_PAID, FIRST_INVOICE_PAID, false);
    ProcessInstance instance = signed(null, false, true);
    correlate(instance, MESSAGE_CANCELLATION, vars(EVENT_DATE, LocalDate.of(2026, 3, 10)));
    assertThat(instance).hasPassed(BOUNDARY_CANCELLATION, TASK_CANCEL_ORDER, END_ORDER_CANCELLED)
        .hasNotPassed(TASK_CONFIRM_ORDER).isEnded();
  }

  @Test
  void CEL_VI_51_a_withdrawal_after_work_started_early_waits_for_the_work_done_then_refunds() {
    beans.listens(START_WITHDRAWAL_RECEIVED,
        execution -> WITHDRAWAL_WORK_DONE_ASSESSED.set(execution, true));
    ProcessInstance instance = signed("2026-03-19", false, false);
    correlate(instance, MESSAGE_WITHDRAWAL, vars(EVENT_DATE, LocalDate.of(2026, 3, 10)));
    assertThat(instance).isWaitingAt(TASK_ASSESS_WORK_DONE_BEFORE_WITHDRAWAL);
    assertThat(task(instance, TASK_ASSESS_WORK_DONE_BEFORE_WITHDRAWAL).getDueDate().toInstant()
        .atZone(BusinessClock.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 12));
    complete(instance, TASK_ASSESS_WORK_DONE_BEFORE_WITHDRAWAL, vars(WORK_DONE_PERCENT, new BigDecimal("25")));
    assertThat(instance).hasPassed(TASK_WITHDRAW_ORDER, END_ORDER_WITHDRAWN).isEnded();
    verify(beans.deliveryChecks()).requireWorkDoneShare(any());
  }

  @Test
  void CEL_VI_50_the_refund_is_not_held_past_14_days_by_an_unassessed_work_share() {
    beans.listens(START_WITHDRAWAL_RECEIVED,
        execution -> WITHDRAWAL_WORK_DONE_ASSESSED.set(execution, true));
    ProcessInstance instance = signed("2026-03-19", false, false);
    correlate(instance, MESSAGE_WITHDRAWAL, vars(EVENT_DATE, LocalDate.of(2026, 3, 10)));
    passTimer(instance, BOUNDARY_REFUND_DUE);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 3, 25)); // 24:00 on 24 March
    assertThat(instance).hasPassed(BOUNDARY_REFUND_DUE, TASK_WITHDRAW_ORDER, END_ORDER_WITHDRAWN).isEnded();
  }

  @Test
  void a_withdrawal_with_no_work_to_pay_for_refunds_at_once() {
    beans.listens(START_WITHDRAWAL_RECEIVED,
        execution -> WITHDRAWAL_WORK_DONE_ASSESSED.set(execution, false));
    ProcessInstance instance = signed("2026-03-19", false, false);
    correlate(instance, MESSAGE_WITHDRAWAL, vars(EVENT_DATE, LocalDate.of(2026, 3, 10)));
    assertThat(instance).hasPassed(TASK_WITHDRAW_ORDER, END_ORDER_WITHDRAWN)
        .hasNotPassed(TASK_ASSESS_WORK_DONE_BEFORE_WITHDRAWAL).isEnded();
  }

  @Test
  void BDB_5_2c_a_dispute_review_left_overdue_gives_sales_a_follow_up_and_the_withdrawal_period_still_ends_on_its_date()
      throws Exception {
    ProcessInstance instance = signed("2026-03-19", true, false);
    passTimer(instance, BOUNDARY_DISPUTE_REVIEW_OVERDUE);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 3, 10)); // 24:00 on 9 March, the review's date
    var followUp = task(instance, TASK_FOLLOW_UP_DISPUTE_REVIEW);
    assertThat(followUp).hasCandidateGroup("sales");
    assertThat(OVERDUE_TASK.get(taskService().getVariables(followUp.getId())))
        .isEqualTo("Review order from a client in dispute");
    assertThat(OVERDUE_SINCE.get(taskService().getVariables(followUp.getId())))
        .isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(followUp.getDueDate()).isEqualTo(due("2026-03-11")); // Tuesday 10 + 1 business day
    // the review keeps its date, nothing is invoiced before it is done
    assertThat(task(instance, TASK_REVIEW_ORDER_IN_DISPUTE).getDueDate()).isEqualTo(due("2026-03-09"));
    verify(beans.delegateOf(TASK_ISSUE_FIRST_INVOICE), never()).execute(any());

    complete(instance, TASK_FOLLOW_UP_DISPUTE_REVIEW);
    assertThat(instance).hasPassed(END_DISPUTE_REVIEW_FOLLOWED_UP)
        .isWaitingAt(TASK_REVIEW_ORDER_IN_DISPUTE, TIMER_WITHDRAWAL_PERIOD_ENDED);
    // the withdrawal period does not wait for the review
    passTimer(instance, TIMER_WITHDRAWAL_PERIOD_ENDED);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(instance).hasPassed(END_WITHDRAWAL_PERIOD_CLOSED).isWaitingAt(TASK_REVIEW_ORDER_IN_DISPUTE);

    complete(instance, TASK_REVIEW_ORDER_IN_DISPUTE, vars(ORDER_ACCEPTED, true));
    assertThat(instance).hasPassed(END_ORDER_REVIEWED, END_ORDER_CONFIRMED).isEnded();
  }

  @Test
  void BDB_5_2c_a_dispute_review_done_late_ends_its_follow_up_still_open() {
    ProcessInstance instance = signed("2026-03-19", true, false);
    passTimer(instance, BOUNDARY_DISPUTE_REVIEW_OVERDUE);
    assertThat(instance).isWaitingAt(TASK_REVIEW_ORDER_IN_DISPUTE, TASK_FOLLOW_UP_DISPUTE_REVIEW);
    complete(instance, TASK_REVIEW_ORDER_IN_DISPUTE, vars(ORDER_ACCEPTED, false, REFUSAL_REASON, "Unpaid F-2025-0042"));
    assertThat(instance).hasPassed(END_ORDER_REVIEWED, TASK_REFUSE_ORDER, END_ORDER_REFUSED)
        .hasNotPassed(END_DISPUTE_REVIEW_FOLLOWED_UP).isEnded();
    assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void CEL_VI_50_a_withdrawal_assessment_left_overdue_gives_production_a_follow_up_and_the_refund_date_still_holds()
      throws Exception {
    beans.listens(START_WITHDRAWAL_RECEIVED,
        execution -> WITHDRAWAL_WORK_DONE_ASSESSED.set(execution, true));
    ProcessInstance instance = signed("2026-03-19", false, false);
    correlate(instance, MESSAGE_WITHDRAWAL, vars(EVENT_DATE, LocalDate.of(2026, 3, 10)));
    passTimer(instance, BOUNDARY_WITHDRAWAL_ASSESSMENT_OVERDUE);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 3, 13)); // 24:00 on 12 March, the assessment's date
    var followUp = task(instance, TASK_FOLLOW_UP_WITHDRAWAL_ASSESSMENT);
    assertThat(followUp).hasCandidateGroup("production");
    assertThat(OVERDUE_TASK.get(taskService().getVariables(followUp.getId())))
        .isEqualTo("Assess the work done before the withdrawal");
    assertThat(OVERDUE_SINCE.get(taskService().getVariables(followUp.getId())))
        .isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(followUp.getDueDate()).isEqualTo(due("2026-03-16")); // Friday 13 + 1 business day
    assertThat(task(instance, TASK_ASSESS_WORK_DONE_BEFORE_WITHDRAWAL).getDueDate()).isEqualTo(due("2026-03-12"));

    complete(instance, TASK_FOLLOW_UP_WITHDRAWAL_ASSESSMENT);
    assertThat(instance).hasPassed(END_WITHDRAWAL_ASSESSMENT_FOLLOWED_UP)
        .isWaitingAt(TASK_ASSESS_WORK_DONE_BEFORE_WITHDRAWAL);
    verify(beans.delegateOf(TASK_WITHDRAW_ORDER), never()).execute(any());

    // the refund is due 14 days after the withdrawal, assessed or not (CEL VI.50)
    passTimer(instance, BOUNDARY_REFUND_DUE);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 3, 25)); // 24:00 on 24 March
    assertThat(instance).hasPassed(TASK_WITHDRAW_ORDER, END_ORDER_WITHDRAWN).isEnded();
  }

  @Test
  void CEL_VI_50_the_refund_date_closes_a_withdrawal_follow_up_still_open() {
    beans.listens(START_WITHDRAWAL_RECEIVED,
        execution -> WITHDRAWAL_WORK_DONE_ASSESSED.set(execution, true));
    ProcessInstance instance = signed("2026-03-19", false, false);
    correlate(instance, MESSAGE_WITHDRAWAL, vars(EVENT_DATE, LocalDate.of(2026, 3, 10)));
    passTimer(instance, BOUNDARY_WITHDRAWAL_ASSESSMENT_OVERDUE);
    assertThat(instance).isWaitingAt(TASK_ASSESS_WORK_DONE_BEFORE_WITHDRAWAL, TASK_FOLLOW_UP_WITHDRAWAL_ASSESSMENT);
    passTimer(instance, BOUNDARY_REFUND_DUE);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 3, 25));
    assertThat(instance).hasPassed(TASK_WITHDRAW_ORDER, END_ORDER_WITHDRAWN)
        .hasNotPassed(END_WITHDRAWAL_ASSESSMENT_FOLLOWED_UP).isEnded();
    assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void CEL_VI_51_a_withdrawal_assessment_done_late_ends_its_follow_up_still_open() {
    beans.listens(START_WITHDRAWAL_RECEIVED,
        execution -> WITHDRAWAL_WORK_DONE_ASSESSED.set(execution, true));
    ProcessInstance instance = signed("2026-03-19", false, false);
    correlate(instance, MESSAGE_WITHDRAWAL, vars(EVENT_DATE, LocalDate.of(2026, 3, 10)));
    passTimer(instance, BOUNDARY_WITHDRAWAL_ASSESSMENT_OVERDUE);
    complete(instance, TASK_ASSESS_WORK_DONE_BEFORE_WITHDRAWAL, vars(WORK_DONE_PERCENT, new BigDecimal("25")));
    assertThat(instance).hasPassed(END_WITHDRAWAL_WORK_ASSESSED, TASK_WITHDRAW_ORDER, END_ORDER_WITHDRAWN)
        .hasNotPassed(END_WITHDRAWAL_ASSESSMENT_FOLLOWED_UP).isEnded();
    assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  /** A task due date as the model sets it: 23:59 Brussels on that day. */
  private static java.util.Date due(String isoDate) {
    return be.contractflow.calendar.BusinessCalendar.belgian().taskDue(isoDate);
  }
}
