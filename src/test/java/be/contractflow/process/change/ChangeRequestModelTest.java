package be.contractflow.process.change;

import static be.contractflow.process.change.ChangeRequestVariables.*;
import static be.contractflow.support.model.ModelDriver.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import be.contractflow.process.ProcessVariables;
import be.contractflow.process.payment.PaymentVariables;
import be.contractflow.support.model.ModelEngine;
import be.contractflow.support.model.ModelTestBase;
import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code bpmn/change-request.bpmn} alone, delegates mocked: refused, free, offer lapsed, declined,
 * accepted (paid before the work and elements awaited, or invoiced after), the overdue update
 * (BDB-11.3) and the contract closing under it.
 */
@Deployment(resources = ChangeRequestModelTest.MODEL)
class ChangeRequestModelTest extends ModelTestBase {

  static final String MODEL = "bpmn/change-request.bpmn";

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ModelEngine.withCoverageAtLeast(ModelEngine.REQUIRED_COVERAGE);

  static final LocalDate REQUESTED = LocalDate.of(2026, 3, 2); // a Monday
  static final String CONTRACT = "C-2026-0001";

  @Override
  protected String model() {
    return MODEL;
  }

  @Override
  protected LocalDate startsOn() {
    return REQUESTED;
  }

  private ProcessInstance request() {
    ProcessInstance instance = start(PROCESS_KEY, CONTRACT + "-1", vars(
        CONTRACT_NUMBER, CONTRACT, REQUEST_DATE, REQUESTED,
        REQUEST_DESCRIPTION, "A contact form on the home page"));
    assertThat(instance).hasPassed(TASK_COMPUTE_HOURLY_RATE).isWaitingAt(TASK_ASSESS);
    return instance;
  }

  private ProcessInstance offered(boolean paidBeforeWork, boolean elementsAwaited) {
    beans.sets(TASK_SEND_CHANGE_OFFER, OFFER_VALID_UNTIL, LocalDate.of(2026, 4, 2),
        OFFER_DEADLINE_KEY, "change/" + CONTRACT + "-1/offer",
        PAID_BEFORE_WORK, paidBeforeWork, ELEMENTS_AWAITED, elementsAwaited);
    beans.sets(TASK_SCHEDULE_CHANGE_WORK, WORK_START_DUE, LocalDate.of(2026, 3, 9),
        WORK_START_DEADLINE_KEY, "change/" + CONTRACT + "-1/work-start");
    ProcessInstance instance = request();
    complete(instance, TASK_ASSESS, vars(DECISION, "OFFER", ESTIMATED_HOURS, new BigDecimal("4")));
    assertThat(instance).hasPassed(TASK_SEND_CHANGE_OFFER).isWaitingAt(TASK_RECORD_OFFER_ANSWER);
    return instance;
  }

  @Test
  void a_refused_request_ends_without_offer_or_work() throws Exception {
    ProcessInstance instance = request();
    complete(instance, TASK_ASSESS, vars(DECISION, "REFUSE"));
    assertThat(instance).hasPassed(END_CHANGE_REFUSED).isEnded();
    verify(beans.delegateOf(TASK_SEND_CHANGE_OFFER), never()).execute(any());
  }

  @Test
  void a_change_in_scope_is_made_free_within_10_business_days() {
    ProcessInstance instance = request();
    complete(instance, TASK_ASSESS, vars(DECISION, "FREE"));
    assertThat(instance).isWaitingAt(TASK_MAKE_FREE_CHANGE);
    assertThat(task(instance, TASK_MAKE_FREE_CHANGE).getDueDate().toInstant()
        .atZone(BusinessClock.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 16));
    complete(instance, TASK_MAKE_FREE_CHANGE);
    assertThat(instance).hasPassed(END_CHANGE_DONE_FREE).isEnded();
  }

