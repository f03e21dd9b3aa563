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
import be.contractflow.support.LedgerSnapshot;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 10, item 3: every input of {@code /api} is bounded, refused as problem+json naming the
 * field, and a refused request changes nothing. One test per hole the probe found.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InputLimitsApiTest {

  @Autowired TestRestTemplate http;
  @Autowired LedgerFixtures ledger;
  @Autowired LedgerSnapshot snapshot;
  @Autowired PaymentRepository payments;
  @LocalServerPort int port;

  String clientId;
  Contract contract;
  Invoice invoice;
  Map<String, Object> before;

  @BeforeEach
  void aWjaInvoiceOn10March() {
    today(LocalDate.of(2026, 3, 10));
    var client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    clientId = client.id();
    contract = ledger.contract("wja", ContractKind.PROJECT, client);
    invoice = ledger.invoice(contract, InvoiceKind.DEPOSIT, "WJA-2", "1000.00");
    before = snapshot.take();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** The response is a 4xx problem naming {@code field}, and nothing was written. */
  private void assertRefused(ResponseEntity<JsonNode> response, HttpStatus status, String field,
      String... detailContains) {
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    if (field != null) {
      assertThat(response.getBody().path("field").asText()).as("%s", response.getBody())
          .isEqualTo(field);
    }
    assertThat(response.getBody().get("detail").asText()).contains(detailContains);
    assertThat(snapshot.take()).as("nothing changed").isEqualTo(before);
  }

  private ResponseEntity<JsonNode> pay(String json) {
    return Api.post(http, "accounting", "/api/payments", json);
  }

  private ResponseEntity<JsonNode> quote(String fields) {
    return Api.post(http, "sales", "/api/quotes", "{\"clientId\": \"" + clientId
        + "\", \"termsProfile\": \"wja\", \"kind\": \"PROJECT\", " + fields + "}");
  }

  private static String line(String unitPrice) {
    return "{\"description\": \"Site\", \"quantity\": \"1\", \"unitPrice\": " + unitPrice + "}";
  }

  @Test
  void an_amount_with_a_huge_exponent_is_refused_at_once_naming_the_field() {
    long start = System.nanoTime();
    assertRefused(pay("{\"invoiceNumber\": \"" + invoice.number() + "\", \"amount\": \"1e10000000\"}"),
        HttpStatus.BAD_REQUEST, "amount", "exponent notation is not accepted");
    assertRefused(pay("{\"invoiceNumber\": \"" + invoice.number() + "\", \"amount\": 1e10000000}"),
        HttpStatus.BAD_REQUEST, "amount", "exponent notation is not accepted");
    assertRefused(pay("{\"invoiceNumber\": \"" + invoice.number() + "\", \"amount\": \""
        + "9".repeat(5000) + "\"}"), HttpStatus.BAD_REQUEST, "amount", "5000 characters long");
    // the probe measured 56 s of CPU for the first one; a refusal is a few milliseconds
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void an_amount_above_one_billion_or_with_three_decimals_is_refused() {
    assertRefused(pay("{\"invoiceNumber\": \"" + invoice.number() + "\", \"amount\": \"1000000000.01\"}"),
        HttpStatus.BAD_REQUEST, "amount", "at most 1000000000");
    assertRefused(pay("{\"invoiceNumber\": \"" + invoice.number() + "\", \"amount\": \"12.345\"}"),
        HttpStatus.BAD_REQUEST, "amount", "at most 2 decimals");
    assertRefused(pay("{\"invoiceNumber\": \"" + invoice.number() + "\", \"amount\": {\"value\": 1}}"),
        HttpStatus.BAD_REQUEST, "amount", "\"1210.00\"");
  }

  @Test
  void a_unit_price_of_1e30_is_a_400_naming_the_line_not_a_500() {
    assertRefused(quote("\"lines\": [" + line("\"1e30\"") + "]"), HttpStatus.BAD_REQUEST,
        "lines[0].unitPrice", "exponent notation");
    assertRefused(quote("\"lines\": [" + line("1000000000000000000000000000000") + "]"),
        HttpStatus.BAD_REQUEST, "lines[0].unitPrice", "at most 1000000000");
    assertRefused(quote("\"lines\": [{\"description\": \"Site\", \"quantity\": \"100000\","
        + " \"unitPrice\": \"1000000000.00\"}]"), HttpStatus.BAD_REQUEST, "lines[0]",
        "more than the 1000000000 a quote may total");
  }

  @Test
  void an_issue_date_in_year_0_or_minus_999999999_is_refused_with_the_window() {
    assertRefused(quote("\"issueDate\": \"0000-01-01\", \"lines\": [" + line("\"900.00\"") + "]"),
        HttpStatus.BAD_REQUEST, "issueDate", "between 2000-01-01 and 2100-12-31");
    assertRefused(quote("\"issueDate\": \"-999999999-01-01\", \"lines\": [" + line("\"900.00\"") + "]"),
        HttpStatus.BAD_REQUEST, "issueDate", "between 2000-01-01 and 2100-12-31");
    assertRefused(Api.get(http, "accounting", "/api/invoices/" + invoice.number() + "?at=0000-01-01"),
        HttpStatus.BAD_REQUEST, "at", "between 2000-01-01 and 2100-12-31");
  }

  @Test
  void a_payment_term_of_2_to_the_31_days_is_refused_naming_paymentTermDays() {
    assertRefused(quote("\"paymentTermDays\": 2147483648, \"lines\": [" + line("\"900.00\"") + "]"),
        HttpStatus.BAD_REQUEST, "paymentTermDays", "'paymentTermDays' is 2147483648, out of range");
    assertRefused(quote("\"paymentTermDays\": 30.5, \"lines\": [" + line("\"900.00\"") + "]"),
        HttpStatus.BAD_REQUEST, "paymentTermDays", "whole number");
    assertRefused(quote("\"paymentTermDays\": \"30\", \"lines\": [" + line("\"900.00\"") + "]"),
        HttpStatus.BAD_REQUEST, "paymentTermDays", "whole number");
  }

  @Test
  void a_number_is_not_silently_turned_into_a_name_nor_into_an_enum() {
    assertRefused(Api.post(http, "sales", "/api/clients", """
        {"name": 42, "email": "a@b.be", "language": "fr", "type": "CONSUMER"}"""),
        HttpStatus.BAD_REQUEST, "name", "which is not a string");
    assertRefused(quote("\"kind\": 0, \"lines\": [" + line("\"900.00\"") + "]"),
        HttpStatus.BAD_REQUEST, null, "kind");
    assertRefused(Api.post(http, "sales", "/api/clients", """
        {"name": "Dupont", "email": "a@b.be", "language": "fr", "type": "CONSUMER", "vatNumber": true}"""),
        HttpStatus.BAD_REQUEST, "vatNumber", "which is not a string");
  }

  @Test
  void a_quote_of_201_lines_is_refused() {
    String lines = String.join(", ", java.util.Collections.nCopies(201, line("\"1.00\"")));
    assertRefused(quote("\"lines\": [" + lines + "]"), HttpStatus.BAD_REQUEST, "lines",
        "more than 200 lines");
  }

  @Test
  void a_body_over_256_KB_is_refused_with_413_before_it_is_read() throws Exception {
    String big = "{\"name\": \"" + "x".repeat(300 * 1024) + "\"}";
    assertRefused(Api.post(http, "sales", "/api/clients", big), HttpStatus.PAYLOAD_TOO_LARGE,
        null, "larger than 262144 bytes");

    // without Content-Length (chunked): cut off by the counting stream at 256 KB
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/clients"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            "sales:sales".getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
        .build();
    var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(new ObjectMapper().readTree(response.body()).get("detail").asText())
        .contains("larger than 262144 bytes");
    assertThat(snapshot.take()).isEqualTo(before);
  }

  @Test
  void a_payment_without_reference_posted_twice_is_refused_as_a_probable_duplicate_unless_forced() {
    String payment = "{\"invoiceNumber\": \"" + invoice.number() + "\", \"amount\": \"100.00\"}";
    assertThat(pay(payment).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    before = snapshot.take();

    var again = pay(payment);
    assertRefused(again, HttpStatus.CONFLICT, "reference", "probably the same transfer",
        "\"force\": true");
    assertThat(again.getBody().get("duplicateOf").asLong())
        .isEqualTo(payments.forInvoice(invoice.number()).get(0).id());

    var forced = pay("{\"invoiceNumber\": \"" + invoice.number()
        + "\", \"amount\": \"100.00\", \"force\": true}");
    assertThat(forced.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    var referenced = pay("{\"invoiceNumber\": \"" + invoice.number()
        + "\", \"amount\": \"100.00\", \"reference\": \"BANK-" + System.nanoTime() + "\"}");
    assertThat(referenced.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(payments.forInvoice(invoice.number())).hasSize(3);
  }

  @Test
  void a_payment_of_another_amount_or_date_the_same_day_is_no_duplicate() {
    assertThat(pay("{\"invoiceNumber\": \"" + invoice.number() + "\", \"amount\": \"100.00\"}")
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(pay("{\"invoiceNumber\": \"" + invoice.number() + "\", \"amount\": \"100.01\"}")
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(payments.forInvoice(invoice.number())).hasSize(2);
  }

  @Test
  void urls_refused_before_the_api_reads_them_are_problems_too_not_html_pages() throws Exception {
    // %zz: Tomcat refuses it; ';' and an encoded '%' : Spring Security's firewall
    for (String target : List.of("/api/contracts/%zz", "/api/contracts/a;b/timeline",
        "/api/contracts/a%252e%252e/x", "/api/nothing-here")) {
      String answer = rawGet(target);
      assertThat(answer).as(target).startsWith("HTTP/1.1 4")
          .containsIgnoringCase("Content-Type: application/problem+json")
          .contains("\"detail\":");
    }
  }

  /** A GET written on the socket as is, so the client does not re-encode the URL. */
  private String rawGet(String target) throws Exception {
    try (var socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      var out = socket.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic "
          + Base64.getEncoder().encodeToString("auditor:auditor".getBytes(StandardCharsets.UTF_8))
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
