package be.contractflow.simulation;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.Language;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeStatus;
import be.contractflow.support.Api;
import be.contractflow.support.LedgerFixtures;
import be.contractflow.support.SubscriptionLifecycle;
import be.contractflow.support.TestSmtp;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The simulation profile's clock endpoint: time moves, due jobs run, notices go out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "simulation"})
class SimulationClockTest {

  static final ServerSetup SMTP = TestSmtp.onFreePort();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(SMTP);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getPort());
  }

  @Autowired TestRestTemplate http;
  @Autowired LedgerFixtures ledger;
  @Autowired RuntimeService runtime;
  @Autowired NoticeService notices;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private org.springframework.http.ResponseEntity<JsonNode> move(String json) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth("owner", "owner")
        .postForEntity("/api/simulation/clock", new HttpEntity<>(json, headers), JsonNode.class);
  }

  @Test
  void moving_the_clock_fires_due_timers_runs_their_jobs_and_sends_their_notices() {
    today(LocalDate.of(2026, 5, 13));
    var client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    var contract = ledger.contract("virtura", ContractKind.PROJECT, client);
    var invoice = ledger.invoice(contract, InvoiceKind.DEPOSIT, "WJA-2", "1000.00");
    var instance = runtime.startProcessInstanceByKey("platform-smoke", Map.of(
        "clientId", client.id(), "contractNumber", contract.number(),
        "invoiceNumber", invoice.number(), "startDate", "2026-05-13"));

    // 14 May is Ascension Day: the one-day period ends on Friday 15 May at 24:00
    var early = move("{\"date\": \"2026-05-15\"}");
    assertThat(early.getBody().get("jobsExecuted").asInt()).isZero();
    var moved = move("{\"date\": \"2026-05-16\"}");

    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(moved.getBody().get("now").asText()).startsWith("2026-05-16T12:00");
    assertThat(moved.getBody().get("jobsExecuted").asInt()).isEqualTo(2);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId())
        .activityIdIn("MessageEvent_InvoiceSettled").count()).isEqualTo(1);
    var sent = notices.forContract(contract.number());
    assertThat(sent).hasSize(2).allSatisfy(n -> {
      assertThat(n.status()).isEqualTo(NoticeStatus.SENT);
      assertThat(n.sentAt()).isNotNull();
    });
    assertThat(sent).anySatisfy(n -> assertThat(n.sentAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 16)));
    assertThat(smtp.getReceivedMessages()).hasSize(2);

    var timeline = http.withBasicAuth("auditor", "auditor")
        .getForEntity("/api/contracts/" + contract.number() + "/timeline", JsonNode.class).getBody();
    assertThat(timeline).extracting(e -> e.get("kind").asText())
        .contains("INVOICE_ISSUED", "NOTICE_ISSUED", "NOTICE_SENT", "PROCESS_STARTED", "TIMER_SET",
            "TIMER_FIRED", "STEP");
    assertThat(timeline).anySatisfy(e -> {
      assertThat(e.get("kind").asText()).isEqualTo("TIMER_FIRED");
      assertThat(e.get("details").get("due").asText()).startsWith("2026-05-16T00:00");
      assertThat(e.get("process").asText()).startsWith("platform-smoke v");
    });
  }

  @Test
  void the_clock_does_not_move_backwards_nor_accept_both_a_date_and_a_date_time() {
    today(LocalDate.of(2026, 5, 13));

    var back = move("{\"date\": \"2026-05-01\"}");
    assertThat(back.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(back.getBody().get("detail").asText()).contains("only moves forward");
    var both = move("{\"date\": \"2026-05-20\", \"dateTime\": \"2026-05-20T08:00:00+02:00\"}");
    assertThat(both.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }
  @Test
  void a_one_move_year_dates_the_tariff_notice_reminder_closing_and_stop_on_their_own_days() {
    var life = new SubscriptionLifecycle(http);
    today(LocalDate.of(2026, 3, 2));
    var contract = life.ordered(life.client("PROFESSIONAL"), "debruijne", "MAINTENANCE",
        "300.00", "YEARLY", LocalDate.of(2026, 3, 2));

    var moved = move("{\"date\": \"2027-03-31\"}"); // one move, nobody sets the price or pays

    assertThat(moved.getStatusCode()).as("%s", moved.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(moved.getBody().get("now").asText()).startsWith("2027-03-31T12:00");
    assertThat(moved.getBody().get("steps").asInt()).as("one per dated step").isGreaterThanOrEqualTo(4);
    assertThat(moved.getBody().get("incidents")).isEmpty();
    String c = contract.contractNumber();
    // J = 2 March 2027: the days the one-by-one run gives (SubscriptionRenewalPriceTest)
    assertThat(sentOn(life, c, "RENEWAL_TARIFF")).containsExactly("2027-01-31"); // J-30
    assertThat(sentOn(life, c, "RENEWAL_REMINDER")).containsExactly("2027-02-15"); // J-15
    assertThat(sentOn(life, c, "MAINTENANCE_CLOSING")).containsExactly("2027-03-02"); // J
    assertThat(sentOn(life, c, "MAINTENANCE_STOPPED")).containsExactly("2027-03-17"); // J+15
    assertThat(life.invoices(c)).extracting(i -> i.get("issueDate").asText())
        .containsExactly("2026-03-02", "2027-02-15");
    life.assertDeadline(c, "BDB-13.3", "Renewal paid", "2027-03-17", "MISSED");
    assertThat(life.status(c)).isEqualTo("ENDED");
    assertThat(management.createJobQuery().executable().count()).as("nothing due left").isZero();
    assertThat(notices.forContract(c)).noneMatch(n -> n.status() == NoticeStatus.PENDING);
  }

  private static List<String> sentOn(SubscriptionLifecycle life, String contract,
      String type) {
    return life.notices(contract, type).stream()
        .map(n -> n.get("sentAt").asText().substring(0, 10)).toList();
  }

  @Test
  void an_api_write_is_done_once_the_next_move_to_the_same_instant_answers() {
    var life = new SubscriptionLifecycle(http);
    today(LocalDate.of(2026, 6, 1));
    String client = life.client("PROFESSIONAL");
    var created = Api.post(http, "sales", "/api/quotes", """
        {"clientId": "%s", "termsProfile": "wja", "kind": "HOSTING", "lines": [],
         "periodicPrice": "120.00", "period": "YEARLY"}""".formatted(client));
    String contract = created.getBody().get("contractNumber").asText();
    assertThat(life.notices(contract, "QUOTE_SENT")).as("no job runs behind the clock's back")
        .isEmpty();

    var moved = move("{\"date\": \"2026-06-01\"}");

    assertThat(moved.getBody().get("jobsExecuted").asInt()).isPositive();
    assertThat(sentOn(life, contract, "QUOTE_SENT")).containsExactly("2026-06-01");
  }

  @Test
  void a_failing_job_is_retried_on_its_retry_cycle_then_reported_as_an_incident() {
    today(LocalDate.of(2026, 6, 1));
    repository.createDeployment().name("failing-step").addModelInstance("failing-step.bpmn",
        Bpmn.createExecutableProcess("failing-step").camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Started")
            .serviceTask("Task_Fail").name("Fail").camundaAsyncBefore()
            .camundaFailedJobRetryTimeCycle("R3/PT5M").camundaDelegateExpression("${failingStep}")
            .endEvent("EndEvent_Never").done()).deploy();
    var instance = runtime.startProcessInstanceByKey("failing-step");

    var moved = move("{\"date\": \"2026-06-02\"}");

    assertThat(moved.getStatusCode()).as("%s", moved.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(moved.getBody().get("now").asText()).startsWith("2026-06-02T12:00");
    JsonNode incidents = moved.getBody().get("incidents");
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).get("process").asText()).isEqualTo("failing-step");
    assertThat(incidents.get(0).get("processInstanceId").asText()).isEqualTo(instance.getId());
    assertThat(incidents.get(0).get("activityId").asText()).isEqualTo("Task_Fail");
    assertThat(incidents.get(0).get("message").asText()).contains("fails on purpose");
    // three attempts, 5 minutes apart: the incident is raised at 12:10 on 1 June
    assertThat(incidents.get(0).get("at").asText()).startsWith("2026-06-01T12:10");
    var again = move("{\"date\": \"2026-06-03\"}");
    assertThat(again.getBody().get("incidents")).as("reported once").isEmpty();
    assertThat(again.getBody().get("jobsExecuted").asInt()).isZero();
  }

  @Test
  void a_move_while_another_runs_answers_409_and_changes_nothing() throws Exception {
    today(LocalDate.of(2026, 6, 1));
    repository.createDeployment().name("blocking-step").addModelInstance("blocking-step.bpmn",
        Bpmn.createExecutableProcess("blocking-step").camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Started")
            .serviceTask("Task_Block").name("Block").camundaAsyncBefore()
            .camundaDelegateExpression("${blockingStep}")
            .endEvent("EndEvent_Done").done()).deploy();
    runtime.startProcessInstanceByKey("blocking-step");
    var first = CompletableFuture.supplyAsync(
        () -> move("{\"date\": \"2026-06-02\"}"));
    assertThat(BlockingStep.entered.await(60, TimeUnit.SECONDS)).isTrue();

    var second = move("{\"date\": \"2026-06-05\"}");
    BlockingStep.release.countDown();

    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(second.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat(second.getBody().get("detail").asText()).contains("Another clock move is running");
    var answered = first.get(60, TimeUnit.SECONDS);
    assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answered.getBody().get("now").asText()).startsWith("2026-06-02T12:00");
  }

  /** A step that waits until the test lets it finish, so that a move is surely running. */
  @TestConfiguration
  static class Blocking {
    @Bean
    BlockingStep blockingStep() {
      return new BlockingStep();
    }

    @Bean
    JavaDelegate failingStep() {
      return execution -> {
        throw new IllegalStateException("this step fails on purpose");
      };
    }
  }

  static class BlockingStep implements JavaDelegate {
    static final CountDownLatch entered = new CountDownLatch(1);
    static final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void execute(DelegateExecution execution)
        throws Exception {
      entered.countDown();
      release.await(60, TimeUnit.SECONDS);
    }
  }
}
