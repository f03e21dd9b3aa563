package be.contractflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.bpmn.parser.DefaultFailedJobParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A failed job is retried 3 times, 5 minutes apart, before it raises an incident: the cycle is set
 * once for the engine ({@code failedJobRetryTimeCycle} in application.yaml), and every save point
 * and timer of the shipped models carries it.
 */
@SpringBootTest
@ActiveProfiles("test")
class JobRetryCycleTest {

  private static final List<String> MODELS =
      List.of("order", "delivery", "go-live-windows", "change-request", "payment", "subscription", "termination");

  @Autowired ProcessEngine engine;

  @Test
  void the_engine_retries_a_failed_job_3_times_5_minutes_apart() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getFailedJobRetryTimeCycle()).isEqualTo("R3/PT5M");
  }

  @Test
  void every_save_point_and_timer_of_the_models_retries_3_times_5_minutes_apart() {
    var repository = (RepositoryServiceImpl) engine.getRepositoryService();
    List<String> checked = new ArrayList<>();
    for (String key : MODELS) {
      var definition = (ProcessDefinitionEntity) repository.getDeployedProcessDefinition(
          engine.getRepositoryService().createProcessDefinitionQuery()
              .processDefinitionKey(key).latestVersion().singleResult().getId());
      for (ActivityImpl activity : activities(definition)) {
        if (!activity.isAsyncBefore() && !activity.isAsyncAfter() && !isTimer(activity)) {
          continue;
        }
        var retry = activity.getProperties()
            .get(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION);
        assertThat(retry).as("%s %s", key, activity.getId()).isNotNull();
        assertThat(retry.getRetries()).as("%s %s", key, activity.getId()).isEqualTo(3);
        assertThat(retry.getRetryIntervals()).as("%s %s", key, activity.getId())
            .containsExactly("R3/PT5M");
        checked.add(key + " " + activity.getId());
      }
    }
    // 49 save points carried the cycle in the models before it was set once, and 25 timers
    assertThat(checked).hasSizeGreaterThanOrEqualTo(49 + 25);
  }

  private static boolean isTimer(ActivityImpl activity) {
    String type = (String) activity.getProperties().get(BpmnProperties.TYPE);
    return type != null && type.toLowerCase().contains("timer");
  }

  private static List<ActivityImpl> activities(ScopeImpl scope) {
    List<ActivityImpl> all = new ArrayList<>();
    for (ActivityImpl activity : scope.getActivities()) {
      all.add(activity);
      all.addAll(activities(activity));
    }
    return all;
  }
}
