package be.contractflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 10, finding 2: a refused call changes nothing. Every job and instance operation of {@code
 * /engine-rest} is called as each role; staff and auditors are refused with 403 before the engine
 * runs anything, and the job (retries, due date, suspension), its incidents and the instance
 * (state, activity, variables) are the same after as before. Process owners and the admin pass.
 */
// its own context, created when this class starts: /engine-rest finds its engine by name in
// Camunda's static registry, where the most recently built engine of the test JVM is "default"
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "contractflow.test.context=engine-rest-operations")
@ActiveProfiles("test")
// closed after the class: one more cached context with an engine and a web server is memory the
// suite's single JVM does not have to spare
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineRestOperationsTest {

  private static final String KEY = "engine-rest-operations-test";
  private static final List<String> REFUSED = List.of("sales", "production", "accounting", "auditor");

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
  @Autowired ManagementService managementService;

  /** What a user would notice of the instance and its timer job. */
  record State(
      int retries, Date duedate, boolean jobSuspended, long incidents, boolean instanceSuspended,
      List<String> activities, Map<String, Object> variables) {}

  @BeforeAll
  void deployAProcessWaitingOnATimer() {
    repositoryService
        .createDeployment()
        .name(KEY)
        .addModelInstance(
            KEY + ".bpmn",
            Bpmn.createExecutableProcess(KEY)
                .camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Go")
                .intermediateCatchEvent("TimerEvent_Wait")
                .timerWithDuration("P30D")
                .userTask("Task_After")
                .camundaCandidateGroups("process-owners")
                .endEvent("EndEvent_Done")
                .done())
        .deploy();
  }

  static Stream<Arguments> operations() {
    return Stream.of(
        Arguments.of("POST", "/job/{job}/execute", null),
        Arguments.of("PUT", "/job/{job}/retries", "{\"retries\":0}"),
        Arguments.of("PUT", "/job/{job}/suspended", "{\"suspended\":true}"),
        Arguments.of("PUT", "/job/{job}/duedate", "{\"duedate\":\"2030-01-01T00:00:00.000+0000\"}"),
        Arguments.of("PUT", "/job-definition/{jobDefinition}/suspended", "{\"suspended\":true}"),
        Arguments.of("POST", "/process-instance/{instance}/modification",
            "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_After\"}]}"),
        Arguments.of("PUT", "/process-instance/{instance}/suspended", "{\"suspended\":true}"),
        Arguments.of("PUT", "/process-instance/{instance}/variables/stolen", "{\"value\":\"x\",\"type\":\"String\"}"),
        Arguments.of("DELETE", "/process-instance/{instance}", null),
        Arguments.of("POST", "/migration/execute",
            "{\"processInstanceIds\":[\"{instance}\"],\"migrationPlan\":{\"sourceProcessDefinitionId\":\"x\","
                + "\"targetProcessDefinitionId\":\"x\",\"instructions\":[]}}"),
        Arguments.of("POST", "/process-definition/key/" + KEY + "/start", "{}"));
  }

  static Stream<Arguments> refusedCalls() {
    return REFUSED.stream()
        .flatMap(user -> operations().map(operation -> Arguments.of(user, operation.get()[0], operation.get()[1],
            operation.get()[2])));
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @MethodSource("refusedCalls")
  void a_job_or_instance_operation_refused_to_staff_and_auditors_changes_nothing(
      String user, String method, String path, String body) {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY);
    State before = state(instance.getId());
    long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();

    ResponseEntity<JsonNode> response = call(user, method, resolve(path, instance.getId()), body);

    assertThat(response.getStatusCode()).as("%s %s as %s: %s", method, path, user, response.getBody())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().path("detail").asText())
        .contains("camunda-admin, process-owners")
        .contains("Nothing was changed");
    assertThat(state(instance.getId())).isEqualTo(before);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(instances);
  }

  @Test
  void executing_a_job_three_times_as_staff_leaves_its_retries_and_raises_no_incident() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY);
    State before = state(instance.getId());

    for (String user : List.of("sales", "production", "auditor")) {
      call(user, "POST", resolve("/job/{job}/execute", instance.getId()), null);
    }

    assertThat(state(instance.getId())).isEqualTo(before);
    assertThat(before.retries()).isEqualTo(3);
    assertThat(before.incidents()).isZero();
  }

  @Test
  void a_start_form_reaches_the_engine_whose_grants_decide_who_starts_what() {
    long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();
    String submit = "/process-definition/key/" + KEY + "/submit-form";

    ResponseEntity<JsonNode> sales = call("sales", "POST", submit, "{\"variables\":{}}");
    assertThat(sales.getStatusCode()).as("no CREATE_INSTANCE grant on %s: %s", KEY, sales.getBody())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> auditor = call("auditor", "POST", submit, "{\"variables\":{}}");
    assertThat(auditor.getBody().path("detail").asText()).as("auditors never start")
        .contains("start forms").contains("Nothing was changed");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count())
        .isEqualTo(instances);
  }

  @Test
  void auditors_and_staff_cannot_list_job_ids() {
    for (String user : REFUSED) {
      assertThat(call(user, "GET", "/job", null).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(call(user, "GET", "/job/count", null).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void process_owners_and_the_admin_operate_jobs_and_instances() {
    for (String user : List.of("owner", "demo")) {
      ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY);

      ResponseEntity<JsonNode> retries = call(user, "PUT", resolve("/job/{job}/retries", instance.getId()), "{\"retries\":5}");
      ResponseEntity<JsonNode> suspended =
          call(user, "PUT", resolve("/process-instance/{instance}/suspended", instance.getId()), "{\"suspended\":true}");
      ResponseEntity<JsonNode> jobs = call(user, "GET", "/job?processInstanceId=" + instance.getId(), null);

      assertThat(retries.getStatusCode()).as(user + " retries: " + retries.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(suspended.getStatusCode()).as(user + " suspension").isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(jobs.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(state(instance.getId()).retries()).isEqualTo(5);
      assertThat(state(instance.getId()).instanceSuspended()).isTrue();
    }
  }

  @Test
  void staff_still_read_and_query_over_engine_rest() {
    assertThat(call("sales", "GET", "/process-definition?key=" + KEY, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(call("auditor", "POST", "/history/process-instance", "{}").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(call("accounting", "POST", "/task", "{}").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void the_admin_adding_himself_to_a_group_he_is_in_gets_409_not_500() {
    ResponseEntity<JsonNode> response = call("demo", "PUT", "/group/camunda-admin/members/demo", null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().path("detail").asText()).contains("already a member of group 'camunda-admin'");
  }

  @Test
  void the_same_job_execution_through_the_webapps_api_is_refused_to_a_tasklist_user_and_changes_nothing() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY);
    State before = state(instance.getId());
    HttpHeaders session = webappSession("sales");

    ResponseEntity<String> response =
        http.exchange(
            "/camunda/api/engine/engine/default" + resolve("/job/{job}/execute", instance.getId()),
            HttpMethod.POST,
            new HttpEntity<>(null, session),
            String.class);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("camunda-admin, process-owners");
    assertThat(state(instance.getId())).isEqualTo(before);
  }

  /** Signs in to Tasklist like the browser does; the headers of the signed-in session. */
  private HttpHeaders webappSession(String user) {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    List<String> cookies = new ArrayList<>(page.getHeaders().get(HttpHeaders.SET_COOKIE));
    String token = token(cookies);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-XSRF-TOKEN", token);
    headers.put(HttpHeaders.COOKIE, cookies.stream().map(cookie -> cookie.split(";")[0]).toList());
    ResponseEntity<String> login =
        http.exchange(
            "/camunda/api/admin/auth/user/default/login/tasklist",
            HttpMethod.POST,
            new HttpEntity<>("username=" + user + "&password=" + user, headers),
            String.class);
    assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
    List<String> after = login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
    Map<String, String> jar = new java.util.LinkedHashMap<>();
    for (String cookie : cookies) {
      jar.put(cookie.split("=")[0], cookie.split(";")[0]);
    }
    for (String cookie : after) {
      jar.put(cookie.split("=")[0], cookie.split(";")[0]);
    }
    HttpHeaders signedIn = new HttpHeaders();
    signedIn.setContentType(MediaType.APPLICATION_JSON);
    signedIn.set("X-XSRF-TOKEN", after.stream().anyMatch(c -> c.startsWith("XSRF-TOKEN=")) ? token(after) : token);
    signedIn.put(HttpHeaders.COOKIE, List.copyOf(jar.values()));
    return signedIn;
  }

  private static String token(List<String> cookies) {
    return cookies.stream()
        .filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
        .map(cookie -> cookie.substring("XSRF-TOKEN=".length()).split(";")[0])
        .findFirst()
        .orElseThrow();
  }

  private State state(String instanceId) {
    Job job = managementService.createJobQuery().processInstanceId(instanceId).singleResult();
    ProcessInstance instance =
        runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    List<String> activities =
        instance == null ? List.of() : new ArrayList<>(runtimeService.getActiveActivityIds(instanceId));
    activities.sort(String::compareTo);
    return new State(
        job == null ? -1 : job.getRetries(),
        job == null ? null : job.getDuedate(),
        job != null && job.isSuspended(),
        runtimeService.createIncidentQuery().processInstanceId(instanceId).count(),
        instance != null && instance.isSuspended(),
        activities,
        instance == null ? Map.of() : runtimeService.getVariables(instanceId));
  }

  private String resolve(String path, String instanceId) {
    Job job = managementService.createJobQuery().processInstanceId(instanceId).singleResult();
    return path.replace("{instance}", instanceId)
        .replace("{job}", job.getId())
        .replace("{jobDefinition}", job.getJobDefinitionId());
  }

  private ResponseEntity<JsonNode> call(String user, String method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user)
        .exchange("/engine-rest" + path, HttpMethod.valueOf(method), new HttpEntity<>(body, headers), JsonNode.class);
  }
}
