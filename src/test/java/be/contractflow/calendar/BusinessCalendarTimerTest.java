package be.contractflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The calendar inside BPMN expressions: a {@code timeDate} given a {@link Date} from
 * {@code businessCalendar.endOf(...)} (Camunda 7 accepts a String or a java.util.Date there), an
 * ISO string from {@code isoEndOf}, and a task due date from {@code taskDue}.
 */
class BusinessCalendarTimerTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .useProcessEngine(inMemoryEngineWithCalendar())
      .build();

  private static ProcessEngine inMemoryEngineWithCalendar() {
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:business-calendar-timer;DB_CLOSE_DELAY=-1");
    configuration.setJobExecutorActivate(false);
    configuration.setBeans(Map.<Object, Object>of("businessCalendar", BusinessCalendar.belgian()));
    return configuration.buildProcessEngine();
  }

  /** The Spring tests register their own engine too: tell the assertions which one to use. */
  @BeforeEach
  void useThisEngine() {
    BpmnAwareTests.init(engine.getProcessEngine());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void ART_1_7_a_date_timer_fires_at_24h_on_the_rolled_last_day_of_a_15_day_period() {
    deploy(Bpmn.createExecutableProcess("CalendarDateTimer")
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_InvoiceIssued")
        .intermediateCatchEvent("TimerEvent_PaymentTermEnded")
        .timerWithDate("${businessCalendar.endOf(businessCalendar.afterDays(issueDate, termDays))}")
        .endEvent("EndEvent_PaymentTermEnded")
        .done());
    ClockUtil.setCurrentTime(at("2026-05-09T10:00:00Z"));

    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(
        "CalendarDateTimer", Map.of("issueDate", "2026-05-09", "termDays", 15));

    // 9 May + 15 days = Sunday 24 May, Whit Monday 25 May -> Tuesday 26 May, ends at 24:00 CEST
    assertThat(job(instance).getDuedate()).isEqualTo(at("2026-05-26T22:00:00Z"));
    execute(job(instance));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void an_iso_string_with_offset_works_as_timer_date_too() {
    deploy(Bpmn.createExecutableProcess("CalendarIsoTimer")
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_NoticeReceived")
        .intermediateCatchEvent("TimerEvent_NoticeEnded")
        .timerWithDate("${businessCalendar.isoEndOf(businessCalendar.afterMonths(received, 3))}")
        .endEvent("EndEvent_NoticeEnded")
        .done());

    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(
        "CalendarIsoTimer", Map.of("received", "2026-05-20"));

    // VIR-7: 20 May + 3 months = Thursday 20 Aug, ends at 24:00 CEST
    assertThat(job(instance).getDuedate()).isEqualTo(at("2026-08-20T22:00:00Z"));
  }

  @Test
  void BDB_6_3_a_task_due_date_is_23_59_on_the_tenth_business_day() {
    deploy(Bpmn.createExecutableProcess("CalendarTaskDue")
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_OfferAccepted")
        .userTask("Task_ProvideContents")
        .camundaDueDate("${businessCalendar.taskDue(businessCalendar.afterBusinessDays(accepted, 10))}")
        .endEvent("EndEvent_ContentsProvided")
        .done());

    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(
        "CalendarTaskDue", Map.of("accepted", "2026-04-02"));

    // Thursday 2 Apr 2026 + 10 business days, Easter Monday skipped = Friday 17 Apr
    assertThat(task(instance).getDueDate()).isEqualTo(at("2026-04-17T21:59:00Z"));
  }

  private static void deploy(BpmnModelInstance model) {
    String resource = model.getModelElementsByType(Process.class).iterator().next().getId() + ".bpmn";
    engine.manageDeployment(engine.getRepositoryService().createDeployment()
        .addModelInstance(resource, model).deploy());
  }

  private static Date at(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
