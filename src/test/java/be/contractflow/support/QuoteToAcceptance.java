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
 * One contract per terms profile from {@code POST /api/quotes} to {@code ACCEPTED}, only through
 * the domain API in the {@code simulation} profile, as staff and the agency's systems would: sales
 * issues and records signatures, accounting posts payments, production posts contract events, the
 * process owner moves the clock, the auditor reads. Used on H2 ({@code api.QuoteToAcceptanceApiTest})
 * and on PostgreSQL ({@code postgres.QuoteToAcceptancePostgresTest}).
 *
 * <p>Each scenario starts the engine clock itself (the caller sets it with {@link
 * LedgerFixtures#today} first) and asserts what a user would notice: statuses, invoices to the cent,
 * notices, deadlines with their clause and date, and a 409 refusal with its reason. Every invoice is
 * paid on its day so that no dunning runs, whether or not a {@code payment} process exists.
 */
public class QuoteToAcceptance {

  private final TestRestTemplate http;

  public QuoteToAcceptance(TestRestTemplate http) {
    this.http = http;
  }

  // --- the three profiles -------------------------------------------------------------------

  /**
   * WJA website: 50 % deposit gates the work (WJA-2), 40 % when production starts, 10 % at
   * go-live; deemed accepted when the 5-day non-conformity window closes (WJA-24), here rolled
   * over Easter Monday.
   */
  public String wja() {
    LocalDate day = LocalDate.of(2026, 3, 2);
    clock(day);
    String client = client("PROFESSIONAL");
    var quote = quote(client, "wja", "4000.00", day);
    String contract = quote.contractNumber();
    clock(day);
    assertStatus(contract, "QUOTED");
    assertDeadline(contract, "READING-quote-validity", "2026-04-02", "PENDING");

    LocalDate signed = LocalDate.of(2026, 3, 4);
    clock(signed);
    sign(quote.quoteNumber(), signed);
    JsonNode deposit = invoice(contract, "DEPOSIT");
    assertAmounts(deposit, "2000.00", "420.00", "2420.00");
    assertStatus(contract, "QUOTED");
    refused(event(contract, "CONTENTS_RECEIVED", signed, "EMAIL"), "QUOTED",
        "CONTENTS_RECEIVED");

    pay(deposit, signed);
    assertStatus(contract, "CONFIRMED");
    assertThat(contract(contract).get("startDate").asText()).isEqualTo("2026-03-04");

    LocalDate contents = LocalDate.of(2026, 3, 10);
    clock(contents);
    accepted(event(contract, "CONTENTS_RECEIVED", contents, "EMAIL"));
    clock(contents);
    assertStatus(contract, "IN_PRODUCTION");
    JsonNode progress = invoice(contract, "PROGRESS");
    assertAmounts(progress, "1600.00", "336.00", "1936.00");
    pay(progress, contents);

    LocalDate goLive = LocalDate.of(2026, 4, 1); // + 5 days = Easter Monday 6 April: 7 April
    clock(goLive);
    accepted(event(contract, "GO_LIVE", goLive, "EMAIL"));
    clock(goLive);
    assertStatus(contract, "DELIVERED");
    JsonNode balance = invoice(contract, "BALANCE");
    assertAmounts(balance, "400.00", "84.00", "484.00");
    assertThat(balance.get("issueDate").asText()).isEqualTo("2026-04-01");
    pay(balance, goLive);
    assertDeadline(contract, "WJA-24", "2026-04-07", "PENDING");
    refused(event(contract, "NON_CONFORMITY", goLive, "EMAIL"), "WJA-24", "REGISTERED_LETTER");

    clock(LocalDate.of(2026, 4, 7));
    assertStatus(contract, "DELIVERED");
    clock(LocalDate.of(2026, 4, 8));
    assertStatus(contract, "ACCEPTED");
    assertDeadline(contract, "WJA-24", "2026-04-07", "MET");
    assertThat(invoices(contract)).extracting(i -> i.get("status").asText())
        .containsExactly("PAID", "PAID", "PAID");
    assertNotices(contract, "QUOTE_SENT", "INVOICE_SENT", "ORDER_CONFIRMED",
        "CONTENTS_REQUESTED", "GO_LIVE");
    return contract;
  }

  /**
   * De Bruijne creation: 50 % deposit cashed before work (BDB-8.1), contents due in 10 business
   * days (BDB-6.3) over Ascension and Whit Monday, balance on the go-live day (BDB-16.4), accepted
   * at go-live (BDB-8.6) with the tweak, warranty and training windows as deadlines.
   */
  public String debruijne() {
    LocalDate day = LocalDate.of(2026, 5, 4);
    clock(day);
    String client = client("PROFESSIONAL");
    var quote = quote(client, "debruijne", "2000.00", day);
    String contract = quote.contractNumber();
    clock(day);
    assertDeadline(contract, "BDB-5.2a", "2026-06-04", "PENDING");

    LocalDate signed = LocalDate.of(2026, 5, 6);
    clock(signed);
    sign(quote.quoteNumber(), signed);
    JsonNode deposit = invoice(contract, "DEPOSIT");
    assertAmounts(deposit, "1000.00", "210.00", "1210.00");
    assertThat(deposit.get("dueDate").asText()).isEqualTo("2026-05-21"); // BDB-16.6: + 15 days
    refused(event(contract, "WITHDRAWAL", signed, "REGISTERED_LETTER"), "BDB-9");

    LocalDate paid = LocalDate.of(2026, 5, 8);
    clock(paid);
    pay(deposit, paid);
    assertStatus(contract, "CONFIRMED");
    // 8 May + 10 business days, Ascension (14 May) and Whit Monday (25 May) skipped
    assertDeadline(contract, "BDB-6.3", "2026-05-26", "PENDING");

    LocalDate contents = LocalDate.of(2026, 5, 20);
    clock(contents);
    accepted(event(contract, "CONTENTS_RECEIVED", contents, "EMAIL"));
    clock(contents);
    assertStatus(contract, "IN_PRODUCTION");
    assertDeadline(contract, "BDB-6.3", "2026-05-26", "MET");
    assertDeadline(contract, "BDB-6.3", "2026-06-04", "PENDING"); // delivery due

    LocalDate goLive = LocalDate.of(2026, 6, 3);
    clock(goLive);
    accepted(event(contract, "GO_LIVE", goLive, "EMAIL"));
    clock(goLive);
    assertStatus(contract, "ACCEPTED");
    JsonNode balance = invoice(contract, "BALANCE");
    assertAmounts(balance, "1000.00", "210.00", "1210.00");
    assertThat(balance.get("issueDate").asText()).isEqualTo("2026-06-03");
    pay(balance, goLive);
    assertDeadline(contract, "BDB-6.3", "2026-06-04", "MET");
    assertDeadline(contract, "BDB-8.6", "2026-06-18", "PENDING");
    assertDeadline(contract, "BDB-12.2", "2026-06-18", "PENDING");
    assertDeadline(contract, "BDB-15.1", "2026-09-03", "PENDING");

    clock(LocalDate.of(2026, 6, 19));
    assertDeadline(contract, "BDB-8.6", "2026-06-18", "MET");
    refused(event(contract, "TWEAK_REQUESTED", LocalDate.of(2026, 6, 19), "EMAIL"),
        "TWEAK_REQUESTED");
    assertStatus(contract, "ACCEPTED");
    assertNotices(contract, "QUOTE_SENT", "INVOICE_SENT", "ORDER_CONFIRMED",
        "CONTENTS_REQUESTED", "GO_LIVE");
    return contract;
  }

  /**
   * Virtura project: no deposit (VIR-2), confirmed at signature, the quote valid one month by
   * default (rolled past 15 August), accepted at go-live, nothing invoiced before the quote's
   * milestones.
   */
  public String virtura() {
    LocalDate day = LocalDate.of(2026, 7, 15);
    clock(day);
    String client = client("PROFESSIONAL");
    var quote = quote(client, "virtura", "3000.00", day);
    String contract = quote.contractNumber();
    clock(day);
    // 15 July + 1 month = Saturday 15 August (a holiday too): Monday 17 August
    assertDeadline(contract, "READING-quote-validity", "2026-08-17", "PENDING");

    LocalDate signed = LocalDate.of(2026, 7, 20);
    clock(signed);
    sign(quote.quoteNumber(), signed);
    clock(signed);
    assertStatus(contract, "CONFIRMED");
    assertThat(invoices(contract)).isEmpty();
    refused(event(contract, "WITHDRAWAL", signed, "REGISTERED_LETTER"), "no withdrawal right");
    assertDeadline(contract, "READING-quote-validity", "2026-08-17", "MET");

    LocalDate contents = LocalDate.of(2026, 7, 22);
    clock(contents);
    accepted(event(contract, "CONTENTS_RECEIVED", contents, "EMAIL"));
    clock(contents);
    assertStatus(contract, "IN_PRODUCTION");

    LocalDate goLive = LocalDate.of(2026, 8, 10);
    clock(goLive);
    accepted(event(contract, "GO_LIVE", goLive, "EMAIL"));
    clock(goLive);
    assertStatus(contract, "ACCEPTED");
    assertThat(invoices(contract)).isEmpty();
    refused(event(contract, "GO_LIVE", goLive, "EMAIL"), "ACCEPTED", "GO_LIVE");
    assertNotices(contract, "QUOTE_SENT", "ORDER_CONFIRMED", "CONTENTS_REQUESTED", "GO_LIVE");
    return contract;
  }

  // --- API calls ----------------------------------------------------------------------------

  public record Quote(String quoteNumber, String contractNumber) {}

  /** {@code POST /api/simulation/clock}: noon that day; due jobs run, notices go out. */
  public void clock(LocalDate date) {
    var moved = post("owner", "/api/simulation/clock", "{\"date\": \"" + date + "\"}");
    assertThat(moved.getStatusCode()).as("clock %s: %s", date, moved.getBody())
        .isEqualTo(HttpStatus.OK);
  }

  public String client(String type) {
    var created = post("sales", "/api/clients", """
        {"name": "Atelier Lambert", "email": "contact-%d@lambert.example", "language": "fr",
         "type": "%s", "address": "Rue Haute 12, 1000 Bruxelles"}"""
        .formatted(System.nanoTime(), type));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("id").asText();
  }

  public Quote quote(String clientId, String profile, String price, LocalDate issueDate) {
    var created = post("sales", "/api/quotes", """
        {"clientId": "%s", "termsProfile": "%s", "kind": "PROJECT", "issueDate": "%s",
         "lines": [{"description": "Website", "quantity": "1", "unitPrice": "%s"}]}"""
        .formatted(clientId, profile, issueDate, price));
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    return new Quote(created.getBody().get("quoteNumber").asText(),
        created.getBody().get("contractNumber").asText());
  }

  public void sign(String quoteNumber, LocalDate date) {
    var signed = post("sales", "/api/quotes/" + quoteNumber + "/signature",
        "{\"date\": \"" + date + "\"}");
    assertThat(signed.getStatusCode()).as("%s", signed.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    clock(date);
    refused(post("sales", "/api/quotes/" + quoteNumber + "/signature", "{}"), "already signed");
  }

  private void pay(JsonNode invoice, LocalDate date) {
    var paid = post("accounting", "/api/payments", """
        {"invoiceNumber": "%s", "amount": "%s", "date": "%s", "reference": "bank %s"}"""
        .formatted(invoice.get("number").asText(), invoice.get("total").asText(), date,
            invoice.get("number").asText()));
    assertThat(paid.getStatusCode()).as("%s", paid.getBody()).isEqualTo(HttpStatus.CREATED);
    clock(date);
  }

  private ResponseEntity<JsonNode> event(String contract, String type, LocalDate date,
      String channel) {
    return post("production", "/api/contracts/" + contract + "/events", """
        {"type": "%s", "date": "%s", "by": "CLIENT", "channel": "%s"}"""
        .formatted(type, date, channel));
  }

  private static void accepted(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode()).as("%s", response.getBody())
        .isEqualTo(HttpStatus.ACCEPTED);
  }

  private static void refused(ResponseEntity<JsonNode> response, String... reasonContains) {
    assertThat(response.getStatusCode()).as("%s", response.getBody())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat(response.getBody().get("detail").asText()).contains(reasonContains);
  }

  private JsonNode contract(String contract) {
    return get("/api/contracts/" + contract);
  }

  private List<JsonNode> invoices(String contract) {
    List<JsonNode> list = new ArrayList<>();
    get("/api/contracts/" + contract + "/invoices").forEach(list::add);
    return list;
  }

  private JsonNode invoice(String contract, String kind) {
    return invoices(contract).stream().filter(i -> kind.equals(i.get("kind").asText()))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("no " + kind + " invoice in " + invoices(contract)));
  }

  private void assertStatus(String contract, String status) {
    assertThat(contract(contract).get("status").asText()).as("status of %s", contract)
        .isEqualTo(status);
  }

  private void assertDeadline(String contract, String clause, String dueDate, String status) {
    JsonNode deadlines = contract(contract).get("deadlines");
    assertThat(deadlines).as("deadlines of %s", contract).anySatisfy(d -> {
      assertThat(d.get("clause").asText()).isEqualTo(clause);
      assertThat(d.get("dueDate").asText()).isEqualTo(dueDate);
      assertThat(d.get("status").asText()).isEqualTo(status);
    });
  }

  private static void assertAmounts(JsonNode invoice, String exclVat, String vat, String total) {
    assertThat(invoice.get("amountExclVat").asText()).isEqualTo(exclVat);
    assertThat(invoice.get("vat").asText()).isEqualTo(vat);
    assertThat(invoice.get("total").asText()).isEqualTo(total);
  }

  private void assertNotices(String contract, String... types) {
    JsonNode notices = get("/api/contracts/" + contract + "/notices");
    List<String> sent = new ArrayList<>();
    notices.forEach(n -> {
      sent.add(n.get("type").asText());
      assertThat(n.get("sentAt").isNull()).as("notice %s sent", n).isFalse();
    });
    assertThat(sent).contains(types);
  }

  private JsonNode get(String path) {
    return Api.read(http, path);
  }

  private ResponseEntity<JsonNode> post(String user, String path, String json) {
    return Api.post(http, user, path, json);
  }
}
