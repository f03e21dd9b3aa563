package be.contractflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The steps of a recurring contract's life through the domain API in the {@code simulation}
 * profile, as the agency's people and systems take them: sales creates the client and the quote
 * and records the signature, accounting posts the bank's payments and works its Tasklist tasks
 * (over {@code /engine-rest}), production or staff post contract events, the process owner moves
 * the clock, the auditor reads. Every call asserts its HTTP status, so a scenario reads as the
 * story it tells. Used by {@code simulation.SubscriptionApiTest}.
 */
public class SubscriptionLifecycle {

  private final TestRestTemplate http;

  public SubscriptionLifecycle(TestRestTemplate http) {
    this.http = http;
  }

  public record Contract(String quoteNumber, String contractNumber, String clientId) {}

  // --- time -------------------------------------------------------------------------------

  /** {@code POST /api/simulation/clock}: noon that day; due jobs run, notices go out. */
  public void clock(LocalDate date) {
    var moved = post("owner", "/api/simulation/clock", "{\"date\": \"" + date + "\"}");
    assertThat(moved.getStatusCode()).as("clock %s: %s", date, moved.getBody())
        .isEqualTo(HttpStatus.OK);
  }

  /**
   * Moves the clock to each date in turn, paying on its day every invoice issued (so that no
   * dunning runs and each invoice keeps its own date).
   */
  public void livePaying(String contract, LocalDate... dates) {
    for (LocalDate date : dates) {
      clock(date);
      payOpen(contract, date);
    }
  }

  // --- order ------------------------------------------------------------------------------

  public String client(String type) {
    var created = post("sales", "/api/clients", """
        {"name": "Atelier Lambert", "email": "contact-%d@lambert.example", "language": "fr",
         "type": "%s", "address": "Rue Haute 12, 1000 Bruxelles"}"""
        .formatted(System.nanoTime(), type));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("id").asText();
  }

  /**
   * A recurring quote issued, signed and its first invoice paid on {@code date}: the order
   * confirms the contract and starts the subscription that day.
   */
  public Contract ordered(String clientId, String profile, String kind, String periodicPrice,
      String period, LocalDate date) {
    clock(date);
    var created = post("sales", "/api/quotes", """
        {"clientId": "%s", "termsProfile": "%s", "kind": "%s", "issueDate": "%s", "lines": [],
         "periodicPrice": "%s", "period": "%s"}"""
        .formatted(clientId, profile, kind, date, periodicPrice, period));
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    var contract = new Contract(created.getBody().get("quoteNumber").asText(),
        created.getBody().get("contractNumber").asText(), clientId);
    clock(date);
    sign(contract.quoteNumber(), date);
    payOpen(contract.contractNumber(), date);
    assertThat(contract(contract.contractNumber()).get("startDate").asText())
        .isEqualTo(date.toString());
    return contract;
  }

  /** A one-off website quote signed on {@code date}; its deposit invoice is left unpaid. */
  public Contract projectSigned(String clientId, String profile, String price, LocalDate date) {
    clock(date);
    var created = post("sales", "/api/quotes", """
        {"clientId": "%s", "termsProfile": "%s", "kind": "PROJECT", "issueDate": "%s",
         "lines": [{"description": "Website", "quantity": "1", "unitPrice": "%s"}]}"""
        .formatted(clientId, profile, date, price));
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    var contract = new Contract(created.getBody().get("quoteNumber").asText(),
        created.getBody().get("contractNumber").asText(), clientId);
    clock(date);
    sign(contract.quoteNumber(), date);
    return contract;
  }