  @Test
  void an_assessment_left_overdue_gives_production_a_follow_up_and_no_date_moves() {
    ProcessInstance instance = request();
    passTimer(instance, BOUNDARY_ASSESS_CHANGE_OVERDUE);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 3, 10)); // 24:00 on 9 March, request + 5 business days
    var followUp = task(instance, TASK_FOLLOW_UP_ASSESS_CHANGE);
    assertThat(followUp).hasCandidateGroup("production");
    assertThat(OVERDUE_TASK.get(taskService().getVariables(followUp.getId()))).isEqualTo("Assess change request");
    assertThat(OVERDUE_SINCE.get(taskService().getVariables(followUp.getId())))
        .isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(dueOf(followUp)).isEqualTo(LocalDate.of(2026, 3, 11));
    // the assessment stays open, on its date
    assertThat(dueOf(task(instance, TASK_ASSESS))).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(instance).isWaitingAt(TASK_ASSESS, TASK_FOLLOW_UP_ASSESS_CHANGE);

    complete(instance, TASK_FOLLOW_UP_ASSESS_CHANGE);
    assertThat(instance).hasPassed(END_ASSESS_CHANGE_FOLLOWED_UP).isWaitingAt(TASK_ASSESS);
    complete(instance, TASK_ASSESS, vars(DECISION, "REFUSE"));
    assertThat(instance).hasPassed(END_CHANGE_REFUSED).isEnded();
  }

  @Test
  void a_free_change_left_overdue_gives_production_a_follow_up_and_the_change_done_closes_it() {
    ProcessInstance instance = request();
    passTimer(instance, BOUNDARY_ASSESS_CHANGE_OVERDUE);
    complete(instance, TASK_ASSESS, vars(DECISION, "FREE"));
    // the assessment done closes its open follow-up; the request goes on as before
    assertThat(instance).hasPassed(END_CHANGE_REQUEST_ASSESSED).hasNotPassed(END_ASSESS_CHANGE_FOLLOWED_UP)
        .isWaitingAt(TASK_MAKE_FREE_CHANGE);
    assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);

    passTimer(instance, BOUNDARY_FREE_CHANGE_OVERDUE);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 3, 17)); // 24:00 on 16 March, request + 10 business days
    var followUp = task(instance, TASK_FOLLOW_UP_FREE_CHANGE);
    assertThat(followUp).hasCandidateGroup("production");
    assertThat(OVERDUE_TASK.get(taskService().getVariables(followUp.getId()))).isEqualTo("Make change free of charge");
    assertThat(OVERDUE_SINCE.get(taskService().getVariables(followUp.getId())))
        .isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(dueOf(task(instance, TASK_MAKE_FREE_CHANGE))).isEqualTo(LocalDate.of(2026, 3, 16));

    complete(instance, TASK_MAKE_FREE_CHANGE);
    assertThat(instance).hasPassed(END_CHANGE_DONE_FREE).hasNotPassed(END_FREE_CHANGE_FOLLOWED_UP).isEnded();
  }

  @Test
  void a_free_change_follow_up_done_leaves_the_change_open() {
    ProcessInstance instance = request();
    complete(instance, TASK_ASSESS, vars(DECISION, "FREE"));
    passTimer(instance, BOUNDARY_FREE_CHANGE_OVERDUE);
    complete(instance, TASK_FOLLOW_UP_FREE_CHANGE);
    assertThat(instance).hasPassed(END_FREE_CHANGE_FOLLOWED_UP).isWaitingAt(TASK_MAKE_FREE_CHANGE);
    complete(instance, TASK_MAKE_FREE_CHANGE);
    assertThat(instance).hasPassed(END_CHANGE_DONE_FREE).isEnded();
  }

  private static LocalDate dueOf(org.camunda.bpm.engine.task.Task task) {
    return task.getDueDate().toInstant().atZone(BusinessClock.ZONE).toLocalDate();
  }

  @Test
  void BDB_5_2a_an_offer_unanswered_lapses_at_the_end_of_its_validity() {
    ProcessInstance instance = offered(false, false);
    passTimer(instance, BOUNDARY_OFFER_LAPSED);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 4, 3)); // 24:00 on 2 April
    assertThat(instance).hasPassed(END_OFFER_LAPSED).isEnded();
    verify(beans.deadlines()).missed("change/" + CONTRACT + "-1/offer");
  }

  @Test
  void a_declined_offer_ends_the_request() {
    ProcessInstance instance = offered(false, false);
    complete(instance, TASK_RECORD_OFFER_ANSWER, vars(OFFER_ACCEPTED, false));
    assertThat(instance).hasPassed(END_OFFER_DECLINED).isEnded();
  }

  @Test
  void BDB_11_3_an_offer_paid_before_work_waits_for_payment_and_elements_then_the_update_is_due_and_followed_up() throws Exception {
    ProcessInstance instance = offered(true, true);
    complete(instance, TASK_RECORD_OFFER_ANSWER, vars(OFFER_ACCEPTED, true));
    assertThat(instance).hasPassed(TASK_ISSUE_CHANGE_INVOICE)
        .isWaitingAt(EVENT_CHANGE_INVOICE_SETTLED, EVENT_ELEMENTS_RECEIVED);

    correlate(instance, MESSAGE_INVOICE_SETTLED, vars(PaymentVariables.SETTLED_DATE, LocalDate.of(2026, 3, 4)));
    assertThat(instance).isWaitingAt(EVENT_ELEMENTS_RECEIVED);
    correlate(instance, MESSAGE_ELEMENTS_RECEIVED, vars(ProcessVariables.EVENT_DATE, "2026-03-05"));
    assertThat(instance).variables().containsEntry(PAID_ON.name(), "2026-03-04")
        .containsEntry(ELEMENTS_RECEIVED_ON.name(), "2026-03-05");
    assertThat(instance).hasPassed(TASK_SCHEDULE_CHANGE_WORK).isWaitingAt(TASK_MAKE_CHANGE);

    passTimer(instance, BOUNDARY_MAKE_CHANGE_OVERDUE);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 3, 10)); // 24:00 on 9 March
    assertThat(instance).isWaitingAt(TASK_MAKE_CHANGE, TASK_FOLLOW_UP_MAKE_CHANGE);
    complete(instance, TASK_FOLLOW_UP_MAKE_CHANGE);
    assertThat(instance).hasPassed(END_MAKE_CHANGE_FOLLOWED_UP);

    complete(instance, TASK_MAKE_CHANGE);
    assertThat(instance).hasPassed(END_CHANGE_DONE).hasNotPassed(TASK_INVOICE_CHANGE_WORK).isEnded();
    verify(beans.changeRequestChecks()).workStarted(any());
  }

  @Test
  void an_offer_not_paid_before_work_is_invoiced_after_the_change() throws Exception {
    ProcessInstance instance = offered(false, false);
    complete(instance, TASK_RECORD_OFFER_ANSWER, vars(OFFER_ACCEPTED, true));
    assertThat(instance).hasNotPassed(TASK_ISSUE_CHANGE_INVOICE).isWaitingAt(TASK_MAKE_CHANGE);
    complete(instance, TASK_MAKE_CHANGE);
    assertThat(instance).hasPassed(TASK_INVOICE_CHANGE_WORK, END_CHANGE_DONE).isEnded();
    verify(beans.delegateOf(TASK_INVOICE_CHANGE_WORK)).execute(any());
  }

  @Test
  void a_contract_closing_closes_the_open_change_request() {
    ProcessInstance instance = offered(false, false);
    correlate(instance, MESSAGE_CONTRACT_CLOSED);
    assertThat(instance).hasPassed(TASK_CLOSE_CHANGE_REQUEST, END_CHANGE_REQUEST_CLOSED).isEnded();
  }
}
