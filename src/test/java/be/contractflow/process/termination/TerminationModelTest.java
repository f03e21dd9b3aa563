package be.contractflow.process.termination;

import be.contractflow.ledger.DeadlineKind;
import static be.contractflow.process.termination.TerminationVariables.*;
import static be.contractflow.support.model.ModelDriver.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.verify;

import be.contractflow.support.model.ModelEngine;
import be.contractflow.support.model.ModelTestBase;
import be.contractflow.time.BusinessClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code bpmn/termination.bpmn} alone, its delegates mocked: every path (ends later or at once,
 * site stored or not, each overdue timer), time moved on the engine clock.
 */
@Deployment(resources = TerminationModelTest.MODEL)
class TerminationModelTest extends ModelTestBase {

  static final String MODEL = "bpmn/termination.bpmn";

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ModelEngine.withCoverageAtLeast(ModelEngine.REQUIRED_COVERAGE);

  static final LocalDate REQUESTED = LocalDate.of(2026, 3, 2); // a Monday
  static final LocalDate END = LocalDate.of(2026, 3, 31);

  @Override
  protected String model() {
    return MODEL;
  }

  @Override
  protected LocalDate startsOn() {
    return REQUESTED;
  }

  private ProcessInstance request(boolean endsAtOnce, boolean storeSite) {
    return start(PROCESS_KEY, "C-2026-0001", vars(
        CONTRACT_NUMBER, "C-2026-0001",
        REQUESTED_ON, REQUESTED,
        EFFECTIVE_END_DATE, endsAtOnce ? REQUESTED : END,
        ENDS_AT_ONCE, endsAtOnce,
        STORE_SITE, storeSite,
        SITE_OFFLINE_DEADLINE_KEY, DeadlineKind.SITE_OFFLINE.key("C-2026-0001"),
        SERVICES_STOPPED_DEADLINE_KEY, DeadlineKind.SERVICES_STOPPED.key("C-2026-0001")));
  }

  @Test
  void the_contract_ends_at_24h_on_its_effective_end_date_and_the_site_is_stored_meanwhile() throws Exception {
    ProcessInstance instance = request(false, true);

    assertThat(instance).isWaitingAt(TIMER_EFFECTIVE_END, TASK_STORE_SITE);
    assertThat(timerDue(instance, TIMER_EFFECTIVE_END))
        .isEqualTo(ZonedDateTime.of(END.plusDays(1), LocalTime.MIDNIGHT, BusinessClock.ZONE).toInstant());
    complete(instance, TASK_STORE_SITE);
    verify(beans.deadlines()).met(DeadlineKind.SITE_OFFLINE.key("C-2026-0001"));

    passTimer(instance, TIMER_EFFECTIVE_END);
    assertThat(instance).hasPassed(TASK_END_CONTRACT).isWaitingAt(TASK_STOP_SERVICES);
    complete(instance, TASK_STOP_SERVICES);

    assertThat(instance).hasPassed(END_SITE_STORED, END_CONTRACT_ENDED).isEnded();
    verify(beans.delegateOf(TASK_CONFIRM_TERMINATION)).execute(org.mockito.ArgumentMatchers.any());
    verify(beans.deadlines()).met(DeadlineKind.SERVICES_STOPPED.key("C-2026-0001"));
  }

  @Test
  void a_contract_ending_at_once_is_ended_without_waiting_and_has_no_site_to_store() {
    ProcessInstance instance = request(true, false);

    assertThat(instance).hasPassed(END_NO_SITE_TO_STORE, TASK_END_CONTRACT).isWaitingAt(TASK_STOP_SERVICES);
    // one business day after the end: Tuesday 3 March
    assertThat(task(instance, TASK_STOP_SERVICES).getDueDate().toInstant().atZone(BusinessClock.ZONE).toLocalDate())
        .isEqualTo(LocalDate.of(2026, 3, 3));
    complete(instance, TASK_STOP_SERVICES);
    assertThat(instance).hasPassed(END_CONTRACT_ENDED).isEnded();
  }

  @Test
  void BDB_R13_1_a_site_not_stored_within_a_business_day_opens_a_follow_up_and_stays_open() {
    ProcessInstance instance = request(false, true);

    passTimer(instance, BOUNDARY_STORE_SITE_OVERDUE);
    assertThat(today()).isEqualTo(LocalDate.of(2026, 3, 4)); // 24:00 on Tuesday 3 March
    verify(beans.deadlines()).missed(DeadlineKind.SITE_OFFLINE.key("C-2026-0001"));
    assertThat(instance).isWaitingAt(TASK_STORE_SITE, TASK_FOLLOW_UP_STORE_SITE, TIMER_EFFECTIVE_END);
    complete(instance, TASK_FOLLOW_UP_STORE_SITE);
    assertThat(instance).hasPassed(END_STORE_SITE_FOLLOWED_UP).isWaitingAt(TASK_STORE_SITE);

    passTimer(instance, BOUNDARY_ENDED_BEFORE_STORED);
    assertThat(instance).hasPassed(END_SITE_LEFT_TO_SERVICES_STOP, TASK_END_CONTRACT)
        .isWaitingAt(TASK_STOP_SERVICES);
  }

  @Test
  void services_not_stopped_within_a_business_day_of_the_end_open_a_follow_up() {
    ProcessInstance instance = request(true, false);

    passTimer(instance, BOUNDARY_STOP_SERVICES_OVERDUE);
    verify(beans.deadlines()).missed(DeadlineKind.SERVICES_STOPPED.key("C-2026-0001"));
    assertThat(instance).isWaitingAt(TASK_STOP_SERVICES, TASK_FOLLOW_UP_STOP_SERVICES);
    complete(instance, TASK_FOLLOW_UP_STOP_SERVICES);
    complete(instance, TASK_STOP_SERVICES);
    assertThat(instance).hasPassed(END_STOP_SERVICES_FOLLOWED_UP, END_CONTRACT_ENDED).isEnded();
  }
}