  public void sign(String quoteNumber, LocalDate date) {
    var signed = post("sales", "/api/quotes/" + quoteNumber + "/signature",
        "{\"date\": \"" + date + "\"}");
    assertThat(signed.getStatusCode()).as("%s", signed.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    clock(date);
  }

  // --- payments -----------------------------------------------------------------------------

  /** Pays in full, dated {@code date}, every open invoice of the contract. */
  public void payOpen(String contract, LocalDate date) {
    for (JsonNode invoice : invoices(contract)) {
      if ("OPEN".equals(invoice.get("status").asText())) {
        var paid = post("accounting", "/api/payments", """
            {"invoiceNumber": "%s", "amount": "%s", "date": "%s", "reference": "bank %s"}"""
            .formatted(invoice.get("number").asText(), invoice.get("total").asText(), date,
                invoice.get("number").asText()));
        assertThat(paid.getStatusCode()).as("%s", paid.getBody()).isEqualTo(HttpStatus.CREATED);
      }
    }
    clock(date);
  }

  // --- events -------------------------------------------------------------------------------

  /** {@code POST /api/contracts/{n}/events} as production (staff). */
  public ResponseEntity<JsonNode> event(String contract, String type, LocalDate date, String by,
      String channel, String reason) {
    String reasonJson = reason == null ? "null" : "\"" + reason.replace("\"", "\\\"") + "\"";
    return post("production", "/api/contracts/" + contract + "/events", """
        {"type": "%s", "date": "%s", "by": "%s", "channel": "%s", "reason": %s}"""
        .formatted(type, date, by, channel, reasonJson));
  }

  public static void accepted(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode()).as("%s", response.getBody())
        .isEqualTo(HttpStatus.ACCEPTED);
  }

  /** A refusal: the status, {@code application/problem+json}, and what the detail says. */
  public static JsonNode refused(ResponseEntity<JsonNode> response, HttpStatus status,
      String... detailContains) {
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat(response.getBody().get("detail").asText()).contains(detailContains);
    return response.getBody();
  }

  // --- Tasklist (as staff, over /engine-rest) -------------------------------------------------

  /** Completes the single open task of that definition in the process with that business key. */
  public void completeTask(String user, String businessKey, String taskDefinitionKey,
      String variablesJson) {
    var found = http.withBasicAuth(user, user).getForEntity("/engine-rest/task?processInstanceBusinessKey="
        + businessKey + "&taskDefinitionKey=" + taskDefinitionKey, JsonNode.class);
    assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(found.getBody()).as("%s task %s of %s", user, taskDefinitionKey, businessKey)
        .hasSize(1);
    String id = found.getBody().get(0).get("id").asText();
    var completed = post(user, "/engine-rest/task/" + id + "/complete",
        "{\"variables\": " + variablesJson + "}");
    assertThat(completed.getStatusCode().is2xxSuccessful()).as("%s", completed.getBody()).isTrue();
  }

  // --- reading (as the auditor) --------------------------------------------------------------

  public JsonNode contract(String contract) {
    return get("/api/contracts/" + contract);
  }

  public String status(String contract) {
    return contract(contract).get("status").asText();
  }

  public List<JsonNode> invoices(String contract) {
    List<JsonNode> list = new ArrayList<>();
    get("/api/contracts/" + contract + "/invoices").forEach(list::add);
    return list;
  }

  public List<JsonNode> invoicesIssuedOn(String contract, LocalDate date) {
    return invoices(contract).stream()
        .filter(i -> i.get("issueDate").asText().equals(date.toString())).toList();
  }

  public List<JsonNode> notices(String contract, String type) {
    List<JsonNode> list = new ArrayList<>();
    get("/api/contracts/" + contract + "/notices").forEach(n -> {
      if (n.get("type").asText().equals(type)) {
        list.add(n);
      }
    });
    return list;
  }

  /** The contract's deadline of that clause whose name starts with {@code namePrefix}. */
  public JsonNode deadline(String contract, String clause, String namePrefix) {
    JsonNode deadlines = contract(contract).get("deadlines");
    JsonNode found = null;
    for (JsonNode d : deadlines) {
      if (d.get("clause").asText().equals(clause) && d.get("name").asText().startsWith(namePrefix)) {
        found = d;
      }
    }
    assertThat(found).as("%s deadline '%s' in %s", clause, namePrefix, deadlines).isNotNull();
    return found;
  }

  public void assertDeadline(String contract, String clause, String namePrefix, String dueDate,
      String status) {
    JsonNode d = deadline(contract, clause, namePrefix);
    assertThat(d.get("dueDate").asText()).as("%s", d).isEqualTo(dueDate);
    assertThat(d.get("status").asText()).as("%s", d).isEqualTo(status);
  }

  public JsonNode get(String path) {
    return Api.read(http, path);
  }

  public ResponseEntity<JsonNode> post(String user, String path, String json) {
    return Api.post(http, user, path, json);
  }
}
