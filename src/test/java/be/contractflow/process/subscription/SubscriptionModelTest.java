package be.contractflow.process.subscription;

import static be.contractflow.process.subscription.SubscriptionVariables.*;
import static be.contractflow.support.model.ModelDriver.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.process.ContractEventType;
import be.contractflow.process.subscription.SubscriptionSchedule.StepType;
import be.contractflow.support.model.ModelEngine;
import be.contractflow.support.model.ModelTestBase;
import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code bpmn/subscription.bpmn} alone, delegates mocked: the schedule loop with its renewal
 * price (set, or the current price kept at J−30) and buy-out quote (asked or not), monthly visits,
 * suspension and restoration, provider interruption and compensation, resolution and the end.
 */
@Deployment(resources = SubscriptionModelTest.MODEL)
class SubscriptionModelTest extends ModelTestBase {

  static final String MODEL = "bpmn/subscription.bpmn";

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ModelEngine.withCoverageAtLeast(ModelEngine.REQUIRED_COVERAGE);

  static final LocalDate START = LocalDate.of(2026, 3, 2);
  static final String CONTRACT = "C-2026-0001";

  /** What "Run scheduled step" plans, step by step. */
  final Deque<Map<String, Object>> steps = new ArrayDeque<>();

  @Override
  protected String model() {
    return MODEL;
  }

  @Override
  protected LocalDate startsOn() {
    return START;
  }

  @BeforeEach
  void stubs() {
    beans.does(TASK_RUN_STEP, execution -> execution.setVariables(steps.isEmpty()
        ? next(null, null)
        : steps.pop()));
  }

  private ProcessInstance started(boolean visits) {
    beans.sets(TASK_START_SUBSCRIPTION, NEXT_STEP, StepType.INVOICE, NEXT_STEP_DATE, LocalDate.parse("2026-04-01"),
        VISITS_DUE, visits);
    ProcessInstance instance = start(PROCESS_KEY, CONTRACT,
        vars(CONTRACT_NUMBER, CONTRACT, CONTRACT_KIND, ContractKind.RENTAL, CONTRACT_START, START));
    assertThat(instance).hasPassed(TASK_START_SUBSCRIPTION).isWaitingAt(TIMER_PERIOD_INVOICE);
    return instance;
  }

  @Test
  void a_period_is_run_on_its_first_day_and_the_subscription_ends_when_no_step_is_left() throws Exception {
    ProcessInstance instance = started(false);
    assertThat(instance).hasPassed(END_NO_VISITS);
    assertThat(timerDue(instance, TIMER_PERIOD_INVOICE))
        .isEqualTo(LocalDate.of(2026, 4, 1).atStartOfDay(BusinessClock.ZONE).toInstant());
    passTimer(instance, TIMER_PERIOD_INVOICE);
    // no visits and no step left: the subscription has nothing more to do
    assertThat(instance).hasPassed(TASK_RUN_STEP, END_SCHEDULE_DONE).isEnded();
    verify(beans.delegateOf(TASK_SEND_BUY_OUT), never()).execute(any());
  }

  /** What "Run scheduled step" writes after a step: the next one and its day, flags as given. */
  private static Map<String, Object> next(StepType step, String date, Object... flags) {
    Map<String, Object> variables = vars(NEXT_STEP, step,
        NEXT_STEP_DATE, date == null ? null : LocalDate.parse(date), BUY_OUT_DUE, false, RENEWAL_PRICE_DUE, false);
    variables.putAll(vars(flags));
    return variables;
  }

  @Test
  void each_contractual_milestone_waits_on_its_own_named_timer_until_its_day() {
    steps.add(next(StepType.REMINDER, "2026-04-16"));
    steps.add(next(StepType.DOMAIN_WARNING, "2026-04-20"));
    steps.add(next(StepType.ANNIVERSARY, "2026-05-01"));
    steps.add(next(StepType.STOP, "2026-05-16"));
    steps.add(next(null, null));
    ProcessInstance instance = started(false);

    for (var milestone : Map.of(TIMER_PERIOD_INVOICE, "2026-04-01", TIMER_RENEWAL_REMINDER, "2026-04-16",
        TIMER_DOMAIN_WARNING, "2026-04-20", TIMER_ANNIVERSARY, "2026-05-01", TIMER_STOP, "2026-05-16")
        .entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
      assertThat(instance).isWaitingAt(milestone.getKey());
      assertThat(timerDue(instance, milestone.getKey())).isEqualTo(
          LocalDate.parse(milestone.getValue()).atStartOfDay(BusinessClock.ZONE).toInstant());
      passTimer(instance, milestone.getKey());
      assertThat(today()).isEqualTo(LocalDate.parse(milestone.getValue()));
    }
    assertThat(instance).hasPassed(END_SCHEDULE_DONE).isEnded();
  }

