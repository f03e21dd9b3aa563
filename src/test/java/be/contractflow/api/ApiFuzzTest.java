package be.contractflow.api;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.Language;
import be.contractflow.support.LedgerFixtures;
import be.contractflow.support.LedgerSnapshot;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.spring.JqwikSpringSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 10, item 3: random JSON to every {@code /api} write — random shapes, huge and exponent
 * numbers, wrong types, unicode, nulls, broken JSON, and valid bodies with one field replaced or
 * removed — as the administrator, who may call them all, so every body reaches validation. Never
 * a 5xx; every 4xx is problem+json with a detail; a refused call leaves every ledger table,
 * process instance and job as it was. The clock endpoint's pool of dates holds no valid future
 * date, so the fuzz never moves the shared clock (a date in the past is a 409 refusal).
 */
@JqwikSpringSupport
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "contractflow.test.context=api-contract")
@ActiveProfiles({"test", "simulation"})
class ApiFuzzTest {

  /** A body sent to a path; the template's fields are what the mutations replace. */
  record Request(String path, String body) {
    @Override
    public String toString() {
      return "POST " + path + " " + (body.length() > 400 ? body.substring(0, 400) + "..." : body);
    }
  }

  @Autowired TestRestTemplate http;
  @Autowired LedgerFixtures ledger;
  @Autowired LedgerSnapshot snapshot;

  static String clientId;
  static String contractNumber;
  static String invoiceNumber;
  static String quoteNumber;

  /** Once per run, in the first try (Spring's fields are injected by then). */
  private void aClientAContractAnInvoiceAndAQuoteOn10March() {
    if (clientId != null) {
      return;
    }
    today(LocalDate.of(2026, 3, 10));
    var client = ledger.client(ClientType.CONSUMER, Language.nl);
    var contract = ledger.contract("virtura", ContractKind.PROJECT, client);
    clientId = client.id();
    contractNumber = contract.number();
    invoiceNumber = ledger.invoice(contract, InvoiceKind.DEPOSIT, "VIR-2", "5000.00").number();
    quoteNumber = post("/api/quotes", "{\"clientId\": \"" + clientId + "\", \"termsProfile\":"
        + " \"wja\", \"kind\": \"PROJECT\", \"lines\": [{\"description\": \"Site\", \"quantity\":"
        + " \"1\", \"unitPrice\": \"900.00\"}]}").getBody().get("quoteNumber").asText();
  }

  @AfterProperty
  void resetClock() {
    ClockUtil.reset();
    clientId = null;
  }

  @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
  void random_json_to_every_write_is_never_a_5xx_and_a_refusal_changes_nothing(
      @ForAll("requests") Request generated) {
    aClientAContractAnInvoiceAndAQuoteOn10March();
    today(LocalDate.of(2026, 3, 10));
    var request = new Request(fill(generated.path()), fill(generated.body()));
    var before = snapshot.take();

    var response = post(request.path(), request.body());

    int status = response.getStatusCode().value();
    assertThat(status).as("%s → %s", request, response.getBody()).isLessThan(500);
    if (status >= 400) {
      assertThat(String.valueOf(response.getHeaders().getContentType()))
          .as("%s → %s", request, response.getBody())
          .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      assertThat(response.getBody().path("detail").asText()).as("%s", request).isNotBlank();
      assertThat(snapshot.take()).as("%s refused with %d changed nothing", request, status)
          .isEqualTo(before);
    }
  }

  private org.springframework.http.ResponseEntity<JsonNode> post(String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth("demo", "demo")
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }

  // --- generators -------------------------------------------------------------------------

  @Provide
  Arbitrary<Request> requests() {
    return Arbitraries.oneOf(
        request("/api/clients", Map.of(
            "name", q("Boulangerie Dupont"), "email", q("info@dupont.be"), "language", q("fr"),
            "type", q("PROFESSIONAL"), "vatNumber", q("BE0123456789"), "address", q("Rue 1"))),
        request("/api/quotes", Map.of(
            "clientId", q("@CLIENT_ID@"), "termsProfile", q("wja"), "kind", q("PROJECT"),
            "issueDate", q("2026-03-10"), "paymentTermDays", "30",
            "lines", "[{\"description\": \"Site\", \"quantity\": \"1\", \"unitPrice\": \"900.00\"}]",
            "periodicPrice", "null", "period", "null", "hourlyRate", "null")),
        request("/api/quotes/@QUOTE@/signature", Map.of("date", q("2026-03-10"))),
        request("/api/payments", Map.of(
            "invoiceNumber", q("@INVOICE@"), "amount", q("10.00"), "date", q("2026-03-10"),
            "reference", "null", "force", "false")),
        request("/api/contracts/@CONTRACT@/events", Map.of(
            "type", q("CHANGE_REQUEST"), "by", q("CLIENT"), "channel", q("EMAIL"),
            "reason", q("One more page"), "date", q("2026-03-10"), "invoiceNumber", "null")),
        request("/api/simulation/clock", Map.of("date", q("2000-01-01"))));
  }

