package be.contractflow.simulation;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.Language;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeStatus;
import be.contractflow.support.LedgerFixtures;
import be.contractflow.support.TestSmtp;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
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
}
