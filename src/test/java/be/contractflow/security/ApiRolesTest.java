package be.contractflow.security;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.Language;
import be.contractflow.support.LedgerFixtures;
import be.contractflow.support.LedgerSnapshot;
import be.contractflow.time.BusinessClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 10, item 4: the README's table "Roles on /api" is what the code does. Every row is called
 * as every demo user and without credentials, each time on fresh data (a new invoice to pay, a new
 * quote to sign), and the status compared with the table's cell; a refusal must be problem+json
 * and change nothing. Every {@code /api} endpoint of the code must have a row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "contractflow.test.context=api-contract")
@ActiveProfiles({"test", "simulation"})
class ApiRolesTest {

  static final List<String> COLUMNS =
      List.of("demo", "sales", "production", "accounting", "owner", "auditor", "anonymous");

  /** Endpoints that are not part of the product: the test-only echo, the API's documentation. */
  static final List<String> NOT_IN_TABLE =
      List.of("/api/test-echo", "/api/openapi", "/api/docs", "/api/swagger-ui");

  @Autowired TestRestTemplate http;
  @Autowired LedgerFixtures ledger;
  @Autowired LedgerSnapshot snapshot;
  @Autowired BusinessClock clock;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** One call of a row, prepared on fresh data: the request as a function of who sends it. */
  private record Call(HttpMethod method, String path, String json) {

    ResponseEntity<String> send(TestRestTemplate as) {
      var headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      return as.exchange(path, method, json == null ? null : new HttpEntity<>(json, headers),
          String.class);
    }
  }

  @Test
  void every_api_endpoint_answers_each_role_as_the_README_table_says() throws Exception {
    today(LocalDate.of(2026, 3, 10));
    Map<String, List<String>> table = readmeTable();
    Map<String, Supplier<Call>> calls = calls();

    assertThat(calls.keySet()).as("rows of the README table with a call in this test")
        .containsExactlyInAnyOrderElementsOf(table.keySet());
    assertThat(endpointsOfTheCode()).as("every /api endpoint of the code has a row in the README")
        .allSatisfy(endpoint -> assertThat(table.keySet())
            .anySatisfy(row -> assertThat(normalise(row)).startsWith(endpoint)));

    List<String> mismatches = new ArrayList<>();
    for (var row : table.entrySet()) {
      for (int column = 0; column < COLUMNS.size(); column++) {
        String user = COLUMNS.get(column);
        int expected = Integer.parseInt(row.getValue().get(column));
        Call call = calls.get(row.getKey()).get();
        var before = snapshot.take();
        var response = call.send(user.equals("anonymous") ? http : http.withBasicAuth(user, user));
        int actual = response.getStatusCode().value();
        if (actual != expected) {
          String body = String.valueOf(response.getBody());
          mismatches.add(row.getKey() + " as " + user + ": README says " + expected + ", got "
              + actual + " " + body.substring(0, Math.min(body.length(), 300)));
        } else if (actual >= 400) {
          String type = String.valueOf(response.getHeaders().getContentType());
          if (!type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
            mismatches.add(row.getKey() + " as " + user + ": " + actual + " as " + type);
          }
          if (!snapshot.take().equals(before)) {
            mismatches.add(row.getKey() + " as " + user + ": refused with " + actual
                + " but changed " + before + " into " + snapshot.take());
          }
        }
      }
    }
    assertThat(mismatches).as("cells where the code and the README differ").isEmpty();
  }

