package be.contractflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every job has a due date (issue 16: the executor acquires due jobs oldest first and, so, only
 * jobs with a due date); one written without, by a version before that setting, is made due since
 * its creation when the engine starts instead of waiting for ever.
 */
@SpringBootTest
@ActiveProfiles("test")
class JobsWithoutDueDateTest {

  @Autowired ProcessEngine engine;
  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;
  @Autowired JobsWithoutDueDate plugin;

  @Test
  void issue_16_a_job_left_without_a_due_date_is_due_since_its_creation_once_the_engine_starts() {
    repository.createDeployment().addModelInstance("job-due-date-probe.bpmn",
        Bpmn.createExecutableProcess("job-due-date-probe").name("Job due date probe")
            .camundaHistoryTimeToLive(4018)
            .startEvent("StartEvent_Started").name("Started")
            .manualTask("Task_Continued").name("Continued").camundaAsyncBefore()
            .endEvent("EndEvent_Done").name("Done")
            .done()).deploy();
    String instance = runtime.startProcessInstanceByKey("job-due-date-probe").getId();
    Job job = management.createJobQuery().processInstanceId(instance).singleResult();
    // the engine reads its clock once for the creation time and once for the due date: the same
    // instant, or the next millisecond
    assertThat(job.getDuedate()).as("a new asynchronous step is due when created")
        .isCloseTo(job.getCreateTime(), 1000);

    // as an earlier version wrote it
    jdbc.sql("update ACT_RU_JOB set DUEDATE_ = null where ID_ = ?").param(job.getId()).update();
    assertThat(acquirable()).as("acquired before the engine starts again")
        .doesNotContain(job.getId());

    plugin.postProcessEngineBuild(engine);

    assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getDuedate())
        .isEqualTo(job.getCreateTime());
    assertThat(acquirable()).contains(job.getId());
  }

  /** What the job executor's next acquisition would take. */
  private List<String> acquirable() {
    return configuration.getCommandExecutorTxRequired().execute(context -> context.getJobManager()
        .findNextJobsToExecute(new Page(0, 1000)).stream().map(AcquirableJobEntity::getId)
        .toList());
  }
}
