package be.contractflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Retention (issue 15, README "Retention"): history is kept 4018 days (11 years) after a process
 * ends, the Belgian accounting/VAT retention, then Camunda's history cleanup removes it. The clock
 * jumps 11 years ahead and the cleanup removes every finished instance in the application's
 * database: this test gets a context of its own.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HistoryRetentionTest {

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void history_cleanup_is_configured_for_the_belgian_retention_in_a_night_window() {
    assertThat(configuration.getHistoryTimeToLive()).isEqualTo("P4018D");
    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("20:00+0100");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00+0100");
    assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
        .filteredOn(d -> !d.getKey().startsWith("platform-smoke")
            && !d.getKey().startsWith("security-test"))
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(4018));
  }

  @Test
  void a_finished_instance_past_its_11_years_is_removed_by_the_cleanup_job_one_within_them_is_kept() {
    repository.createDeployment().addModelInstance("retention-probe.bpmn",
        Bpmn.createExecutableProcess("retention-probe").name("Retention probe")
            .camundaHistoryTimeToLive(4018)
            .startEvent("StartEvent_Probed").name("Probed")
            .endEvent("EndEvent_Done").name("Done")
            .done()).deploy();

    at(LocalDate.of(2026, 1, 12));
    String old = runtime.startProcessInstanceByKey("retention-probe", "old").getId();
    at(LocalDate.of(2030, 6, 3));
    String recent = runtime.startProcessInstanceByKey("retention-probe", "recent").getId();

    // 2026-01-12 + 4018 days = 2037-01-12: past for the first, 2041 for the second
    at(LocalDate.of(2037, 2, 2));
    var jobs = history.cleanUpHistoryAsync(true);
    assertThat(jobs).isNotNull();
    for (Job job : management.createJobQuery().list()) {
      if ("history-cleanup".equals(jobHandlerType(job))) {
        management.executeJob(job.getId());
      }
    }

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(old).count())
        .as("ended 2026-01-12, removal time 2037-01-12").isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(recent).count())
        .as("ended 2030-06-03, removal time 2041-06-03").isOne();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(recent)
        .singleResult().getRemovalTime())
        .isEqualTo(Date.from(LocalDate.of(2030, 6, 3).atTime(12, 0).atZone(BRUSSELS).toInstant()
            .plus(java.time.Duration.ofDays(4018))));
  }

  private String jobHandlerType(Job job) {
    return ((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) job).getJobHandlerType();
  }

  private static void at(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(12, 0).atZone(BRUSSELS).toInstant()));
  }
}
