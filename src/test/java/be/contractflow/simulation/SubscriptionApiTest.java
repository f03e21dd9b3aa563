package be.contractflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import static be.contractflow.support.SubscriptionLifecycle.accepted;
import static be.contractflow.support.SubscriptionLifecycle.refused;

import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.support.LedgerFixtures;
import be.contractflow.support.SubscriptionLifecycle;
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
 * Recurring contracts' lives through the domain API and the simulation clock, one or more per
 * terms profile: order, periodic invoices, terminations refused (409, 422) then accepted, the
 * effective end date and every termination date shown at once in {@code GET /api/contracts/{n}},
 * the contract ended on that date with its credit, and a WJA-12 resolution coming from the real
 * payment process. The reusable steps are in {@link SubscriptionLifecycle}.
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
  @Autowired NoticeService noticeService;

  private SubscriptionLifecycle life() {
    return new SubscriptionLifecycle(http);
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private String noticeBody(String contract, NoticeType type) {
    return noticeService.forContract(contract).stream().filter(n -> n.type() == type)
        .reduce((a, b) -> b).flatMap(n -> noticeService.body(n.id()))
        .orElseThrow(() -> new AssertionError("no " + type + " notice for " + contract));
  }

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

  @Test
  void BDB_R9_3_BDB_R13_1_a_rental_stopped_in_its_first_year_is_deferred_to_the_anniversary() {
    var life = life();
    LedgerFixtures.today(d("2026-03-04"));
    var rental = life.ordered(life.client("PROFESSIONAL"), "debruijne", "RENTAL", "49.00",
        "MONTHLY", d("2026-03-04"));
    String c = rental.contractNumber();
    life.livePaying(c, d("2026-04-04"), d("2026-05-04"), d("2026-06-04"), d("2026-06-10"));

    refused(life.event(c, "TERMINATION", d("2026-06-10"), "CLIENT", "EMAIL", "Closing the shop"),
        HttpStatus.CONFLICT, "BDB-R13.1", "REGISTERED_LETTER");
    assertThat(life.status(c)).isNotEqualTo("TERMINATING");

    accepted(life.event(c, "TERMINATION", d("2026-06-10"), "CLIENT", "REGISTERED_LETTER",
        "Closing the shop"));
    JsonNode terminating = life.contract(c);
    assertThat(terminating.get("status").asText()).isEqualTo("TERMINATING");
    assertThat(terminating.get("effectiveEndDate").asText()).isEqualTo("2027-03-03");
    life.assertDeadline(c, "BDB-R9.3", "Termination received", "2026-06-10", "MET");
    life.assertDeadline(c, "BDB-R9.3", "Site taken offline", "2026-06-11", "PENDING");
    life.assertDeadline(c, "BDB-R9.3", "Site offline and stored", "2027-03-03", "PENDING");
    life.assertDeadline(c, "BDB-R9.3", "Contract ends", "2027-03-03", "PENDING");

    life.clock(d("2026-06-11"));
    assertThat(life.notices(c, "TERMINATION_CONFIRMED")).singleElement()
        .satisfies(n -> assertThat(n.get("clause").asText()).isEqualTo("BDB-R9.3"));
    assertThat(noticeBody(c, NoticeType.TERMINATION_CONFIRMED))
        .as("the notice says why the end is deferred")
        .contains("3 mars 2027", "minimum commitment", "stored");
    life.completeTask("production", c, "Task_StoreSite",
        "{\"storageNote\": {\"value\": \"Archived on the NAS\"}}");
    life.assertDeadline(c, "BDB-R9.3", "Site taken offline", "2026-06-11", "MET");

    // BDB-R13.1: the sums remain due until the anniversary
    life.clock(d("2026-07-04"));
    assertThat(life.invoicesIssuedOn(c, d("2026-07-04"))).singleElement()
        .satisfies(i -> assertThat(i.get("total").asText()).isEqualTo("59.29"));
  }

  @Test
  void BDB_13_4_a_maintenance_ended_by_email_is_refused_then_ended_by_force_majeure() {
    var life = life();
    LedgerFixtures.today(d("2026-03-02"));
    var maintenance = life.ordered(life.client("PROFESSIONAL"), "debruijne", "MAINTENANCE",
        "30.00", "MONTHLY", d("2026-03-02"));
    String c = maintenance.contractNumber();
    life.livePaying(c, d("2026-03-25"), d("2026-04-25"), d("2026-05-25"), d("2026-06-10"));

    refused(life.event(c, "TERMINATION", d("2026-06-10"), "CLIENT", "EMAIL", "Too expensive"),
        HttpStatus.CONFLICT, "BDB-13.4");
    refused(life.event(c, "TERMINATION", d("2026-06-10"), "CLIENT", "EMAIL",
        "MUTUAL_CONSENTT: agreed"), HttpStatus.UNPROCESSABLE_ENTITY, "MUTUAL_CONSENTT",
        "[NOTICE, MUTUAL_CONSENT, GRAVE_BREACH, CHANGE_OF_TERMS, SERVICE_INTERRUPTION]");
    refused(life.event(c, "FORCE_MAJEURE", d("2026-06-10"), "CLIENT", "IN_PERSON", null),
        HttpStatus.CONFLICT, "reason");
    assertThat(life.status(c)).isEqualTo("ACTIVE");

    accepted(life.event(c, "FORCE_MAJEURE", d("2026-06-10"), "CLIENT", "IN_PERSON",
        "Premises destroyed by the flood of 8 June"));
    life.clock(d("2026-06-10"));
    JsonNode ended = life.contract(c);
    assertThat(ended.get("status").asText()).isEqualTo("ENDED");
    assertThat(ended.get("effectiveEndDate").asText()).isEqualTo("2026-06-10");
    life.assertDeadline(c, "BDB-13.4", "Force majeure recorded by staff (Premises destroyed",
        "2026-06-10", "MET");
    life.assertDeadline(c, "BDB-13.4", "Contract ends", "2026-06-10", "MET");
    life.assertDeadline(c, "BDB-13.4", "Services stopped", "2026-06-11", "PENDING");
    // the month 2 June - 1 July debited on 25 May: 21 of its 30 days credited, 21.00 + VAT
    assertThat(life.notices(c, "CREDIT_NOTE_SENT")).singleElement().satisfies(n -> {
      assertThat(n.get("clause").asText()).isEqualTo("BDB-13.4");
      assertThat(n.get("invoiceNumber").asText())
          .isEqualTo(life.invoicesIssuedOn(c, d("2026-05-25")).get(0).get("number").asText());
    });
    assertThat(noticeBody(c, NoticeType.CREDIT_NOTE_SENT)).contains("25,41", "21/30 days");

    refused(life.event(c, "CHANGE_REQUEST", d("2026-06-10"), "CLIENT", "EMAIL", "New page"),
        HttpStatus.CONFLICT, "is ENDED");
  }

  @Test
  void WJA_21_a_hosting_cancelled_by_email_is_refused_and_too_late_runs_to_the_next_term() {
    var life = life();
    LedgerFixtures.today(d("2026-02-10"));
    var hosting = life.ordered(life.client("PROFESSIONAL"), "wja", "HOSTING", "120.00",
        "YEARLY", d("2026-02-10"));
    String c = hosting.contractNumber();
    life.clock(d("2026-11-11"));

    refused(life.event(c, "TERMINATION", d("2026-11-11"), "CLIENT", "EMAIL", null),
        HttpStatus.CONFLICT, "WJA-21", "registered letter");
    accepted(life.event(c, "TERMINATION", d("2026-11-11"), "CLIENT", "REGISTERED_LETTER", null));
    JsonNode terminating = life.contract(c);
    assertThat(terminating.get("status").asText()).isEqualTo("TERMINATING");
    assertThat(terminating.get("effectiveEndDate").asText()).isEqualTo("2028-02-09");
    life.assertDeadline(c, "WJA-21", "Notice for the running term", "2026-11-10", "MISSED");
    life.assertDeadline(c, "WJA-21", "Termination received", "2026-11-11", "MET");
    life.assertDeadline(c, "WJA-21", "Contract ends", "2028-02-09", "PENDING");
    life.clock(d("2026-11-11"));
    assertThat(noticeBody(c, NoticeType.TERMINATION_CONFIRMED))
        .contains("9 février 2028", "by 2026-11-10", "next term");

    // the next term is invoiced in advance and runs; nothing after it
    life.livePaying(c, d("2027-02-10"));
    assertThat(life.invoicesIssuedOn(c, d("2027-02-10"))).singleElement()
        .satisfies(i -> assertThat(i.get("total").asText()).isEqualTo("145.20"));
    life.clock(d("2028-02-09"));
    assertThat(life.status(c)).isEqualTo("TERMINATING");
    life.clock(d("2028-02-10"));
    assertThat(life.status(c)).isEqualTo("ENDED");
    assertThat(life.invoicesIssuedOn(c, d("2028-02-10"))).isEmpty();
    assertThat(life.notices(c, "CREDIT_NOTE_SENT")).as("the last term ran in full").isEmpty();
    life.assertDeadline(c, "WJA-21", "Contract ends", "2028-02-09", "MET");
  }

  @Test
  void WJA_12_an_unpaid_invoice_resolves_the_hosting_through_the_payment_process() {
    var life = life();
    LedgerFixtures.today(d("2026-02-10"));
    String client = life.client("PROFESSIONAL");
    var hosting = life.ordered(client, "wja", "HOSTING", "120.00", "YEARLY", d("2026-02-10"));
    String h = hosting.contractNumber();
    assertThat(life.status(h)).isEqualTo("ACTIVE");

    // a website ordered by the same client; its deposit (au grand comptant) stays unpaid
    var site = life.projectSigned(client, "wja", "1000.00", d("2026-06-01"));
    JsonNode deposit = life.invoices(site.contractNumber()).get(0);
    assertThat(deposit.get("kind").asText()).isEqualTo("DEPOSIT");
    life.clock(d("2026-06-02"));
    // WJA-11/12: accounting posts the formal notice (the letter's PDF is in the outbox)
    life.completeTask("accounting", deposit.get("number").asText(), "Task_PostFormalNotice",
        "{\"postedOn\": {\"value\": \"2026-06-02\"}}");
    life.clock(d("2026-06-17"));
    assertThat(life.status(h)).isEqualTo("ACTIVE");

    // more than 15 days after the letter: every running contract of the client is resolved
    life.clock(d("2026-06-18"));
    JsonNode ended = life.contract(h);
    assertThat(ended.get("status").asText()).isEqualTo("ENDED");
    assertThat(ended.get("effectiveEndDate").asText()).isEqualTo("2026-06-18");
    life.assertDeadline(h, "WJA-12", "Resolution at the client's fault", "2026-06-18", "MET");
    life.assertDeadline(h, "WJA-12", "Contract ends", "2026-06-18", "MET");
    life.assertDeadline(h, "WJA-12", "Services stopped", "2026-06-19", "PENDING");
    assertThat(life.notices(h, "TERMINATION_CONFIRMED")).singleElement()
        .satisfies(n -> assertThat(n.get("clause").asText()).isEqualTo("WJA-12"));
    assertThat(life.notices(h, "CREDIT_NOTE_SENT"))
        .as("no credit: the indemnity was invoiced by the payment process").isEmpty();
    assertThat(life.invoices(site.contractNumber()))
        .anySatisfy(i -> assertThat(i.get("kind").asText()).isEqualTo("INDEMNITY"));
    refused(life.event(h, "TERMINATION", d("2026-06-18"), "CLIENT", "REGISTERED_LETTER", null),
        HttpStatus.CONFLICT, "ENDED");
  }
}
