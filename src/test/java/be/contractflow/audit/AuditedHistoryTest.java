package be.contractflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine history the application keeps (issue 16, {@code process.AuditedHistory}): level
 * {@code full} without the rows of gateways no token waits in and without the value-by-value
 * history of variables the system computes; what a user enters keeps its full history.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditedHistoryTest {

  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;

  @Test
  void a_pass_through_gateway_a_sub_process_start_and_a_computed_variable_leave_no_row_what_a_user_entered_keeps_its_history() {
    repository.createDeployment().addModelInstance("audited-history-probe.bpmn",
        Bpmn.createExecutableProcess("audited-history-probe").name("Audited history probe")
            .camundaHistoryTimeToLive(4018)
            .startEvent("StartEvent_Asked").name("Asked")
            .exclusiveGateway("Gateway_Which").name("Which?")
            .subProcess("SubProcess_Answer").name("Answer").embeddedSubProcess()
              .startEvent("StartEvent_AnswerStarted").name("Answer started")
              .userTask("Task_Answer").name("Answer").camundaCandidateGroups("accounting")
              .endEvent("EndEvent_AnswerGiven").name("Answer given")
            .subProcessDone()
            .endEvent("EndEvent_Answered").name("Answered")
            .done()).deploy();
    String id = runtime.startProcessInstanceByKey("audited-history-probe", "probe",
        Map.of("computedBySystem", "2026-04-01")).getId();
    runtime.setVariable(id, "computedBySystem", "2026-04-02");

    String task = tasks.createTaskQuery().processInstanceId(id).singleResult().getId();
    identity.setAuthentication("accounting", java.util.List.of("accounting"));
    try {
      tasks.complete(task, Map.of("enteredByUser", "pay by 15 April"));
    } finally {
      identity.clearAuthentication();
    }

    // the engine still is at level full (an existing database starts unchanged)
    assertThat(configuration.getHistoryLevel().getName()).isEqualTo("full");
    assertThat(configuration.getHistoryLevel().getId()).isEqualTo(3);
    // the path: start, sub-process, task, ends; the audit view draws the exclusive gateway between
    // them and the sub-process's start with it
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(id).list())
        .extracting(HistoricActivityInstance::getActivityId)
        .containsExactlyInAnyOrder("StartEvent_Asked", "SubProcess_Answer", "Task_Answer",
            "EndEvent_AnswerGiven", "EndEvent_Answered");
    // every variable keeps its latest value
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id).list())
        .extracting(v -> v.getName() + "=" + v.getValue())
        .containsExactlyInAnyOrder("computedBySystem=2026-04-02",
            "enteredByUser=pay by 15 April");
    // only what a user entered has its value-by-value history, with who entered it
    assertThat(history.createHistoricDetailQuery().processInstanceId(id).variableUpdates().list())
        .singleElement()
        .satisfies(d -> {
          assertThat(((HistoricVariableUpdate) d).getVariableName()).isEqualTo("enteredByUser");
          assertThat(((HistoricVariableUpdate) d).getValue()).isEqualTo("pay by 15 April");
          assertThat(d.getUserOperationId()).isNotNull();
        });
  }
}
