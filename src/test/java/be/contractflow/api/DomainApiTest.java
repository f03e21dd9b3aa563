package be.contractflow.api;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.Language;
import be.contractflow.ledger.PaymentRepository;
import be.contractflow.support.Api;
import be.contractflow.support.LedgerFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The domain API over real HTTP, as an integrator or the bank connector calls it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DomainApiTest {

  @Autowired TestRestTemplate http;
  @Autowired LedgerFixtures ledger;
  @Autowired PaymentRepository payments;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  Contract contract;
  Invoice invoice;

  @BeforeEach
  void aWjaInvoiceIssuedOn10March() {
    today(LocalDate.of(2026, 3, 10));
    var client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    contract = ledger.contract("wja", ContractKind.PROJECT, client);
    invoice = ledger.invoice(contract, InvoiceKind.DEPOSIT, "WJA-2", "1000.00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ResponseEntity<JsonNode> post(String user, String path, String json) {
    return Api.post(http, user, path, json);
  }

  private ResponseEntity<JsonNode> get(String user, String path) {
    return Api.get(http, user, path);
  }

  private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status,
      String detailContains) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(response.getBody().get("detail").asText()).contains(detailContains);
  }

  @Test
  void a_client_is_created_and_read_back() {
    var created = post("sales", "/api/clients", """
        {"name": "Boulangerie Dupont", "email": "info@dupont.be", "language": "fr",
         "type": "PROFESSIONAL", "vatNumber": "BE 0403.170.701"}""");

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = created.getBody().get("id").asText();
    var read = get("auditor", "/api/clients/" + id);
    assertThat(read.getBody().get("name").asText()).isEqualTo("Boulangerie Dupont");
    assertThat(read.getBody().get("language").asText()).isEqualTo("fr");
    assertThat(read.getBody().get("vatNumber").asText()).isEqualTo("BE0403170701");
  }

  @Test
  void a_professional_with_a_VAT_number_failing_its_check_digits_is_refused_and_nothing_is_stored() {
    Integer before = jdbc.sql("select count(*) from cf_client").query(Integer.class).single();
    for (String bad : new String[] {"BE0403170702", "BE040317070", "0403170701x", "B"}) {
      var response = post("sales", "/api/clients", """
          {"name": "Boulangerie Dupont", "email": "info@dupont.be", "language": "fr",
           "type": "PROFESSIONAL", "vatNumber": "%s"}""".formatted(bad));
      assertProblem(response, HttpStatus.BAD_REQUEST, "'vatNumber' '" + bad + "' is not a");
    }
    assertThat(jdbc.sql("select count(*) from cf_client").query(Integer.class).single())
        .isEqualTo(before);
  }

  @Test
  void a_clients_phone_is_kept_as_given_and_a_malformed_one_is_refused_naming_the_field() {
    var created = post("sales", "/api/clients", """
        {"name": "Bakkerij Peeters", "email": "info@peeters.be", "language": "nl",
         "type": "PROFESSIONAL", "phone": " +32 4 123 45 67 "}""");
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    var read = get("auditor", "/api/clients/" + created.getBody().get("id").asText());
    assertThat(read.getBody().get("phone").asText()).isEqualTo("+32 4 123 45 67");

    Integer before = jdbc.sql("select count(*) from cf_client").query(Integer.class).single();
    for (String bad : new String[] {"call me", "12345", "+32 4 123 45 67 ext 9", "++32 4 123 45 67"}) {
      var response = post("sales", "/api/clients", """
          {"name": "Bakkerij Peeters", "email": "info@peeters.be", "language": "nl",
           "type": "PROFESSIONAL", "phone": "%s"}""".formatted(bad));
      assertProblem(response, HttpStatus.BAD_REQUEST, "'phone' '" + bad + "' is not a phone number");
    }
    assertThat(jdbc.sql("select count(*) from cf_client").query(Integer.class).single())
        .isEqualTo(before);
  }

  @Test
  void a_client_without_email_and_with_an_unknown_language_is_refused_field_by_field() {
    var response = post("sales", "/api/clients", """
        {"name": "Dupont", "language": "de", "type": "PROFESSIONAL"}""");

    assertProblem(response, HttpStatus.BAD_REQUEST, "'language' has the value 'de'");
    assertThat(response.getBody().get("detail").asText()).contains("[fr, nl, en]");
  }

  @Test
  void missing_fields_are_listed_with_what_to_send() {
    var response = post("sales", "/api/clients", """
        {"name": "Dupont", "language": "fr"}""");

    assertProblem(response, HttpStatus.BAD_REQUEST, "'email' is required");
    assertThat(response.getBody().get("detail").asText()).contains("'type' is required: send PROFESSIONAL or CONSUMER");
  }

  @Test
  void malformed_json_and_unknown_fields_get_a_helpful_problem() {
    assertProblem(post("sales", "/api/clients", "{\"name\": \"Dupont\","), HttpStatus.BAD_REQUEST,
        "not valid JSON");
    assertProblem(post("sales", "/api/clients", """
        {"name": "Dupont", "email": "a@b.be", "language": "fr", "type": "CONSUMER", "vat": "x"}"""),
        HttpStatus.BAD_REQUEST, "Unknown field 'vat'");
  }

  @Test
  void an_unknown_contract_is_a_404_problem_saying_what_numbers_look_like() {
    assertProblem(get("auditor", "/api/contracts/C-1999-9999"), HttpStatus.NOT_FOUND, "C-2026-0001");
  }

  @Test
  void the_contract_shows_its_status_and_deadlines_with_clauses() {
    var body = get("auditor", "/api/contracts/" + contract.number()).getBody();

    assertThat(body.get("status").asText()).isEqualTo("CONFIRMED");
    assertThat(body.get("termsProfile").asText()).isEqualTo("wja");
    assertThat(body.get("deadlines")).anySatisfy(deadline -> {
      assertThat(deadline.get("clause").asText()).isEqualTo("WJA-15");
      assertThat(deadline.get("dueDate").asText()).isEqualTo("2026-03-18");
      assertThat(deadline.get("status").asText()).isEqualTo("PENDING");
    });
  }

  @Test
  void the_contract_lists_its_invoices_with_amounts_as_strings() {
    var body = get("auditor", "/api/contracts/" + contract.number() + "/invoices").getBody();

    assertThat(body).singleElement().satisfies(i -> {
      assertThat(i.get("number").asText()).isEqualTo(invoice.number());
      assertThat(i.get("kind").asText()).isEqualTo("DEPOSIT");
      assertThat(i.get("amountExclVat").isTextual()).isTrue();
      assertThat(i.get("amountExclVat").asText()).isEqualTo("1000.00");
      assertThat(i.get("vat").asText()).isEqualTo("210.00");
      assertThat(i.get("total").asText()).isEqualTo("1210.00");
      assertThat(i.get("paid").asText()).isEqualTo("0.00");
      assertThat(i.get("status").asText()).isEqualTo("OPEN");
      assertThat(i.get("dueDate").asText()).isEqualTo("2026-03-10");
    });
  }

  @Test
  void the_contract_lists_its_notices_with_the_invoice_pdf() {
    var body = get("auditor", "/api/contracts/" + contract.number() + "/notices").getBody();

    assertThat(body).singleElement().satisfies(n -> {
      assertThat(n.get("type").asText()).isEqualTo("INVOICE_SENT");
      assertThat(n.get("invoiceNumber").asText()).isEqualTo(invoice.number());
      assertThat(n.get("language").asText()).isEqualTo("fr");
      String url = n.get("documentUrl").asText();
      var pdf = http.withBasicAuth("auditor", "auditor").getForEntity(url, byte[].class);
      assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
      assertThat(new String(pdf.getBody(), 0, 4)).isEqualTo("%PDF");
    });
  }

  @Test
  void WJA_10b_10c_the_amount_due_at_a_date_names_each_clause_and_its_inputs() {
    var body = get("accounting", "/api/invoices/" + invoice.number() + "?at=2026-04-11").getBody();

    assertThat(body.get("principal").asText()).isEqualTo("1210.00");
    assertThat(body.get("interest").asText()).isEqualTo("24.20");
    assertThat(body.get("indemnity").asText()).isEqualTo("181.50");
    assertThat(body.get("total").asText()).isEqualTo("1415.70");
    assertThat(body.get("lines")).anySatisfy(line -> {
      assertThat(line.get("clause").asText()).isEqualTo("WJA-10b");
      assertThat(line.get("inputs").get("startedMonths").asInt()).isEqualTo(2);
    });
  }

  @Test
  void a_date_that_is_not_a_date_is_refused_with_the_expected_format() {
    assertProblem(get("accounting", "/api/invoices/" + invoice.number() + "?at=11/04/2026"),
        HttpStatus.BAD_REQUEST, "YYYY-MM-DD");
  }

  @Test
  void a_payment_by_structured_communication_is_recorded_and_imputed() {
    today(LocalDate.of(2026, 3, 11));
    String communication = get("accounting", "/api/invoices/" + invoice.number()).getBody()
        .get("structuredCommunication").asText();

    var response = post("accounting", "/api/payments", """
        {"invoiceNumber": "%s", "amount": "500.00", "reference": "BANK-2026-001"}""".formatted(communication));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getBody().get("toIndemnity").asText()).isEqualTo("181.50");
    assertThat(response.getBody().get("toInterest").asText()).isEqualTo("12.10");
    assertThat(response.getBody().get("toPrincipal").asText()).isEqualTo("306.40");
    assertThat(response.getBody().get("remaining").asText()).isEqualTo("903.60");
  }

  @Test
  void the_same_bank_reference_twice_answers_200_and_counts_once() {
    String json = """
        {"invoiceNumber": "%s", "amount": "100.00", "reference": "BANK-7"}""".formatted(invoice.number());
    assertThat(post("accounting", "/api/payments", json).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    var again = post("accounting", "/api/payments", json);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().get("duplicate").asBoolean()).isTrue();
    assertThat(payments.forInvoice(invoice.number())).hasSize(1);
  }

  @Test
  void negative_non_numeric_and_excess_amounts_are_refused_and_change_nothing() {
    assertProblem(post("accounting", "/api/payments", """
        {"invoiceNumber": "%s", "amount": "-5"}""".formatted(invoice.number())),
        HttpStatus.BAD_REQUEST, "send a positive amount");
    assertProblem(post("accounting", "/api/payments", """
        {"invoiceNumber": "%s", "amount": "12,50"}""".formatted(invoice.number())),
        HttpStatus.BAD_REQUEST, "not an amount");
    assertProblem(post("accounting", "/api/payments", """
        {"invoiceNumber": "%s", "amount": "1210.01"}""".formatted(invoice.number())),
        HttpStatus.UNPROCESSABLE_ENTITY, "Send at most 1210.00");
    assertProblem(post("accounting", "/api/payments", """
        {"invoiceNumber": "I-1999-00001", "amount": "10.00"}"""),
        HttpStatus.NOT_FOUND, "No invoice numbered 'I-1999-00001'");
    assertThat(payments.forInvoice(invoice.number())).isEmpty();
  }

  @Test
  void a_settled_invoice_refuses_another_payment_with_409() {
    post("accounting", "/api/payments", """
        {"invoiceNumber": "%s", "amount": "1210.00"}""".formatted(invoice.number()));

    assertProblem(post("accounting", "/api/payments", """
        {"invoiceNumber": "%s", "amount": "1.00"}""".formatted(invoice.number())),
        HttpStatus.CONFLICT, "settled on 2026-03-10");
  }

  @Test
  void an_event_no_process_waits_for_is_refused_with_409_and_the_contract_state() {
    assertProblem(post("production", "/api/contracts/" + contract.number() + "/events", """
        {"type": "GO_LIVE", "by": "PROVIDER", "channel": "EMAIL"}"""),
        HttpStatus.CONFLICT, "is CONFIRMED");
  }

  @Test
  void an_unknown_event_type_is_refused_with_the_list_of_types() {
    assertProblem(post("production", "/api/contracts/" + contract.number() + "/events", """
        {"type": "PARTY", "by": "PROVIDER", "channel": "EMAIL"}"""),
        HttpStatus.BAD_REQUEST, "GO_LIVE");
  }

  @Test
  void the_openapi_document_describes_the_domain_api() {
    var body = get("auditor", "/api/openapi").getBody();

    assertThat(body.get("paths").has("/api/payments")).isTrue();
    assertThat(body.get("paths").has("/api/invoices/{number}")).isTrue();
  }
}
