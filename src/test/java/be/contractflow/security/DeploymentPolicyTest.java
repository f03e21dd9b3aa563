package be.contractflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.contractflow.process.ProcessVariables;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 10, finding 1: a process owner's deployment cannot run code. Each attack of the probe is
 * replayed as {@code owner} over {@code POST /engine-rest/deployment/create} (what Camunda Modeler
 * sends) and must answer 400 naming the element and its line, deploy nothing and leave no trace: no
 * file, no variable, no membership. Then the evaluator itself is tried directly (defence in depth).
 */
// its own context, created when this class starts: /engine-rest finds its engine by name in
// Camunda's static registry, where the most recently built engine of the test JVM is "default"
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "contractflow.test.context=deployment-policy")
@ActiveProfiles("test")
// closed after the class: one more cached context with an engine and a web server is memory the
// suite's single JVM does not have to spare
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DeploymentPolicyTest {

  /** The marker file each attack tries to create, in a fresh directory per test class. */
  @TempDir static Path scratch;

  @Autowired TestRestTemplate http;
  @Autowired org.camunda.bpm.engine.IdentityService identities;

  /**
   * The shared context may carry a moved engine clock or a login delay from an earlier test class;
   * these tests sign in as the demo users.
   */
  @org.junit.jupiter.api.BeforeEach
  void signInAsTheDemoUsers() {
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    for (String user : List.of("demo", "sales", "production", "accounting", "owner", "auditor")) {
      identities.unlockUser(user);
    }
  }
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired ProcessEngine processEngine;

  /** A one-task process; {@code task} lands on line 6, the line the refusal must name. */
  private static String process(String key, String task) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Attack" targetNamespace="http://contractflow.be/attack">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="StartEvent_Go" />
            <bpmn:sequenceFlow id="Flow_GoToAttack" sourceRef="StartEvent_Go" targetRef="Task_Attack" />
            %s
            <bpmn:sequenceFlow id="Flow_AttackToDone" sourceRef="Task_Attack" targetRef="EndEvent_Done" />
            <bpmn:endEvent id="EndEvent_Done" />
          </bpmn:process>
        </bpmn:definitions>
        """
        .formatted(key, task);
  }

  private static Path marker(String name) {
    return scratch.resolve(name);
  }

  static Stream<Arguments> attacks() {
    return Stream.of(
        Arguments.of(
            "runtime-exec",
            "<bpmn:serviceTask id=\"Task_Attack\" camunda:expression=\"${''.getClass().forName('java.lang.Runtime')"
                + ".getMethod('getRuntime').invoke(null).exec('touch " + marker("runtime-exec") + "')}\" />",
            "getClass"),
        Arguments.of(
            "copy-to-program",
            "<bpmn:serviceTask id=\"Task_Attack\" camunda:expression=\"${jdbcTemplate.execute("
                + "'COPY (SELECT 1) TO PROGRAM \\'touch " + marker("copy-to-program") + "\\'')}\" />",
            "names the application bean 'jdbcTemplate'"),
        Arguments.of(
            "datasource-connection",
            "<bpmn:serviceTask id=\"Task_Attack\" camunda:expression=\"${dataSource.getConnection()"
                + ".createStatement().execute('COPY (SELECT 1) TO PROGRAM \\'touch "
                + marker("datasource-connection") + "\\'')}\" />",
            "names the application bean 'dataSource'"),
        Arguments.of(
            "password-hashes",
            "<bpmn:serviceTask id=\"Task_Attack\" camunda:expression=\"${execution.setVariable('hashes',"
                + " jdbcTemplate.queryForList('SELECT PWD_ FROM ACT_ID_USER'))}\" />",
            "names the application bean 'jdbcTemplate'"),
        Arguments.of(
            "async-admin-membership",
            "<bpmn:serviceTask id=\"Task_Attack\" camunda:asyncBefore=\"true\" camunda:expression=\""
                + "${execution.getProcessEngineServices().getIdentityService()"
                + ".createMembership('owner', 'camunda-admin')}\" />",
            "getProcessEngineServices"),
        Arguments.of(
            "identity-service-bean",
            "<bpmn:serviceTask id=\"Task_Attack\" camunda:asyncBefore=\"true\" camunda:expression=\""
                + "${identityService.createMembership('owner', 'camunda-admin')}\" />",
            "'createMembership()' on 'identityService'"),
        Arguments.of(
            "juel-script-task",
            "<bpmn:scriptTask id=\"Task_Attack\" scriptFormat=\"juel\"><bpmn:script>"
                + "${execution.setVariable('hashes', ''.getClass())}</bpmn:script></bpmn:scriptTask>",
            "'scriptTask' is refused"),
        Arguments.of(
            "camunda-class",
            "<bpmn:serviceTask id=\"Task_Attack\" camunda:class=\"org.springframework.jdbc.core.JdbcTemplate\" />",
            "camunda:class=\"org.springframework.jdbc.core.JdbcTemplate\" is refused"),
        Arguments.of(
            "class-listener",
            "<bpmn:task id=\"Task_Attack\"><bpmn:extensionElements><camunda:executionListener"
                + " class=\"java.lang.ProcessBuilder\" event=\"start\" /></bpmn:extensionElements></bpmn:task>",
            "camunda:class=\"java.lang.ProcessBuilder\" is refused"),
        Arguments.of(
            "script-listener",
            "<bpmn:task id=\"Task_Attack\"><bpmn:extensionElements><camunda:executionListener event=\"start\">"
                + "<camunda:script scriptFormat=\"groovy\">'touch x'.execute()</camunda:script>"
                + "</camunda:executionListener></bpmn:extensionElements></bpmn:task>",
            "'script' is refused"),
        Arguments.of(
            "unlisted-bean-method",
            "<bpmn:serviceTask id=\"Task_Attack\" camunda:expression=\"${deadlines.settle('x', null)}\" />",
            "'deadlines.settle()', which models may not call"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void a_process_owner_deployment_that_would_run_code_is_refused_with_400_and_leaves_no_trace(
      String attack, String task, String reason) {
    String key = "attack-" + attack;

    ResponseEntity<JsonNode> response = deploy("owner", key, key + ".bpmn", process(key, task));

    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = response.getBody();
    assertThat(body.path("type").asText()).isEqualTo("ParseException");
    assertThat(body.path("message").asText()).contains("deployment policy").contains(reason);
    JsonNode problem = body.path("details").path(key + ".bpmn").path("errors").path(0);
    assertThat(problem.path("mainElementId").asText()).isEqualTo("Task_Attack");
    assertThat(problem.path("line").asInt()).isEqualTo(6);
    assertNoTrace(key);
  }

  @Test
  void a_decision_table_in_juel_is_refused_naming_the_input() {
    String dmn =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Attack" name="Attack" namespace="http://contractflow.be/attack">
          <decision id="Decision_Attack" name="Attack">
            <decisionTable id="DecisionTable_Attack">
              <input id="Input_Runtime" label="Runtime">
                <inputExpression id="InputExpression_Runtime" typeRef="string" expressionLanguage="juel">
                  <text>${''.getClass()}</text>
                </inputExpression>
              </input>
              <output id="Output_Result" name="result" typeRef="string" />
            </decisionTable>
          </decision>
        </definitions>
        """;

    ResponseEntity<JsonNode> response = deploy("owner", "attack-dmn", "attack.dmn", dmn);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("message").asText())
        .contains("expressionLanguage=\"juel\" is refused")
        .contains("line 6")
        .contains("InputExpression_Runtime");
    assertThat(repositoryService.createDeploymentQuery().deploymentName("attack-dmn").count()).isZero();
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("Decision_Attack").count())
        .isZero();
  }

  @Test
  void a_process_owner_still_deploys_the_products_own_models_over_engine_rest() throws IOException {
    for (String model : new String[] {"delivery.bpmn", "payment.bpmn", "terms-payment.dmn"}) {
      String xml = new ClassPathResource("bpmn/" + model).getContentAsString(StandardCharsets.UTF_8);

      ResponseEntity<JsonNode> response = deploy("owner", "redeploy-" + model, model, xml);

      assertThat(response.getStatusCode()).as(model + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
    }
  }

  // --- defence in depth: the evaluator itself ---

  @Test
  void the_evaluator_refuses_class_and_reflection_even_without_the_deploy_check() {
    String execution = anExecution();

    assertThatThrownBy(() -> evaluate(execution, "${''.getClass().forName('java.lang.Runtime')}"))
        .hasMessageContaining("may not use 'getClass'");
    assertThatThrownBy(() -> evaluate(execution, "${execution.processEngineServices}"))
        .hasMessageContaining("may not use 'processEngineServices'");
    assertThatThrownBy(() -> evaluate(execution, "${execution.getProcessEngine()}"))
        .hasMessageContaining("may not use 'getProcessEngine'");
    assertThatThrownBy(() -> evaluate(execution, "${businessClock.getClass()}"))
        .hasMessageContaining("may not use 'getClass'");
  }

  @Test
  void the_evaluator_does_not_resolve_unlisted_beans() {
    String execution = anExecution();

    for (String bean : new String[] {"dataSource", "jdbcTemplate", "identityService", "processEngine"}) {
      assertThatThrownBy(() -> evaluate(execution, "${" + bean + "}"))
          .as(bean)
          .hasMessageContaining("Unknown property used in expression");
    }
    assertThatThrownBy(() -> evaluate(execution, "${deadlines.settle('x', null)}"))
        .hasMessageContaining("may not use 'settle'");
  }

  @Test
  void the_evaluator_still_runs_the_grammar_the_models_use() {
    String execution = anExecution();
    runtimeService.setVariable(execution, ProcessVariables.DUE_DATE, "2026-03-02");

    assertThat(evaluate(execution, "${businessCalendar.endOf(dueDate)}")).isInstanceOf(Date.class);
    assertThat(evaluate(execution, "${businessClock.today().toString()}")).asString().hasSize(10);
    assertThat(evaluate(execution, "${execution.getVariable('dueDate') == '2026-03-02'}")).isEqualTo(true);
    assertThat(evaluate(execution, "${dueDate.length() > 0 and !empty dueDate}")).isEqualTo(true);
  }

  @Test
  void an_overloaded_calendar_method_is_chosen_by_its_arguments_type_and_its_errors_name_their_cause() {
    String execution = anExecution();
    runtimeService.setVariable(execution, ProcessVariables.DUE_DATE, "2026-03-31");
    Date endOfDueDay = Date.from(java.time.ZonedDateTime.of(2026, 4, 1, 0, 0, 0, 0,
        java.time.ZoneId.of("Europe/Brussels")).toInstant());

    // endOf(String) for a text, endOf(LocalDate) for a date: 24:00 Brussels time either way
    assertThat(evaluate(execution, "${businessCalendar.endOf(dueDate)}")).isEqualTo(endOfDueDay);
    assertThat(evaluate(execution, "${businessCalendar.endOf(businessCalendar.afterDays(dueDate, 0))}"))
        .isEqualTo(endOfDueDay);
    assertThatThrownBy(() -> evaluate(execution, "${businessCalendar.endOf('2026-02-30')}"))
        .hasMessageContaining("2026-02-30")
        .hasRootCauseInstanceOf(java.time.DateTimeException.class);
  }

  @Test
  void no_script_engine_is_handed_out() {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

    for (String language : new String[] {"juel", "javascript", "groovy"}) {
      assertThatThrownBy(
              () ->
                  configuration
                      .getCommandExecutorTxRequired()
                      .execute(context -> configuration.getScriptingEngines().getScriptEngineForLanguage(language)))
          .hasMessageContaining("scripts are switched off");
    }
  }

  private String anExecution() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("security-test");
    return instance.getId();
  }

  private Object evaluate(String executionId, String expression) {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    return configuration
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              ExecutionEntity execution = context.getExecutionManager().findExecutionById(executionId);
              return configuration.getExpressionManager().createExpression(expression).getValue(execution);
            });
  }

  private void assertNoTrace(String key) {
    assertThat(repositoryService.createDeploymentQuery().deploymentName(key).count()).isZero();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    assertThat(scratch).isEmptyDirectory();
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName("hashes").count()).isZero();
    assertThat(identityService.createUserQuery().userId("owner").memberOfGroup(Groups.CAMUNDA_ADMIN).count())
        .isZero();
  }

  private ResponseEntity<JsonNode> deploy(String user, String name, String fileName, String xml) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", name);
    parts.add(
        "data",
        new ByteArrayResource(xml.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return fileName;
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, user)
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), JsonNode.class);
  }
}