  /** The fresh data and request of each README row. */
  private Map<String, Supplier<Call>> calls() {
    var client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    Contract contract = ledger.contract("wja", ContractKind.PROJECT, client);
    var invoice = ledger.invoice(contract, InvoiceKind.DEPOSIT, "WJA-2", "1000.00");
    String quoteNumber = newQuote(client.id());
    String document = http.withBasicAuth("demo", "demo")
        .getForObject("/api/contracts/" + contract.number() + "/notices", JsonNode.class)
        .findValuesAsText("documentUrl").stream().filter(url -> !url.equals("null"))
        .findFirst().orElseThrow();

    Map<String, Supplier<Call>> calls = new LinkedHashMap<>();
    calls.put("POST /api/clients", () -> new Call(HttpMethod.POST, "/api/clients", """
        {"name": "Boulangerie Dupont", "email": "info@dupont.be", "language": "fr",
         "type": "PROFESSIONAL"}"""));
    calls.put("POST /api/quotes", () -> new Call(HttpMethod.POST, "/api/quotes",
        quoteBody(client.id())));
    calls.put("POST /api/quotes/{n}/signature", () -> new Call(HttpMethod.POST,
        "/api/quotes/" + newQuote(client.id()) + "/signature", "{}"));
    calls.put("POST /api/payments", () -> new Call(HttpMethod.POST, "/api/payments",
        "{\"invoiceNumber\": \"" + freshInvoice(contract) + "\", \"amount\": \"10.00\"}"));
    calls.put("POST /api/contracts/{n}/events INVOICE_CONTEST", () -> {
      var fresh = ledger.contract("wja", ContractKind.PROJECT, client);
      String number = freshInvoice(fresh);
      return new Call(HttpMethod.POST, "/api/contracts/" + fresh.number() + "/events",
          "{\"type\": \"INVOICE_CONTEST\", \"by\": \"CLIENT\", \"channel\": \"REGISTERED_LETTER\","
              + " \"reason\": \"Two pages missing\", \"invoiceNumber\": \"" + number + "\"}");
    });
    calls.put("POST /api/contracts/{n}/events every other type", () -> new Call(HttpMethod.POST,
        "/api/contracts/" + ledger.contract("wja", ContractKind.PROJECT, client).number()
            + "/events",
        "{\"type\": \"CHANGE_REQUEST\", \"by\": \"CLIENT\", \"channel\": \"EMAIL\","
            + " \"reason\": \"One more page\"}"));
    calls.put("POST /api/simulation/clock (simulation profile)", () -> new Call(HttpMethod.POST,
        "/api/simulation/clock",
        "{\"dateTime\": \"" + OffsetDateTime.ofInstant(clock.instant().plusSeconds(60),
            BusinessClock.ZONE) + "\"}"));
    calls.put("GET /api/clients/{id}", () -> new Call(HttpMethod.GET,
        "/api/clients/" + client.id(), null));
    calls.put("GET /api/quotes/{n}", () -> new Call(HttpMethod.GET,
        "/api/quotes/" + quoteNumber, null));
    calls.put("GET /api/contracts/{n}", () -> new Call(HttpMethod.GET,
        "/api/contracts/" + contract.number(), null));
    calls.put("GET /api/contracts/{n}/invoices", () -> new Call(HttpMethod.GET,
        "/api/contracts/" + contract.number() + "/invoices", null));
    calls.put("GET /api/invoices/{n}", () -> new Call(HttpMethod.GET,
        "/api/invoices/" + invoice.number(), null));
    // a Peppol e-invoice: a professional client with a Belgian VAT number
    var vatClient = ledger.client(ClientType.PROFESSIONAL, Language.fr, "BE0403170701");
    var eInvoiced = ledger.invoice(ledger.contract("wja", ContractKind.PROJECT, vatClient),
        InvoiceKind.DEPOSIT, "WJA-2", "1000.00");
    calls.put("GET /api/invoices/{n}/e-invoice", () -> new Call(HttpMethod.GET,
        "/api/invoices/" + eInvoiced.number() + "/e-invoice", null));
    calls.put("GET /api/contracts/{n}/notices", () -> new Call(HttpMethod.GET,
        "/api/contracts/" + contract.number() + "/notices", null));
    calls.put("GET /api/notices/{id}/document", () -> new Call(HttpMethod.GET, document, null));
    calls.put("GET /api/contracts/{n}/timeline", () -> new Call(HttpMethod.GET,
        "/api/contracts/" + contract.number() + "/timeline", null));
    return calls;
  }

  private String freshInvoice(Contract contract) {
    return ledger.invoice(contract, InvoiceKind.DEPOSIT, "WJA-2", "100.00").number();
  }

  private static String quoteBody(String clientId) {
    return "{\"clientId\": \"" + clientId + "\", \"termsProfile\": \"wja\", \"kind\": \"PROJECT\","
        + " \"lines\": [{\"description\": \"Website\", \"quantity\": \"1\", \"unitPrice\": \"900.00\"}]}";
  }

  private String newQuote(String clientId) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String number = http.withBasicAuth("demo", "demo").postForObject("/api/quotes",
        new HttpEntity<>(quoteBody(clientId), headers), JsonNode.class).get("quoteNumber").asText();
    // the quote is sent (an async step) before it may be signed
    var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult();
    for (int round = 0; round < 10; round++) {
      var due = management.createJobQuery().processInstanceId(instance.getId()).executable().list();
      if (due.isEmpty()) {
        break;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    return number;
  }

  /** The rows of the README's table "Roles on /api": request → one status per column. */
  static Map<String, List<String>> readmeTable() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("README.md"));
    int header = lines.indexOf("| request | " + String.join(" | ", COLUMNS) + " |");
    assertThat(header).as("the README's roles table header").isNotNegative();
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (String line : lines.subList(header + 2, lines.size())) {
      if (!line.startsWith("|")) {
        break;
      }
      List<String> cells = new ArrayList<>();
      for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
        cells.add(cell.strip());
      }
      rows.put(cells.get(0).replace("`", ""), cells.subList(1, cells.size()));
    }
    return rows;
  }

  /** {@code METHOD /api/path/{}} of every handler method under /api, variables unnamed. */
  private List<String> endpointsOfTheCode() {
    var endpoints = new TreeSet<String>();
    mappings.getHandlerMethods().keySet().forEach(info -> {
      for (String pattern : info.getPatternValues()) {
        if (!pattern.startsWith("/api") || NOT_IN_TABLE.stream().anyMatch(pattern::startsWith)) {
          continue;
        }
        var methods = info.getMethodsCondition().getMethods();
        methods.forEach(method -> endpoints.add(method.name() + " " + normalise(pattern)));
      }
    });
    return List.copyOf(endpoints);
  }

  private static String normalise(String request) {
    return request.replaceAll("\\{[^}]*}", "{}");
  }
}