  @Test
  void BDB_16_2_sales_sets_the_renewal_price_or_the_current_price_is_kept_at_the_tariff_notice() {
    steps.add(next(StepType.RENEWAL_PRICE, "2026-04-14"));
    steps.add(next(StepType.TARIFF, "2026-05-01", RENEWAL_PRICE_DUE, true,
        RENEWAL_TARIFF_DATE, LocalDate.parse("2026-05-01"), RENEWAL_PRICE_DUE_DATE, LocalDate.parse("2026-04-30")));
    steps.add(next(StepType.RENEWAL_PRICE, "2026-05-15"));
    steps.add(next(StepType.ANNIVERSARY, "2027-04-01", RENEWAL_PRICE_DUE, true,
        RENEWAL_TARIFF_DATE, LocalDate.parse("2026-06-01"), RENEWAL_PRICE_DUE_DATE, LocalDate.parse("2026-05-29")));
    ProcessInstance instance = started(false);

    passTimer(instance, TIMER_PERIOD_INVOICE);
    passTimer(instance, TIMER_RENEWAL_PRICE_TASK); // J-45
    assertThat(instance).isWaitingAt(TASK_SET_RENEWAL_PRICE, TIMER_TARIFF_NOTICE);
    assertThat(task(instance, TASK_SET_RENEWAL_PRICE).getDueDate().toInstant()
        .atZone(BusinessClock.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 30));
    complete(instance, TASK_SET_RENEWAL_PRICE, vars(RENEWAL_PRICE, new BigDecimal("110.00")));
    assertThat(instance).hasPassed(END_RENEWAL_PRICE_SET);

    passTimer(instance, TIMER_TARIFF_NOTICE); // J-30 of the first year
    passTimer(instance, TIMER_RENEWAL_PRICE_TASK); // the next price task
    passTimer(instance, TIMER_TARIFF_NOTICE_DUE); // nobody set it by 1 June
    assertThat(today()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(instance).hasPassed(END_CURRENT_PRICE_KEPT).isWaitingAt(TIMER_ANNIVERSARY);
  }

  @Test
  void BDB_R10_a_buy_out_quote_is_sent_when_the_client_asks_one_and_not_otherwise() throws Exception {
    steps.add(next(StepType.BUY_OUT, "2026-04-15"));
    steps.add(next(StepType.BUY_OUT, "2026-05-01", BUY_OUT_DUE, true, BUY_OUT_ANNIVERSARY, LocalDate.parse("2026-04-30")));
    steps.add(next(StepType.STOP, "2027-04-01", BUY_OUT_DUE, true, BUY_OUT_ANNIVERSARY, LocalDate.parse("2026-05-31")));
    ProcessInstance instance = started(false);

    passTimer(instance, TIMER_PERIOD_INVOICE);
    passTimer(instance, TIMER_BUY_OUT_QUOTE);
    assertThat(instance).isWaitingAt(TASK_PREPARE_BUY_OUT, TIMER_BUY_OUT_QUOTE);
    complete(instance, TASK_PREPARE_BUY_OUT, vars(BUY_OUT_PRICE, new BigDecimal("4000.00")));
    assertThat(instance).hasPassed(TASK_SEND_BUY_OUT, END_BUY_OUT_QUOTE_SENT);

    passTimer(instance, TIMER_BUY_OUT_QUOTE);
    complete(instance, TASK_PREPARE_BUY_OUT, vars(BUY_OUT_PRICE.name(), ""));
    assertThat(instance).hasPassed(END_NO_BUY_OUT).isWaitingAt(TIMER_STOP);
    verify(beans.delegateOf(TASK_SEND_BUY_OUT)).execute(any());
  }

  @Test
  void BDB_R10_a_buy_out_quote_left_overdue_gives_sales_a_follow_up_and_no_date_moves() {
    steps.add(next(StepType.BUY_OUT, "2026-04-15"));
    steps.add(next(StepType.BUY_OUT, "2026-05-15", BUY_OUT_DUE, true, BUY_OUT_ANNIVERSARY, LocalDate.parse("2026-04-30")));
    steps.add(next(StepType.STOP, "2027-04-01", BUY_OUT_DUE, true, BUY_OUT_ANNIVERSARY, LocalDate.parse("2026-05-31")));
    ProcessInstance instance = started(false);
    passTimer(instance, TIMER_PERIOD_INVOICE);
    passTimer(instance, TIMER_BUY_OUT_QUOTE);
    assertThat(instance).isWaitingAt(TASK_PREPARE_BUY_OUT, TIMER_BUY_OUT_QUOTE);

    passTimer(instance, BOUNDARY_BUY_OUT_QUOTE_OVERDUE);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 5, 1)); // 24:00 on 30 April, the anniversary
    var followUp = task(instance, TASK_FOLLOW_UP_BUY_OUT_QUOTE);
    assertThat(followUp).hasCandidateGroup("sales");
    assertThat(OVERDUE_TASK.get(taskService().getVariables(followUp.getId()))).isEqualTo("Prepare buy-out quote");
    assertThat(OVERDUE_SINCE.get(taskService().getVariables(followUp.getId())))
        .isEqualTo(LocalDate.of(2026, 4, 30));
    // the quote stays open, on its date
    assertThat(task(instance, TASK_PREPARE_BUY_OUT).getDueDate().toInstant()
        .atZone(BusinessClock.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 30));
    complete(instance, TASK_FOLLOW_UP_BUY_OUT_QUOTE);
    assertThat(instance).hasPassed(END_BUY_OUT_QUOTE_FOLLOWED_UP).isWaitingAt(TASK_PREPARE_BUY_OUT, TIMER_BUY_OUT_QUOTE);
    complete(instance, TASK_PREPARE_BUY_OUT, vars(BUY_OUT_PRICE.name(), ""));
    assertThat(instance).hasPassed(END_NO_BUY_OUT).isWaitingAt(TIMER_BUY_OUT_QUOTE);

