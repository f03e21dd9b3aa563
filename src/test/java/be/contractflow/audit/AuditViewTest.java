package be.contractflow.audit;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.contractflow.billing.PaymentCommand;
import be.contractflow.billing.PaymentService;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.Language;
import be.contractflow.notice.NoticeDocuments;
import be.contractflow.support.LedgerFixtures;
import be.contractflow.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 15: the auditor's view behind the web apps' sign-in, read-only, and evidence that holds
 * (documents stored byte for byte with their SHA-256; the database refuses to change them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditViewTest {

  @Autowired TestRestTemplate http;
  @Autowired LedgerFixtures ledger;
  @Autowired PaymentService payments;
  @Autowired NoticeDocuments documents;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtime;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** A WJA invoice, overdue two months later, partly paid. */
  private Invoice overdueWjaInvoice() {
    today(LocalDate.of(2026, 6, 1));
    Contract contract = ledger.contract("wja", ContractKind.PROJECT,
        ledger.client(ClientType.PROFESSIONAL, Language.fr));
    Invoice invoice = ledger.invoice(contract, InvoiceKind.BALANCE, "WJA-2", "1000.00");
    payments.record(new PaymentCommand(invoice.number(), new BigDecimal("100.00"),
        LocalDate.of(2026, 6, 1), "bank " + invoice.number(), "accounting"));
    today(LocalDate.of(2026, 8, 3));
    return invoice;
  }

  @Test
  void auditor_signed_in_to_the_web_apps_finds_a_contract_by_invoice_number_and_reads_its_amounts() {
    Invoice invoice = overdueWjaInvoice();
    var auditor = WebappSession.signIn(http, "auditor", "cockpit");

    JsonNode found = auditor.json("/audit/api/contracts?q=" + invoice.number());
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.get("contractNumber").asText()).isEqualTo(invoice.contractNumber());
      assertThat(c.get("matchedOn").asText()).isEqualTo("invoice number");
    });

    JsonNode view = auditor.json("/audit/api/contracts/" + invoice.contractNumber());
    JsonNode amount = view.get("amounts").get(0);
    assertThat(amount.get("overdue").asBoolean()).isTrue();
    assertThat(amount.get("lines")).anySatisfy(line -> {
      assertThat(line.get("clause").asText()).isEqualTo("WJA-10b");
      assertThat(line.get("inputs").has("termsVersion")).isTrue();
    });
    assertThat(view.get("processes")).anySatisfy(p ->
        assertThat(p.get("key").asText()).isEqualTo("payment"));

    String csv = auditor.get("/audit/api/contracts/" + invoice.contractNumber()
        + "/timeline.csv").body();
    assertThat(csv).contains("sequence,at,kind,name").contains("INVOICE_ISSUED")
        .contains("PAYMENT_RECORDED").contains("\"accounting\"");
    byte[] pdf = auditor.bytes("/audit/api/contracts/" + invoice.contractNumber()
        + "/timeline.pdf").body();
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
  }

  @Test
  void the_audit_view_is_closed_to_strangers_and_to_staff() {
    var stranger = WebappSession.anonymous(http);
    assertThat(stranger.get("/audit/api/contracts?q=C").statusCode()).isEqualTo(401);
    var page = stranger.page("/audit/");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElseThrow())
        .contains("/camunda/app/welcome/");
    // HTTP Basic does not open it: only the web apps' session does
    assertThat(http.withBasicAuth("auditor", "auditor")
        .getForEntity("/audit/api/contracts?q=C", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    var sales = WebappSession.signIn(http, "sales", "tasklist");
    assertThat(sales.get("/audit/api/contracts?q=C").statusCode()).isEqualTo(403);
  }

  @Test
  void auditor_writes_through_engine_rest_and_api_answer_403_and_change_nothing() {
    long before = runtime.createProcessInstanceQuery().count();
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    var start = http.withBasicAuth("auditor", "auditor").exchange(
        "/engine-rest/process-definition/key/payment-waiver/start", HttpMethod.POST,
        new HttpEntity<>("{}", headers), String.class);
    assertThat(start.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var client = http.withBasicAuth("auditor", "auditor").exchange("/api/clients",
        HttpMethod.POST, new HttpEntity<>("""
            {"name": "X", "email": "x@example.be", "language": "fr", "type": "CONSUMER"}""",
            headers), String.class);
    assertThat(client.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
    // the view has no write endpoint: anything but its GETs and the check is refused
    var auditor = WebappSession.signIn(http, "auditor", "cockpit");
    assertThat(auditor.send("DELETE", "/audit/api/contracts/C-2026-0001").statusCode())
        .isEqualTo(403);
  }

  @Test
  void auditor_lands_on_the_audit_view_instead_of_a_whitelabel_403_in_tasklist() {
    var auditor = WebappSession.signIn(http, "auditor", "cockpit");
    var tasklist = auditor.page("/camunda/app/tasklist/default/");
    assertThat(tasklist.statusCode()).isEqualTo(403);
    assertThat(tasklist.body()).contains("audit view").doesNotContain("Whitelabel");
    assertThat(auditor.json("/audit/api/me").get("auditor").asBoolean()).isTrue();
  }

  @Test
  void every_sent_document_is_stored_byte_for_byte_with_its_sha256_and_a_client_copy_is_checked() {
    Invoice invoice = overdueWjaInvoice();
    var stored = documents.forContract(invoice.contractNumber());
    var pdf = stored.stream().filter(d -> d.name().endsWith(".pdf")).findFirst().orElseThrow();
    byte[] bytes = documents.content(pdf.id()).orElseThrow();
    assertThat(pdf.sha256()).isEqualTo(NoticeDocuments.sha256(bytes)).hasSize(64);
    assertThat(stored).anySatisfy(d -> assertThat(d.part()).isEqualTo(NoticeDocuments.Part.BODY));

    var auditor = WebappSession.signIn(http, "auditor", "cockpit");
    JsonNode same = check(auditor, bytes, false);
    assertThat(same.get("matches").asBoolean()).isTrue();
    assertThat(same.get("message").asText()).startsWith("Matches " + pdf.name());
    byte[] altered = bytes.clone();
    altered[altered.length / 2] ^= 1;
    JsonNode other = check(auditor, altered, false);
    assertThat(other.get("matches").asBoolean()).isFalse();
    assertThat(other.get("message").asText()).startsWith("No match");
    // a cross-site form cannot send the header: refused
    assertThat(check(auditor, bytes, true)).isNull();
  }

  private static JsonNode check(WebappSession session, byte[] content, boolean withoutHeader) {
    var response = withoutHeader ? session.upload("/audit/api/documents/check", content)
        : session.upload("/audit/api/documents/check", content, "X-Contractflow-Audit", "check");
    if (withoutHeader) {
      assertThat(response.statusCode()).isEqualTo(403);
      return null;
    }
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void stored_documents_payments_and_invoice_amounts_cannot_be_changed_after_the_fact() {
    Invoice invoice = overdueWjaInvoice();
    var pdf = documents.forContract(invoice.contractNumber()).get(0);
    byte[] bytes = documents.content(pdf.id()).orElseThrow();

    assertThatThrownBy(() -> jdbc.sql("update cf_document set content = ?, sha256 = ? where id = ?")
        .params(new byte[] {1}, NoticeDocuments.sha256(new byte[] {1}), pdf.id()).update())
        .isInstanceOf(DataAccessException.class).rootCause()
        .hasMessageContaining("cannot change after the fact");
    assertThatThrownBy(() -> jdbc.sql("delete from cf_document where id = ?").param(pdf.id())
        .update()).isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> jdbc.sql("update cf_payment set amount = 1 where invoice_number = ?")
        .param(invoice.number()).update()).isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> jdbc.sql("delete from cf_payment where invoice_number = ?")
        .param(invoice.number()).update()).isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> jdbc.sql("update cf_invoice set total = 1 where number = ?")
        .param(invoice.number()).update()).isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> jdbc.sql("update cf_notice set body = 'forged' where contract_number = ?")
        .param(invoice.contractNumber()).update()).isInstanceOf(DataAccessException.class);

    assertThat(documents.content(pdf.id()).orElseThrow()).isEqualTo(bytes);
    assertThat(NoticeDocuments.sha256(bytes)).isEqualTo(documents.find(pdf.id()).orElseThrow().sha256());
    assertThat(jdbc.sql("select amount from cf_payment where invoice_number = ?")
        .param(invoice.number()).query(BigDecimal.class).single()).isEqualByComparingTo("100.00");
    // what the ledger still does: status and payments move on
    jdbc.sql("update cf_invoice set status = status where number = ?").param(invoice.number())
        .update();
  }
}
