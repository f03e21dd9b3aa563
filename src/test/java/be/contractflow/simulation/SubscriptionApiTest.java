package be.contractflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import be.contractflow.notice.NoticeService;
import be.contractflow.support.Api;
import be.contractflow.support.LedgerFixtures;
import be.contractflow.support.TerminationScenarios;
import be.contractflow.support.TestSmtp;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Recurring contracts' lives through the domain API and the simulation clock, one or more per
 * terms profile: order, periodic invoices, terminations refused (409, 422) then accepted, the
 * effective end date and every termination date shown at once in {@code GET /api/contracts/{n}},
 * the contract ended on that date with its credit, and a WJA-12 resolution coming from the real
 * payment process. The reusable steps are in {@link SubscriptionLifecycle}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "simulation"})
class SubscriptionApiTest {

  static final ServerSetup SMTP = TestSmtp.onFreePort();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(SMTP);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getPort());
  }

  @Autowired TestRestTemplate http;
  @Autowired NoticeService noticeService;


  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ResponseEntity<JsonNode> post(String path, String json) {
    return Api.post(http, "demo", path, json);
  }

  private JsonNode get(String path) {
    return Api.get(http, "demo", path).getBody();
  }

  private void clock(String date) {
    assertThat(Api.post(http, "owner", "/api/simulation/clock", "{\"date\": \"" + date + "\"}")
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
    // Virtura asks no payment before work: confirmed, and started, the day it was signed (the
    // signature's steps run at the instant it was posted, not at the next move's target)
    assertThat(running.get("anniversaryDate").asText()).isEqualTo("2027-03-02");
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

  private TerminationScenarios scenarios() {
    return new TerminationScenarios(http, noticeService);
  }

  @Test
  void BDB_R9_3_BDB_R13_1_a_rental_stopped_in_its_first_year_is_deferred_to_the_anniversary() {
    scenarios().rentalStoppedInItsFirstYear();
  }

  @Test
  void BDB_13_4_a_maintenance_ended_by_email_is_refused_then_ended_by_force_majeure() {
    scenarios().maintenanceEndedByForceMajeure();
  }

  @Test
  void WJA_21_a_hosting_cancelled_by_email_is_refused_and_too_late_runs_to_the_next_term() {
    scenarios().hostingCancelledTooLate();
  }

  @Test
  void WJA_12_an_unpaid_invoice_resolves_the_hosting_through_the_payment_process() {
    scenarios().hostingResolvedByThePaymentProcess();
  }
}
