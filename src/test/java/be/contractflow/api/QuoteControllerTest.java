package be.contractflow.api;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.Language;
import be.contractflow.support.Api;
import be.contractflow.support.DueJobs;
import be.contractflow.support.LedgerFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** {@code /api/quotes} over real HTTP: issuing, reading, signing, and every refusal as problem+json. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QuoteControllerTest {

  @Autowired TestRestTemplate http;
  @Autowired LedgerFixtures ledger;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ContractRepository contracts;
  @Autowired InvoiceRepository invoices;

  String clientId;

  @BeforeEach
  void aProfessionalClientOn2March() {
    today(LocalDate.of(2026, 3, 2));
    clientId = ledger.client(ClientType.PROFESSIONAL, Language.fr).id();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ResponseEntity<JsonNode> post(String path, String json) {
    return Api.post(http, "sales", path, json);
  }

  private ResponseEntity<JsonNode> get(String path) {
    return Api.get(http, "sales", path);
  }

  private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status,
      String... detailContains) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat(response.getBody().get("detail").asText()).contains(detailContains);
  }

  private String quote(String profile, String kindAndFields) {
    return "{\"clientId\": \"" + clientId + "\", \"termsProfile\": \"" + profile + "\", "
        + kindAndFields + "}";
  }

  private void runJobs(String quoteNumber) {
    var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(quoteNumber)
        .singleResult();
    if (instance != null) {
      DueJobs.run(management, DueJobs.ofInstance(instance.getId()));
    }
  }

  @Test
  void a_quote_is_issued_read_back_and_signed() {
    var created = post("/api/quotes", quote("wja", """
        "kind": "PROJECT", "lines": [
          {"description": "Website, 5 pages", "quantity": "1", "unitPrice": "4500.00"},
          {"description": "Extra language", "quantity": "2", "unitPrice": "250.00"}]"""));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String quoteNumber = created.getBody().get("quoteNumber").asText();
    String contractNumber = created.getBody().get("contractNumber").asText();
    assertThat(quoteNumber).matches("Q-2026-\\d{4}");
    assertThat(contractNumber).matches("C-2026-\\d{4}");
    assertThat(created.getHeaders().getLocation().getPath()).isEqualTo("/api/quotes/" + quoteNumber);
    var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(quoteNumber)
        .processDefinitionKey("order").singleResult();
    assertThat(runtime.getVariables(instance.getId())).containsEntry("quoteNumber", quoteNumber)
        .containsEntry("contractNumber", contractNumber).containsEntry("clientId", clientId)
        .containsEntry("termsProfile", "wja").containsEntry("contractKind", "PROJECT");

    runJobs(quoteNumber);
    var read = get("/api/quotes/" + quoteNumber).getBody();
    assertThat(read.get("status").asText()).isEqualTo("ISSUED");
    assertThat(read.get("contractStatus").asText()).isEqualTo("QUOTED");
    assertThat(read.get("issueDate").asText()).isEqualTo("2026-03-02");
    assertThat(read.get("validUntil").asText()).isEqualTo("2026-04-02");
    assertThat(read.get("lines").get(1).get("amountExclVat").asText()).isEqualTo("500.00");
    assertThat(read.get("totals").get("totalExclVat").asText()).isEqualTo("5000.00");
    assertThat(read.get("totals").get("vat").asText()).isEqualTo("1050.00");
    assertThat(read.get("totals").get("total").asText()).isEqualTo("6050.00");

    var signed = post("/api/quotes/" + quoteNumber + "/signature", "{\"date\": \"2026-03-02\"}");
    assertThat(signed.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(signed.getBody().get("signedDate").asText()).isEqualTo("2026-03-02");
    runJobs(quoteNumber);

    assertThat(get("/api/quotes/" + quoteNumber).getBody().get("status").asText()).isEqualTo("SIGNED");
    var deposit = invoices.forContract(contractNumber).get(0);
    assertThat(deposit.total()).isEqualByComparingTo("3025.00");
    assertProblem(post("/api/quotes/" + quoteNumber + "/signature", "{}"), HttpStatus.CONFLICT,
        "already signed on 2026-03-02");
  }

  @Test
  void a_signature_after_expiry_is_refused_with_409() {
    var created = post("/api/quotes", quote("debruijne", """
        "kind": "PROJECT", "lines": [{"description": "Site", "quantity": "1", "unitPrice": "900.00"}]"""));
    String quoteNumber = created.getBody().get("quoteNumber").asText();
    runJobs(quoteNumber);

    today(LocalDate.of(2026, 4, 3)); // valid until Thursday 2 April (BDB-5.2a)
    runJobs(quoteNumber);

    assertThat(contracts.require(created.getBody().get("contractNumber").asText()).status())
        .isEqualTo(ContractStatus.EXPIRED);
    assertProblem(post("/api/quotes/" + quoteNumber + "/signature", "{}"), HttpStatus.CONFLICT,
        "expired", "2026-04-02");
  }

  @Test
  void recurring_and_regie_quotes_take_their_own_fields() {
    var rental = post("/api/quotes", quote("debruijne",
        "\"kind\": \"RENTAL\", \"periodicPrice\": \"49.00\", \"period\": \"MONTHLY\""));
    assertThat(rental.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    var read = get("/api/quotes/" + rental.getBody().get("quoteNumber").asText()).getBody();
    assertThat(read.get("totals").get("annualisedExclVat").asText()).isEqualTo("588.00");

    var regie = post("/api/quotes", quote("wja",
        "\"kind\": \"REGIE\", \"hourlyRate\": \"85.00\", \"estimatedHours\": \"12.5\""));
    assertThat(regie.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    read = get("/api/quotes/" + regie.getBody().get("quoteNumber").asText()).getBody();
    assertThat(read.get("totals").get("oneOffExclVat").asText()).isEqualTo("1062.50");
  }

  @Test
  void invalid_quotes_are_refused_as_problems_saying_what_to_send() {
    assertProblem(post("/api/quotes", """
        {"clientId": "nobody", "termsProfile": "wja", "kind": "PROJECT",
         "lines": [{"description": "Site", "quantity": "1", "unitPrice": "900.00"}]}"""),
        HttpStatus.NOT_FOUND, "nobody");
    assertProblem(post("/api/quotes", quote("acme", """
        "kind": "PROJECT", "lines": [{"description": "Site", "quantity": "1", "unitPrice": "900.00"}]""")),
        HttpStatus.BAD_REQUEST, "acme", "debruijne", "virtura", "wja");
    assertProblem(post("/api/quotes", quote("wja", "\"kind\": \"PROJECT\", \"lines\": []")),
        HttpStatus.BAD_REQUEST, "at least one line");
    assertProblem(post("/api/quotes", quote("wja", """
        "kind": "PROJECT", "lines": [{"description": "Site", "quantity": "1", "unitPrice": "-900.00"}]""")),
        HttpStatus.BAD_REQUEST, "lines[0].unitPrice", "-900.00");
    assertProblem(post("/api/quotes", quote("wja", """
        "kind": "PROJECT", "lines": [{"description": "Site", "quantity": "1", "unitPrice": "900,00"}]""")),
        HttpStatus.BAD_REQUEST, "not a number");
    assertProblem(post("/api/quotes", quote("wja", "\"kind\": \"REGIE\", \"estimatedHours\": \"10\"")),
        HttpStatus.BAD_REQUEST, "hourlyRate");
    assertProblem(post("/api/quotes", quote("wja", "\"kind\": \"HOSTING\", \"periodicPrice\": \"120.00\"")),
        HttpStatus.BAD_REQUEST, "period", "MONTHLY");
    assertProblem(post("/api/quotes", quote("wja", """
        "kind": "PROJECT", "periodicPrice": "10.00",
        "lines": [{"description": "Site", "quantity": "1", "unitPrice": "900.00"}]""")),
        HttpStatus.BAD_REQUEST, "'periodicPrice' is only for");
    assertProblem(post("/api/quotes", quote("wja", "\"kind\": \"SHOP\"")),
        HttpStatus.BAD_REQUEST, "kind");
    assertProblem(get("/api/quotes/Q-2026-9999"), HttpStatus.NOT_FOUND, "Q-2026-9999");
    assertThat(contracts.forClient(clientId)).isEmpty();
  }

  @Test
  void BDB_R15_the_signature_records_where_it_was_concluded_and_a_professional_withdrawal_is_a_409() {
    var created = post("/api/quotes", quote("debruijne",
        "\"kind\": \"RENTAL\", \"periodicPrice\": \"49.00\", \"period\": \"MONTHLY\""));
    String quoteNumber = created.getBody().get("quoteNumber").asText();
    String contractNumber = created.getBody().get("contractNumber").asText();
    runJobs(quoteNumber);
    String signature = "/api/quotes/" + quoteNumber + "/signature";

    assertProblem(post(signature, "{\"concludedAt\": \"AT_HOME\"}"), HttpStatus.BAD_REQUEST,
        "'concludedAt' is 'AT_HOME'", "OFF_PREMISES");
    var signed = post(signature, """
        {"date": "2026-03-02", "concludedAt": "OFF_PREMISES", "earlyStartRequested": true}""");
    assertThat(signed.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(signed.getBody().get("concludedAt").asText()).isEqualTo("OFF_PREMISES");
    assertThat(signed.getBody().get("earlyStartRequested").asBoolean()).isTrue();
    runJobs(quoteNumber);

    var withdrawal = Api.post(http, "production", "/api/contracts/" + contractNumber + "/events",
        """
        {"type": "WITHDRAWAL", "date": "2026-03-02", "by": "CLIENT", "channel": "REGISTERED_LETTER"}""");
    assertProblem(withdrawal, HttpStatus.CONFLICT, "professional",
        "BDB-R15: granted to non-professional clients only");
    assertThat(get("/api/contracts/" + contractNumber).getBody().get("deadlines").toString())
        .as("no withdrawal period for a professional").doesNotContain("Withdrawal");
    assertThat(get("/api/contracts/" + contractNumber).getBody().get("status").asText())
        .isEqualTo("QUOTED");
  }

  @Test
  void a_signature_dated_in_the_future_is_refused() {
    var created = post("/api/quotes", quote("wja", """
        "kind": "PROJECT", "lines": [{"description": "Site", "quantity": "1", "unitPrice": "900.00"}]"""));
    String quoteNumber = created.getBody().get("quoteNumber").asText();

    assertProblem(post("/api/quotes/" + quoteNumber + "/signature", "{\"date\": \"2026-03-03\"}"),
        HttpStatus.BAD_REQUEST, "after today");
  }

  @Test
  void VIR_4_a_quote_may_set_the_payment_term_of_its_invoices_within_60_days() {
    var created = post("/api/quotes", quote("virtura", """
        "kind": "PROJECT", "paymentTermDays": 45,
        "lines": [{"description": "Chatbot", "quantity": "1", "unitPrice": "2000.00"}]"""));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String quoteNumber = created.getBody().get("quoteNumber").asText();
    assertThat(get("/api/quotes/" + quoteNumber).getBody().get("paymentTermDays").asInt())
        .isEqualTo(45);
    assertProblem(post("/api/quotes", quote("virtura", """
        "kind": "PROJECT", "paymentTermDays": 90,
        "lines": [{"description": "Chatbot", "quantity": "1", "unitPrice": "2000.00"}]""")),
        HttpStatus.BAD_REQUEST, "'paymentTermDays' is 90", "0 to 60");
  }
}