  private Arbitrary<Request> request(String path, Map<String, String> template) {
    Arbitrary<String> paths = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, Arbitraries.just(path)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(40).map(segment ->
            path.replaceFirst("@QUOTE@|@CONTRACT@", URLEncoder.encode(segment, StandardCharsets.UTF_8)
                .replace("+", "%20")))));
    Arbitrary<String> bodies = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, mutated(template)),
        net.jqwik.api.Tuple.of(2, json(3)),
        net.jqwik.api.Tuple.of(1, garbage()));
    return Combinators.combine(paths, bodies).as(Request::new);
  }

  /** The template with one field replaced by a random value, one removed, or one unknown added. */
  private Arbitrary<String> mutated(Map<String, String> template) {
    List<String> keys = template.keySet().stream().sorted().toList();
    return Combinators.combine(Arbitraries.of(keys), json(2), Arbitraries.integers().between(0, 9))
        .as((key, value, how) -> {
          Map<String, String> body = new LinkedHashMap<>();
          template.keySet().stream().sorted().forEach(k -> body.put(k, template.get(k)));
          if (how == 0) {
            body.remove(key);
          } else if (how == 1) {
            body.put("unexpected", value);
          } else if (how == 2 && key.equals("lines")) {
            body.put(key, "[{\"description\": \"Site\", \"quantity\": " + value
                + ", \"unitPrice\": " + value + "}]");
          } else {
            body.put(key, value);
          }
          return object(body);
        });
  }

  /** Any JSON value, nested up to {@code depth}. */
  private Arbitrary<String> json(int depth) {
    Arbitrary<String> scalars = Arbitraries.oneOf(
        Arbitraries.of("null", "true", "false", "0", "-0", "1", "-1", "2147483648",
            "-2147483649", "9223372036854775808", "1e10000000", "1E-400", "-1e309", "1e30",
            "0.001", "12.345", "1000000000.01", "123456789012345678901234567890.5",
            "9".repeat(900)),
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.bigDecimals().ofScale(4).map(d -> d.toPlainString()),
        Arbitraries.of("1e10000000", "1000000000.01", "-5", "12,50", " 10.00 ", "+3", "NaN",
            "Infinity", "0000-01-01", "-999999999-01-01", "2101-01-01", "1999-12-31",
            "2026-02-30", "2026-03-10", "2000-01-01", "2026-03-10T12:00:00+01:00",
            "2000-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "PROJECT", "REGIE", "HOSTING",
            "MONTHLY", "INVOICE_CONTEST", "GO_LIVE", "TERMINATION", "CLIENT", "EMAIL", "fr",
            "CONSUMER", "I-2026-00001", "+++000/0000/00097+++", "Q-0-0001", "", " ",
            "x".repeat(600), "\u0000", "é€𝄞\uD83D\uDE00", "<script>alert(1)</script>",
            "'; drop table cf_payment; --", "${''.getClass()}", "#{1+1}")
            .map(ApiFuzzTest::q),
        Arbitraries.strings().ofMaxLength(80).map(ApiFuzzTest::q),
        Arbitraries.strings().all().ofMaxLength(20).map(ApiFuzzTest::q));
    if (depth == 0) {
      return scalars;
    }
    Arbitrary<String> arrays = json(depth - 1).list().ofMaxSize(4)
        .map(values -> "[" + String.join(", ", values) + "]");
    Arbitrary<String> keys = Arbitraries.oneOf(
        Arbitraries.of("name", "amount", "date", "lines", "type", "kind", "quantity",
            "unitPrice", "invoiceNumber", "clientId", "force", "dateTime", "__proto__"),
        Arbitraries.strings().ofMaxLength(12));
    Arbitrary<String> objects = Arbitraries.maps(keys, json(depth - 1)).ofMaxSize(5)
        .map(ApiFuzzTest::object);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, scalars),
        net.jqwik.api.Tuple.of(2, arrays),
        net.jqwik.api.Tuple.of(2, objects));
  }

  /** Text that is not JSON, or JSON cut short. */
  private Arbitrary<String> garbage() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(100),
        Arbitraries.of("", "{", "}", "[]", "{\"amount\": }", "{\"a\": 1, \"a\": 2}", "{'a': 1}",
            "[".repeat(2000), "{\"name\": \"Dupont\"", "nul", "\"just a string\"", "42"));
  }

  private static String object(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> q(e.getKey()) + ": " + e.getValue())
        .collect(Collectors.joining(", ", "{", "}"));
  }

  /** A JSON string of any text, escaped. */
  private static String q(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }

  /** The real numbers of this run in place of the template's placeholders. */
  private static String fill(String text) {
    return text.replace("@CLIENT_ID@", clientId).replace("@QUOTE@", quoteNumber)
        .replace("@CONTRACT@", contractNumber).replace("@INVOICE@", invoiceNumber);
  }
}
