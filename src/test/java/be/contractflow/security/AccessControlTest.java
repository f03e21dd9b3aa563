package be.contractflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 2, "Security", over real HTTP: anonymous callers get 401 on both APIs, auditors read but
 * change nothing, staff work only their group's tasks, process owners deploy.
 */
// its own engine and users: Camunda locks a user after a wrong password, which would leak into
// other test classes sharing a cached context
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "contractflow.test.context=access-control")
@ActiveProfiles("test")
class AccessControlTest {

  private static final String PROCESS_KEY = "security-test";
  private static final String MESSAGE = "SecurityTestPaymentWithdrawn";
  private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_ARRAY =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;

  private ProcessInstance instance;
  private Task accountingTask;

  @BeforeEach
  void startAnAccountingTask() {
    instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY);
    accountingTask = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private TestRestTemplate as(String user) {
    return http.withBasicAuth(user, user);
  }

  // --- anonymous ---

  @Test
  void anonymous_caller_gets_401_on_the_engine_rest_api() {
    ResponseEntity<String> response = http.getForEntity("/engine-rest/task", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
  }

  @Test
  void anonymous_caller_gets_a_401_problem_on_the_domain_api() {
    ResponseEntity<Map<String, Object>> response =
        http.exchange(EchoTestController.PATH, HttpMethod.GET, null, JSON_OBJECT);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody())
        .containsEntry("status", 401)
        .containsEntry("instance", EchoTestController.PATH);
    assertThat((String) response.getBody().get("detail"))
        .contains("HTTP Basic credentials", "contractflow user");
  }

  @Test
  void a_wrong_password_gets_a_401_problem_on_the_domain_api() {
    // Camunda delays the next login of a user after a failed attempt: production is not used by
    // the other tests of this class
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth("production", "not-the-password")
            .exchange(EchoTestController.PATH, HttpMethod.GET, null, JSON_OBJECT);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat((String) response.getBody().get("detail")).contains("not accepted");
  }

