package be.contractflow.process.payment;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.Language;
import be.contractflow.process.TypedVariables;
import be.contractflow.support.Api;
import be.contractflow.support.LedgerFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * One dunning per profile against the running application in the {@code simulation} profile, as
 * an integrator rehearses it: the clock endpoint moves time and runs the jobs, the amounts, notices
 * and deadlines are read over {@code /api}, payments and complaints are posted over it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "simulation"})
class PaymentApiScenarioTest {

  @Autowired TestRestTemplate http;
  @Autowired LedgerFixtures ledger;
  @Autowired org.camunda.bpm.engine.TaskService tasks;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ResponseEntity<JsonNode> post(String user, String path, String json) {
    return Api.post(http, user, path, json);
  }

  private JsonNode get(String path) {
    return Api.get(http, "auditor", path).getBody();
  }

  private void clock(String date) {
    assertThat(post("owner", "/api/simulation/clock", "{\"date\": \"" + date + "\"}")
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private Invoice invoice(String profile, ClientType type, ContractKind kind, LocalDate on) {
    today(on);
    Contract contract = ledger.contract(profile, kind, ledger.client(type, Language.nl));
    return ledger.invoice(contract, InvoiceKind.BALANCE, "TEST", "1000.00");
  }

  private boolean hasNotice(Invoice invoice, String type) {
    for (JsonNode notice : get("/api/contracts/" + invoice.contractNumber() + "/notices")) {
      if (notice.get("type").asText().equals(type)
          && invoice.number().equals(notice.get("invoiceNumber").asText())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void VIR_4_reminder_amount_due_and_payment_over_the_api() {
    Invoice invoice = invoice("virtura", ClientType.PROFESSIONAL, ContractKind.RECURRING,
        LocalDate.of(2026, 3, 2));
    clock("2026-04-02");
    assertThat(hasNotice(invoice, "PAYMENT_REMINDER")).isTrue();
    JsonNode due = get("/api/invoices/" + invoice.number() + "?at=2026-04-10");
    // VIR-4 "ensuite": no interest before the reminder's payment date (17 April) has passed
    assertThat(due.get("interest").asText()).isEqualTo("0.00");
    assertThat(due.get("indemnity").asText()).isEqualTo("40.00");
    assertThat(due.get("lines")).anySatisfy(line -> {
      assertThat(line.get("clause").asText()).isEqualTo("VIR-4");
      assertThat(line.get("inputs").has("claimableFrom")).isTrue();
    });
    clock("2026-04-10");
    var paid = post("accounting", "/api/payments", "{\"invoiceNumber\": \"" + invoice.number()
        + "\", \"amount\": \"1250.00\"}");
    assertThat(paid.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(paid.getBody().get("invoiceStatus").asText()).isEqualTo("PAID");
    JsonNode contract = get("/api/contracts/" + invoice.contractNumber());
    assertThat(contract.get("deadlines")).anySatisfy(d -> {
      assertThat(d.get("clause").asText()).isEqualTo("VIR-4");
      assertThat(d.get("dueDate").asText()).isEqualTo("2026-04-17");
      assertThat(d.get("kind").asText()).isEqualTo("REMINDER_PAYMENT");
      assertThat(d.get("ownerProcess").asText()).isEqualTo("payment");
    });
  }

  @Test
  void WJA_15_contest_refused_after_8_days_and_WJA_12_formal_notice_letter_listed() {
    Invoice invoice = invoice("wja", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 6, 1));
    clock("2026-06-10");
    var refused = post("accounting", "/api/contracts/" + invoice.contractNumber() + "/events",
        "{\"type\": \"INVOICE_CONTEST\", \"by\": \"CLIENT\", \"channel\": \"REGISTERED_LETTER\","
            + " \"invoiceNumber\": \"" + invoice.number() + "\"}");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().get("detail").asText()).contains("closed on 2026-06-09");
    assertThat(hasNotice(invoice, "FORMAL_NOTICE")).isTrue();
    JsonNode due = get("/api/invoices/" + invoice.number() + "?at=2026-06-10");
    assertThat(due.get("total").asText()).isEqualTo("1403.60");
  }

  @Test
  void BDB_R5_2_rental_cut_automatically_then_restored_when_paid() {
    Invoice invoice = invoice("debruijne", ClientType.PROFESSIONAL, ContractKind.RENTAL,
        LocalDate.of(2026, 4, 16));
    clock("2026-05-05");
    assertThat(get("/api/contracts/" + invoice.contractNumber()).get("suspended").asBoolean())
        .isTrue();
    assertThat(hasNotice(invoice, "SUSPENSION_NOTICE")).isTrue();
    JsonNode due = get("/api/invoices/" + invoice.number() + "?at=2026-05-05");
    post("accounting", "/api/payments", "{\"invoiceNumber\": \"" + invoice.number()
        + "\", \"amount\": \"" + due.get("total").asText() + "\"}");
    clock("2026-05-06");
    assertThat(get("/api/contracts/" + invoice.contractNumber()).get("suspended").asBoolean())
        .isFalse();
    assertThat(hasNotice(invoice, "SERVICE_RESTORED")).isTrue();
  }

  @Test
  void BDB_16_3_contest_refused_after_the_window_rolled_past_the_weekend() {
    Invoice invoice = invoice("debruijne", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 6, 1)); // 5 days: Saturday 6 June rolls to Monday 8 June
    clock("2026-06-09");
    var refused = post("accounting", "/api/contracts/" + invoice.contractNumber() + "/events",
        "{\"type\": \"INVOICE_CONTEST\", \"by\": \"CLIENT\", \"channel\": \"EMAIL\","
            + " \"invoiceNumber\": \"" + invoice.number() + "\"}");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat(refused.getBody().get("detail").asText()).contains("BDB-16.3")
        .contains("closed on 2026-06-08");
    assertThat(get("/api/contracts/" + invoice.contractNumber() + "/invoices").get(0)
        .get("status").asText()).isEqualTo("OPEN");
  }

  @Test
  void BDB_16_3_part_credited_after_an_accepted_complaint_is_deducted_from_what_settles() {
    Invoice invoice = invoice("debruijne", ClientType.PROFESSIONAL, ContractKind.PROJECT,
        LocalDate.of(2026, 6, 1)); // 1 210.00, due 16 June
    clock("2026-06-05");
    var contested = post("accounting", "/api/contracts/" + invoice.contractNumber() + "/events",
        "{\"type\": \"INVOICE_CONTEST\", \"by\": \"CLIENT\", \"channel\": \"EMAIL\","
            + " \"reason\": \"Two pages missing\", \"invoiceNumber\": \"" + invoice.number()
            + "\"}");
    assertThat(contested.getStatusCode().is2xxSuccessful()).isTrue();
    clock("2026-06-06");
    var complaint = tasks.createTaskQuery().processInstanceBusinessKey(invoice.number())
        .taskDefinitionKey(PaymentVariables.TASK_HANDLE_COMPLAINT).singleResult();
    tasks.complete(complaint.getId(), TypedVariables.of(PaymentVariables.COMPLAINT_ACCEPTED, true)
        .and(PaymentVariables.CREDIT_AMOUNT_INCL_VAT, new BigDecimal("121.00"))
        .and(PaymentVariables.COMPLAINT_ANSWER, "Two pages credited.").map());
    clock("2026-06-08");

    JsonNode onDueDate = get("/api/invoices/" + invoice.number() + "?at=2026-06-16");
    assertThat(onDueDate.get("principal").asText()).isEqualTo("1089.00");
    assertThat(onDueDate.get("total").asText()).isEqualTo("1089.00");
    // BDB-16.6: 1 089.00 × 10 % × 14 / 365 = 4.18, and 40.00 for a professional
    JsonNode late = get("/api/invoices/" + invoice.number() + "?at=2026-06-30");
    assertThat(late.get("interest").asText()).isEqualTo("4.18");
    assertThat(late.get("indemnity").asText()).isEqualTo("40.00");
    assertThat(late.get("total").asText()).isEqualTo("1133.18");
    assertThat(late.get("lines").get(0).get("inputs").get("credited").decimalValue())
        .isEqualByComparingTo("121.00");

    JsonNode notices = get("/api/contracts/" + invoice.contractNumber() + "/notices");
    assertThat(notices).allSatisfy(n -> assertThat(n.get("clause").asText()).isNotBlank());
    assertThat(notices).anySatisfy(n -> {
      assertThat(n.get("type").asText()).isEqualTo("CREDIT_NOTE_SENT");
      assertThat(n.get("clause").asText()).isEqualTo("BDB-16.3");
      assertThat(n.get("invoiceNumber").asText()).isEqualTo(invoice.number());
    });
    assertThat(get("/api/contracts/" + invoice.contractNumber()).get("deadlines"))
        .anySatisfy(d -> {
          assertThat(d.get("clause").asText()).isEqualTo("BDB-16.3");
          assertThat(d.get("dueDate").asText()).isEqualTo("2026-06-08");
          assertThat(d.get("status").asText()).isEqualTo("MET");
        });
    assertThat(get("/api/contracts/" + invoice.contractNumber() + "/timeline"))
        .anySatisfy(e -> assertThat(e.get("kind").asText()).isEqualTo("CREDIT_NOTE_ISSUED"));
  }
}
