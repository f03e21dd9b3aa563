package be.contractflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import be.contractflow.support.LedgerFixtures;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A recurring contract's life through the domain API and the simulation clock: order, periodic
 * invoices, a VIR-7 termination refused then accepted, the effective end date shown at once, the
 * contract ended on that date.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "simulation"})
class SubscriptionApiTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
  }

  @Autowired TestRestTemplate http;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ResponseEntity<JsonNode> post(String path, String json) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth("demo", "demo").exchange(path, HttpMethod.POST,
        new HttpEntity<>(json, headers), JsonNode.class);
  }

  private JsonNode get(String path) {
    return http.withBasicAuth("demo", "demo").getForEntity(path, JsonNode.class).getBody();
  }

  private void clock(String date) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(http.withBasicAuth("owner", "owner").postForEntity("/api/simulation/clock",
        new HttpEntity<>("{\"date\": \"" + date + "\"}", headers), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }


  @Test
  void VIR_7_a_recurring_service_through_the_api_invoiced_monthly_then_terminated() {
    LedgerFixtures.today(LocalDate.of(2026, 3, 2));
    String client = post("/api/clients", """
        {"name": "Chatbot client", "email": "bot@example.be", "language": "fr",
         "type": "PROFESSIONAL"}""").getBody().get("id").asText();
    JsonNode quote = post("/api/quotes", """
        {"clientId": "%s", "termsProfile": "virtura", "kind": "RECURRING", "lines": [],
         "periodicPrice": "310.00", "period": "MONTHLY"}""".formatted(client)).getBody();
    String contract = quote.get("contractNumber").asText();
    clock("2026-03-02"); // the quote is sent
    var signed = post("/api/quotes/" + quote.get("quoteNumber").asText() + "/signature", "{}");
    assertThat(signed.getStatusCode().is2xxSuccessful()).as("%s", signed.getBody()).isTrue();
    clock("2026-03-03");
    JsonNode invoices = get("/api/contracts/" + contract + "/invoices");
    assertThat(invoices).as("%s %s", quote, invoices).hasSize(1);
    JsonNode first = invoices.get(0);
    post("/api/payments", """
        {"invoiceNumber": "%s", "amount": "%s"}""".formatted(first.get("number").asText(),
        first.get("total").asText()));
    clock("2026-05-20");

    JsonNode running = get("/api/contracts/" + contract);
    assertThat(running.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(running.get("anniversaryDate").asText()).isEqualTo("2027-03-03"); // started when the first month was paid
    assertThat(get("/api/contracts/" + contract + "/invoices")).hasSize(3);

    var refused = post("/api/contracts/" + contract + "/events", """
        {"type": "TERMINATION", "date": "2026-05-20", "by": "CLIENT", "channel": "PHONE"}""");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().get("detail").asText()).contains("VIR-7");

    var accepted = post("/api/contracts/" + contract + "/events", """
        {"type": "TERMINATION", "date": "2026-05-20", "by": "CLIENT", "channel": "EMAIL"}""");
    assertThat(accepted.getStatusCode().is2xxSuccessful()).isTrue();
    JsonNode terminating = get("/api/contracts/" + contract);
    assertThat(terminating.get("status").asText()).isEqualTo("TERMINATING");
    assertThat(terminating.get("effectiveEndDate").asText()).isEqualTo("2026-08-20");

    clock("2026-08-21");
    assertThat(get("/api/contracts/" + contract).get("status").asText()).isEqualTo("ENDED");
    JsonNode notices = get("/api/contracts/" + contract + "/notices");
    assertThat(notices.findValuesAsText("type")).contains("TERMINATION_CONFIRMED");
    assertThat(get("/api/contracts/" + contract).get("deadlines").findValuesAsText("clause"))
        .contains("VIR-7");
  }
}