  @Test
  void anonymous_caller_reaches_health_and_the_webapps_login_page() {
    assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<String> tasklist = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasklist.getBody()).contains("Tasklist");
  }

  @Test
  void the_webapps_login_page_probe_gets_no_http_basic_challenge() {
    // every webapp login page GETs /camunda-welcome; a Basic challenge there made the browser
    // put its own "Sign in" prompt over Tasklist's login form (see TasklistBrowserTest)
    ResponseEntity<String> probe =
        http.getForEntity(SecurityConfiguration.CAMUNDA_WELCOME_PROBE, String.class);
    assertThat(probe.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(probe.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
  }

  @Test
  void anonymous_caller_reads_the_api_documentation_but_not_the_api() {
    ResponseEntity<String> document = http.getForEntity("/api/openapi", String.class);
    assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(document.getBody()).contains("\"openapi\"", EchoTestController.PATH);

    ResponseEntity<String> ui = http.getForEntity("/api/docs", String.class);
    assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ui.getBody()).contains("swagger-ui");
  }

  // --- auditors: read everything, change nothing ---

  @Test
  void auditor_cannot_start_a_process() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();

    ResponseEntity<String> response =
        as("auditor")
            .postForEntity(
                "/engine-rest/process-definition/key/" + PROCESS_KEY + "/start", json("{}"), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
        .isEqualTo(before);
  }

  @Test
  void auditor_cannot_complete_a_task() {
    ResponseEntity<String> response =
        as("auditor")
            .postForEntity("/engine-rest/task/" + accountingTask.getId() + "/complete", json("{}"), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(accountingTask.getId()).count()).isOne();
  }

  @Test
  void auditor_cannot_correlate_a_message() {
    String body =
        "{\"messageName\":\"" + MESSAGE + "\",\"processInstanceId\":\"" + instance.getId() + "\"}";

    ResponseEntity<String> response =
        as("auditor").postForEntity("/engine-rest/message", json(body), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(accountingTask.getId()).count()).isOne();
  }

  @Test
  void auditor_cannot_deploy() {
    ResponseEntity<String> response = deploy("auditor", "auditor-deployed");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("auditor-deployed").count())
        .isZero();
  }

  @Test
  void auditor_cannot_post_to_the_domain_api_and_is_told_who_can() {
    ResponseEntity<Map<String, Object>> response =
        as("auditor").exchange("/api/clients", HttpMethod.POST, json("{}"), JSON_OBJECT);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat((String) response.getBody().get("detail"))
        .contains("Only members of the groups sales, camunda-admin may create clients")
        .contains("auditors may only read");
  }

  @Test
  void auditor_reads_the_domain_api_and_the_history() {
    assertThat(as("auditor").exchange(EchoTestController.PATH, HttpMethod.GET, null, JSON_OBJECT).getBody())
        .containsEntry("userId", "auditor")
        .containsEntry("groupIds", List.of(ContractflowGroups.AUDITORS));

    ResponseEntity<List<Map<String, Object>>> history =
        as("auditor")
            .exchange(
                "/engine-rest/history/process-instance?processInstanceId=" + instance.getId(),
                HttpMethod.GET,
                null,
                JSON_ARRAY);

    assertThat(history.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(history.getBody()).extracting(row -> row.get("id")).containsExactly(instance.getId());
  }

  // --- staff: only their group's tasks ---

  @Test
  void sales_neither_sees_nor_completes_an_accounting_task() {
    ResponseEntity<List<Map<String, Object>>> tasks =
        as("sales")
            .exchange(
                "/engine-rest/task?processInstanceId=" + instance.getId(), HttpMethod.GET, null, JSON_ARRAY);
    assertThat(tasks.getBody()).isEmpty();

    ResponseEntity<String> response =
        as("sales")
            .postForEntity("/engine-rest/task/" + accountingTask.getId() + "/complete", json("{}"), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(accountingTask.getId()).count()).isOne();
  }

  @Test
  void accounting_sees_and_completes_its_task() {
    ResponseEntity<List<Map<String, Object>>> tasks =
        as("accounting")
            .exchange(
                "/engine-rest/task?processInstanceId=" + instance.getId(), HttpMethod.GET, null, JSON_ARRAY);
    assertThat(tasks.getBody()).extracting(task -> task.get("name")).containsExactly("Check payment");

    ResponseEntity<String> response =
        as("accounting")
            .postForEntity(
                "/engine-rest/task/" + accountingTask.getId() + "/complete",
                json("{\"variables\":{\"paymentChecked\":{\"value\":true}}}"),
                String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(
            historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getEndActivityId())
        .isEqualTo("EndEvent_PaymentChecked");
  }

  @Test
  void staff_read_the_domain_api_as_themselves_and_an_unlisted_write_is_for_admins_only() {
    ResponseEntity<Map<String, Object>> response =
        as("sales").exchange(EchoTestController.PATH, HttpMethod.GET, null, JSON_OBJECT);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody())
        .containsEntry("userId", "sales")
        .containsEntry("groupIds", List.of(ContractflowGroups.SALES));
    // no rule of ApiAccess names the test endpoint's POST: administrators only
    assertThat(as("sales").exchange(EchoTestController.PATH, HttpMethod.POST, json("{}"), JSON_OBJECT)
            .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("demo").exchange(EchoTestController.PATH, HttpMethod.POST, json("{}"), JSON_OBJECT)
            .getBody())
        .containsEntry("userId", "demo");
  }

  @Test
  void staff_see_their_own_group_filter_only() {
    ResponseEntity<List<Map<String, Object>>> filters =
        as("sales").exchange("/engine-rest/filter", HttpMethod.GET, null, JSON_ARRAY);

    assertThat(filters.getBody()).extracting(filter -> filter.get("name")).containsExactly("Sales tasks");
  }

  // --- process owners ---

  @Test
  void process_owner_deploys_over_the_rest_api() {
    ResponseEntity<String> response = deploy("owner", "owner-deployed");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("owner-deployed").count())
        .isOne();
  }

  // --- the webapps' own login (Camunda's CSRF filter, not Spring's) ---

  @Test
  void webapp_login_opens_each_group_its_applications() {
    assertThat(authorizedApps(webappLogin("sales", "tasklist")))
        .containsExactlyInAnyOrder("tasklist", "welcome");
    assertThat(authorizedApps(webappLogin("owner", "cockpit")))
        .contains("cockpit", "tasklist")
        .doesNotContain("admin");
    assertThat(authorizedApps(webappLogin("auditor", "cockpit")))
        .contains("cockpit")
        .doesNotContain("tasklist", "admin");
  }

  @Test
  void auditor_cannot_log_in_to_tasklist_nor_sales_to_cockpit() {
    assertThat(webappLogin("auditor", "tasklist").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(webappLogin("sales", "cockpit").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @SuppressWarnings("unchecked")
  private static List<String> authorizedApps(ResponseEntity<Map<String, Object>> login) {
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (List<String>) login.getBody().get("authorizedApps");
  }

  /** Logs in like the webapps do: Camunda's CSRF token from a page, then the login form. */
  private ResponseEntity<Map<String, Object>> webappLogin(String user, String app) {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
    String token =
        cookies.stream()
            .filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
            .map(cookie -> cookie.substring("XSRF-TOKEN=".length()).split(";")[0])
            .findFirst()
            .orElseThrow();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-XSRF-TOKEN", token);
    headers.put(HttpHeaders.COOKIE, cookies.stream().map(cookie -> cookie.split(";")[0]).toList());
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", user);
    return http.exchange(
        "/camunda/api/admin/auth/user/default/login/" + app,
        HttpMethod.POST,
        new HttpEntity<>(form, headers),
        JSON_OBJECT);
  }

  @Test
  void the_webapps_refuse_a_login_without_camundas_csrf_token() {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", "owner");
    form.add("password", "owner");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

    ResponseEntity<String> login =
        http.exchange(
            "/camunda/api/admin/auth/user/default/login/cockpit",
            HttpMethod.POST,
            new HttpEntity<>(form, headers),
            String.class);

    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(login.getHeaders().getFirst("X-XSRF-TOKEN")).isEqualTo("Required");
  }

  private ResponseEntity<String> deploy(String user, String processKey) {
    String bpmn =
        Bpmn.convertToString(
            Bpmn.createExecutableProcess(processKey)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .endEvent()
                .done());
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", processKey);
    parts.add(
        "data",
        new ByteArrayResource(bpmn.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return processKey + ".bpmn";
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(user).postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