    // next year's quote late, then prepared: its open follow-up closes with it
    passTimer(instance, TIMER_BUY_OUT_QUOTE);
    passTimer(instance, BOUNDARY_BUY_OUT_QUOTE_OVERDUE);
    assertThat(instance).isWaitingAt(TASK_PREPARE_BUY_OUT, TASK_FOLLOW_UP_BUY_OUT_QUOTE, TIMER_STOP);
    complete(instance, TASK_PREPARE_BUY_OUT, vars(BUY_OUT_PRICE.name(), ""));
    assertThat(instance).hasPassed(END_BUY_OUT_QUOTE_PREPARED).isWaitingAt(TIMER_STOP);
    assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void BDB_13_2_a_preventive_visit_is_due_each_month_from_its_first_day() {
    beans.sets(TASK_PLAN_VISIT, VISIT_MONTH_START, LocalDate.parse("2026-04-01"), VISIT_DUE_DATE, LocalDate.parse("2026-04-30"),
        VISIT_DEADLINE_KEY, "subscription/" + CONTRACT + "/visit-1");
    ProcessInstance instance = started(true);
    assertThat(instance).hasPassed(TASK_PLAN_VISIT).isWaitingAt(TIMER_VISIT_MONTH, TIMER_PERIOD_INVOICE);

    // the next month is planned as this month's visit opens, whatever staff do with it
    beans.sets(TASK_PLAN_VISIT, VISIT_MONTH_START, LocalDate.parse("2026-05-01"), VISIT_DUE_DATE, LocalDate.parse("2026-05-29"),
        VISIT_DEADLINE_KEY, "subscription/" + CONTRACT + "/visit-2");
    passTimer(instance, TIMER_VISIT_MONTH);
    assertThat(instance).isWaitingAt(TASK_PREVENTIVE_VISIT, TIMER_VISIT_MONTH);
    assertThat(task(instance, TASK_PREVENTIVE_VISIT).getDueDate().toInstant()
        .atZone(BusinessClock.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(timerDue(instance, TIMER_VISIT_MONTH))
        .isEqualTo(LocalDate.of(2026, 5, 1).atStartOfDay(BusinessClock.ZONE).toInstant());

    complete(instance, TASK_PREVENTIVE_VISIT);
    verify(beans.deadlines()).met("subscription/" + CONTRACT + "/visit-1");
    assertThat(instance).hasPassed(END_VISIT_MADE, END_MONTH_VISIT_DONE).isWaitingAt(TIMER_VISIT_MONTH);
  }

  @Test
  void BDB_13_2_a_visit_not_made_by_the_end_of_its_month_is_followed_up_and_the_next_month_opens_anyway() {
    beans.sets(TASK_PLAN_VISIT, VISIT_MONTH_START, LocalDate.parse("2026-04-01"), VISIT_DUE_DATE, LocalDate.parse("2026-04-30"),
        VISIT_DEADLINE_KEY, "subscription/" + CONTRACT + "/visit-1");
    ProcessInstance instance = started(true);
    beans.sets(TASK_PLAN_VISIT, VISIT_MONTH_START, LocalDate.parse("2026-05-01"), VISIT_DUE_DATE, LocalDate.parse("2026-05-29"),
        VISIT_DEADLINE_KEY, "subscription/" + CONTRACT + "/visit-2");
    passTimer(instance, TIMER_VISIT_MONTH);

    beans.sets(TASK_PLAN_VISIT, VISIT_MONTH_START, LocalDate.parse("2026-06-01"), VISIT_DUE_DATE, LocalDate.parse("2026-06-30"),
        VISIT_DEADLINE_KEY, "subscription/" + CONTRACT + "/visit-3");

    // 24:00 on 30 April = 00:00 on 1 May: April's visit still open, May's opens beside it
    passTimer(instance, TIMER_VISIT_OVERDUE);
    verify(beans.deadlines()).missed("subscription/" + CONTRACT + "/visit-1");
    assertThat(task(instance, TASK_FOLLOW_UP_VISIT)).hasCandidateGroup("production");
    assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService().createTaskQuery()
        .processInstanceId(instance.getId()).taskDefinitionKey(TASK_PREVENTIVE_VISIT).count())
        .as("April's late visit and May's").isEqualTo(2);
    assertThat(timerDue(instance, TIMER_VISIT_MONTH))
        .isEqualTo(LocalDate.of(2026, 6, 1).atStartOfDay(BusinessClock.ZONE).toInstant());
    complete(instance, TASK_FOLLOW_UP_VISIT);
    assertThat(instance).hasPassed(END_VISIT_FOLLOWED_UP);
  }

  @Test
  void suspension_restoration_interruption_and_compensation_are_recorded_while_the_schedule_runs() {
    ProcessInstance instance = started(false);
    correlate(instance, MESSAGE_SERVICES_SUSPENDED);
    correlate(instance, MESSAGE_SERVICES_RESTORED);
    correlate(instance, ContractEventType.SERVICE_INTERRUPTED.messageName());
    correlate(instance, ContractEventType.SERVICE_RESTORED.messageName());
    assertThat(instance).hasPassed(TASK_RECORD_SUSPENSION, END_SUSPENSION_RECORDED,
            TASK_RECORD_RESTORATION, END_RESTORATION_RECORDED,
            TASK_RECORD_INTERRUPTION, END_INTERRUPTION_RECORDED,
            TASK_COMPENSATE_INTERRUPTION, END_INTERRUPTION_COMPENSATED)
        .isWaitingAt(TIMER_PERIOD_INVOICE);
  }

  @Test
  void WJA_12_a_resolved_contract_is_handed_over_to_termination_and_its_end_stops_the_subscription() {
    beans.sets(TASK_PLAN_VISIT, VISIT_MONTH_START, LocalDate.parse("2026-04-01"), VISIT_DUE_DATE, LocalDate.parse("2026-04-30"),
        VISIT_DEADLINE_KEY, "subscription/" + CONTRACT + "/visit-1");
    ProcessInstance instance = started(true);
    correlate(instance, MESSAGE_CONTRACT_RESOLVED);
    assertThat(instance).hasPassed(TASK_HAND_OVER_RESOLUTION, END_HANDED_OVER)
        .isWaitingAt(TIMER_PERIOD_INVOICE, TIMER_VISIT_MONTH);
    // the end stops the schedule and the month's visit alike
    correlate(instance, MESSAGE_CONTRACT_CLOSED,
        vars(CONTRACT_CLOSED_AS, ContractStatus.ENDED));
    assertThat(instance).hasPassed(END_SUBSCRIPTION_ENDED).isEnded();
  }

  @Test
  void WJA_18_a_cancelled_order_stops_its_subscription_no_period_is_invoiced_after_it() {
    ProcessInstance instance = started(false);
    assertThat(timerDue(instance, TIMER_PERIOD_INVOICE))
        .isEqualTo(LocalDate.of(2026, 4, 1).atStartOfDay(BusinessClock.ZONE).toInstant());
    correlate(instance, MESSAGE_CONTRACT_CLOSED,
        vars(CONTRACT_CLOSED_AS, ContractStatus.CANCELLED));
    assertThat(instance).hasPassed(END_SUBSCRIPTION_ENDED).hasNotPassed(TASK_RUN_STEP).isEnded();
  }
}
