package be.contractflow.billing;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.Language;
import be.contractflow.notice.Notice;
import be.contractflow.notice.NoticeChannel;
import be.contractflow.notice.NoticeRelay;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeStatus;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.TypedVariables;
import be.contractflow.process.einvoice.EInvoiceVariables;
import be.contractflow.process.payment.PaymentVariables;
import be.contractflow.support.LedgerFixtures;
import be.contractflow.support.TestSmtp;
import be.contractflow.time.BusinessClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 13 items 5 and 6 against the real application (H2, Camunda, the payment process, the
 * outbox relay) and a local stub Peppol access point (an in-process HTTP server on a free port):
 * a Belgian VAT-registered client's invoice leaves over Peppol exactly once — a failure retried, a
 * success never resent — and by e-mail as a PDF copy; a consumer keeps the PDF by e-mail only; a
 * refusal for good opens "Handle undelivered e-invoice" and the invoice is not dunned until the
 * e-invoice is proven sent, its due date then counting from that day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "contractflow.notice.relay.max-attempts=3",
    "contractflow.notice.relay.initial-backoff=PT30S",
    "contractflow.peppol.api-key=test-key"})
@ActiveProfiles("test")
public class PeppolChannelTest {

  static final ServerSetup SMTP = TestSmtp.onFreePort();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(SMTP);

  /** The stub access point: answers the queued statuses (then 202), keeps what it received. */
  static final class StubAccessPoint {
    record Received(Map<String, List<String>> headers, byte[] body) {}

    final HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final ArrayDeque<Integer> answers = new ArrayDeque<>();

    StubAccessPoint() {
      try {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      server.createContext("/documents", exchange -> {
        byte[] body = exchange.getRequestBody().readAllBytes();
        received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
        Integer status;
        synchronized (answers) {
          status = answers.poll();
        }
        byte[] answer = (status == null || status < 300 ? "{\"id\":\"msg-1\"}"
            : "{\"error\":\"receiver 0208:0403170701 is not registered on Peppol\"}").getBytes();
        exchange.sendResponseHeaders(status == null ? 202 : status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
      });
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/documents";
    }

    void answer(Integer... statuses) {
      synchronized (answers) {
        answers.clear();
        answers.addAll(List.of(statuses));
      }
    }
  }

  static final StubAccessPoint ACCESS_POINT = new StubAccessPoint();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getPort());
    registry.add("contractflow.peppol.endpoint", ACCESS_POINT::url);
  }

  @AfterAll
  static void stopAccessPoint() {
    ACCESS_POINT.server.stop(0);
  }

  private static final String VAT = "BE0403170701";
  private static final LocalDate ISSUED = LocalDate.of(2026, 12, 2);

  @Autowired LedgerFixtures ledger;
  @Autowired NoticeService notices;
  @Autowired NoticeRelay relay;
  @Autowired InvoiceRepository invoices;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired CreditNoteService creditNotes;
  @Autowired TestRestTemplate http;
  @Autowired EInvoices eInvoices;

  @BeforeEach
  void reset() {
    ACCESS_POINT.received.clear();
    ACCESS_POINT.answer();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private record Case(Client client, Contract contract, Invoice invoice) {}

  private Case issue(ClientType type, String vatNumber) {
    today(ISSUED);
    Client client = ledger.client(type, Language.fr, vatNumber);
    Contract contract = ledger.contract("wja", ContractKind.PROJECT, client);
    Invoice invoice = ledger.invoice(contract, InvoiceKind.DEPOSIT, "WJA-2", "5000.00");
    return new Case(client, contract, invoice);
  }

  private List<Notice> sent(Case c, NoticeType type) {
    return notices.forContract(c.contract().number()).stream().filter(n -> n.type() == type)
        .toList();
  }

  @Test
  void a_Belgian_VAT_registered_client_gets_the_invoice_over_Peppol_once_and_a_PDF_copy_by_email()
      throws Exception {
    Case c = issue(ClientType.PROFESSIONAL, VAT);

    Notice eInvoice = sent(c, NoticeType.E_INVOICE_SENT).get(0);
    assertThat(eInvoice.channel()).isEqualTo(NoticeChannel.PEPPOL);
    assertThat(eInvoice.recipient()).isEqualTo("0208:0403170701");
    assertThat(eInvoice.documentName()).isEqualTo(c.invoice().number() + ".xml");
    relay.relayPending();
    relay.relayPending();

    assertThat(ACCESS_POINT.received).as("handed to the access point once").hasSize(1);
    var received = ACCESS_POINT.received.get(0);
    assertThat(received.headers().get("Authorization")).containsExactly("Bearer test-key");
    assertThat(received.headers().get("X-peppol-receiver"))
        .containsExactly("iso6523-actorid-upis::0208:0403170701");
    assertThat(received.headers().get("Idempotency-key"))
        .containsExactly(EInvoices.noticeKey(c.invoice().number()));
    assertThat(PeppolValidator.errors(received.body(), false,
        java.time.OffsetDateTime.now())).isEmpty();
    var dom = PeppolInvoiceTest.dom(received.body());
    var x = PeppolInvoiceTest.xpath();
    assertThat(x.evaluate("/*/cac:LegalMonetaryTotal/cbc:PayableAmount", dom))
        .isEqualTo("6050.00");
    assertThat(x.evaluate("/*/cac:TaxTotal/cbc:TaxAmount", dom)).isEqualTo("1050.00");
    // the PDF embedded is the one e-mailed, byte for byte
    Notice mail = sent(c, NoticeType.INVOICE_SENT).get(0);
    byte[] pdf = notices.document(mail.id()).orElseThrow().content();
    assertThat(Base64.getDecoder().decode(x.evaluate("/*/cac:AdditionalDocumentReference/"
        + "cac:Attachment/cbc:EmbeddedDocumentBinaryObject", dom).replaceAll("\\s", "")))
        .isEqualTo(pdf);
    assertThat(notices.find(eInvoice.key()).orElseThrow().status()).isEqualTo(NoticeStatus.SENT);
    assertThat(mail.channel()).isEqualTo(NoticeChannel.EMAIL);
    assertThat(notices.find(mail.key()).orElseThrow().status()).isEqualTo(NoticeStatus.SENT);
    assertThat(smtp.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
        .contains(c.client().email());
    assertThat(notices.body(mail.id()).orElseThrow()).as("the e-mail says it is a copy")
        .contains("facture électronique Peppol à votre identifiant 0208:0403170701",
            "ce PDF en est une copie");

    // at the end of the issue day the sending is proven: the invoice runs on its own dates
    at(ISSUED.plusDays(1));
    var instance = instanceOf(c.invoice());
    assertThat(PaymentVariables.E_INVOICE_STATUS.get(runtime.getVariables(instance))).isEqualTo("SENT");
    assertThat(runtime.getActiveActivityIds(instance))
        .doesNotContain(PaymentVariables.TASK_HANDLE_UNDELIVERED_E_INVOICE)
        .isNotEmpty();
    assertThat(invoices.require(c.invoice().number()).dueDate())
        .isEqualTo(c.invoice().dueDate());

    // the API serves the document sent, as application/xml
    var response = http.withBasicAuth("accounting", "accounting").getForEntity(
        "/api/invoices/" + c.invoice().number() + "/e-invoice", byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_XML))
        .isTrue();
    assertThat(response.getBody()).isEqualTo(received.body());

    // like any other notice: listed with its channel, in the auditor's timeline after the invoice
    JsonNode listed = http.withBasicAuth("accounting", "accounting").getForObject(
        "/api/contracts/" + c.contract().number() + "/notices", JsonNode.class);
    assertThat(listed.findValues("type")).extracting(JsonNode::asText)
        .contains("INVOICE_SENT", "E_INVOICE_SENT");
    JsonNode peppolNotice = java.util.stream.StreamSupport.stream(listed.spliterator(), false)
        .filter(n -> n.get("channel").asText().equals("PEPPOL")).findFirst().orElseThrow();
    assertThat(peppolNotice.get("to").asText()).isEqualTo("0208:0403170701");
    assertThat(peppolNotice.get("sentAt").isNull()).isFalse();
    var document = http.withBasicAuth("accounting", "accounting").getForEntity(
        peppolNotice.get("documentUrl").asText(), byte[].class);
    assertThat(document.getBody()).isEqualTo(received.body());

    JsonNode timeline = http.withBasicAuth("auditor", "auditor").getForObject(
        "/api/contracts/" + c.contract().number() + "/timeline", JsonNode.class);
    List<String> kinds = new java.util.ArrayList<>();
    for (JsonNode entry : timeline) {
      JsonNode details = entry.get("details");
      if (details != null && "PEPPOL".equals(details.path("channel").asText())) {
        assertThat(details.path("type").asText()).isEqualTo("E_INVOICE_SENT");
        assertThat(details.path("document").asText()).isEqualTo(c.invoice().number() + ".xml");
        kinds.add(entry.get("kind").asText());
      }
    }
    assertThat(kinds).containsExactly("NOTICE_ISSUED", "NOTICE_SENT");
  }

  @Test
  void a_failed_attempt_is_retried_after_its_backoff_and_a_success_is_never_resent() {
    ACCESS_POINT.answer(503);
    Case c = issue(ClientType.PROFESSIONAL, VAT);
    String key = EInvoices.noticeKey(c.invoice().number());

    relay.relayPending();
    Notice failed = notices.find(key).orElseThrow();
    assertThat(failed.status()).isEqualTo(NoticeStatus.PENDING);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).contains("503");
    relay.relayPending();
    assertThat(ACCESS_POINT.received).as("not before its backoff").hasSize(1);

    ClockUtil.setCurrentTime(java.util.Date.from(BusinessClock.noonOf(ISSUED).plusSeconds(31)));
    relay.relayPending();
    relay.relayPending();

    Notice sent = notices.find(key).orElseThrow();
    assertThat(sent.status()).isEqualTo(NoticeStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(2);
    assertThat(sent.sentAt().toInstant()).isEqualTo(BusinessClock.noonOf(ISSUED).plusSeconds(31));
    assertThat(ACCESS_POINT.received).as("the success is never sent again").hasSize(2);
  }

  @Test
  void a_consumer_keeps_the_PDF_by_email_and_has_no_e_invoice() {
    Case c = issue(ClientType.CONSUMER, null);
    relay.relayPending();

    assertThat(sent(c, NoticeType.E_INVOICE_SENT)).isEmpty();
    assertThat(sent(c, NoticeType.INVOICE_SENT)).singleElement()
        .satisfies(n -> assertThat(n.channel()).isEqualTo(NoticeChannel.EMAIL))
        .satisfies(n -> assertThat(notices.body(n.id()).orElseThrow()).doesNotContain("Peppol"));
    assertThat(ACCESS_POINT.received).isEmpty();
    var response = http.withBasicAuth("accounting", "accounting").getForEntity(
        "/api/invoices/" + c.invoice().number() + "/e-invoice", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType().toString())
        .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(response.getBody().get("detail").asText())
        .contains(c.invoice().number(), "a consumer", "Belgian VAT number");
  }

  @Test
  void a_refusal_for_good_opens_an_accounting_task_and_the_invoice_is_not_dunned_until_sent() {
    ACCESS_POINT.answer(404);
    Case c = issue(ClientType.PROFESSIONAL, VAT);
    relay.relayPending();
    Notice refused = notices.find(EInvoices.noticeKey(c.invoice().number())).orElseThrow();
    assertThat(refused.status()).as("a 4xx is not retried").isEqualTo(NoticeStatus.FAILED);
    assertThat(refused.attempts()).isEqualTo(1);

    at(ISSUED.plusDays(1));
    var instance = instanceOf(c.invoice());
    Task task = tasks.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(PaymentVariables.TASK_HANDLE_UNDELIVERED_E_INVOICE).singleResult();
    assertThat(task).as("Handle undelivered e-invoice").isNotNull();
    assertThat(tasks.getIdentityLinksForTask(task.getId()))
        .anyMatch(link -> "accounting".equals(link.getGroupId()));
    assertThat(String.valueOf(PaymentVariables.E_INVOICE_FAILURE.get(runtime.getVariables(instance))))
        .contains("404", "not registered on Peppol", "not sent");
    // the task links the invoice's PDF and its e-invoice
    assertThat(String.valueOf(tasks.getVariableLocal(task.getId(), "documents")))
        .contains("Invoice " + c.invoice().number() + " (PDF)",
            "Invoice " + c.invoice().number() + " (Peppol e-invoice, XML)](/documents/notices/");

    // past the due date nothing is dunned: the invoice was never sent
    LocalDate due = c.invoice().dueDate();
    at(due.plusDays(3));
    assertThat(runtime.getActiveActivityIds(instance))
        .containsExactly(PaymentVariables.TASK_HANDLE_UNDELIVERED_E_INVOICE);
    assertThat(notices.forInvoice(c.invoice().number()))
        .noneMatch(n -> n.type() == NoticeType.PAYMENT_REMINDER);

    // accounting fixed the client's registration and sends it again: the term runs from then
    LocalDate resent = due.plusDays(3);
    tasks.complete(task.getId(), TypedVariables.of(PaymentVariables.RESEND_E_INVOICE, true).map());
    runDueJobs();
    assertThat(ACCESS_POINT.received).hasSize(2);
    at(resent.plusDays(1));
    assertThat(PaymentVariables.E_INVOICE_STATUS.get(runtime.getVariables(instance))).isEqualTo("SENT");
    LocalDate newDue = invoices.require(c.invoice().number()).dueDate();
    assertThat(newDue).as("the payment term counts from the proven sending")
        .isAfter(resent).isAfter(due);
    assertThat(PaymentVariables.DUE_DATE.get(runtime.getVariables(instance)))
        .isEqualTo(newDue.toString());
    // the dunning now waits for the new due date (its late timer)
    assertThat(runtime.getActiveActivityIds(instance)).containsExactly(PaymentVariables.TIMER_INVOICE_LATE);
  }

  @Test
  void a_credit_note_of_a_VAT_registered_client_is_a_Peppol_credit_note_naming_its_invoice()
      throws Exception {
    Case c = issue(ClientType.PROFESSIONAL, VAT);
    var note = creditNotes.creditInFull("test/credit/" + c.invoice().number(), c.invoice(),
        "WJA-18", "cancelled").orElseThrow();
    relay.relayPending();

    var response = http.withBasicAuth("sales", "sales").getForEntity(
        "/api/invoices/" + note.number() + "/e-invoice", byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(PeppolValidator.errors(response.getBody(), true,
        java.time.OffsetDateTime.now())).isEmpty();
    var dom = PeppolInvoiceTest.dom(response.getBody());
    var x = PeppolInvoiceTest.xpath();
    assertThat(x.evaluate("/*/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID", dom))
        .isEqualTo(c.invoice().number());
    assertThat(x.evaluate("/*/cac:LegalMonetaryTotal/cbc:PayableAmount", dom))
        .isEqualTo("6050.00");
    assertThat(x.evaluate("/*/cac:TaxTotal/cbc:TaxAmount", dom)).isEqualTo("1050.00");
    assertThat(ACCESS_POINT.received).extracting(r -> r.headers().get("X-peppol-document-type")
        .get(0)).anyMatch(type -> type.contains("CreditNote-2::CreditNote"));
    assertThat(new BigDecimal(x.evaluate("/*/cac:TaxTotal/cac:TaxSubtotal/cbc:TaxableAmount",
        dom))).isEqualByComparingTo("5000.00");
  }

  @Test
  void a_credit_note_refused_for_good_opens_the_accounting_task_and_is_sent_again() {
    Case c = issue(ClientType.PROFESSIONAL, VAT);
    relay.relayPending();
    ACCESS_POINT.answer(404);
    var note = creditNotes.creditInFull("test/refused/" + c.invoice().number(), c.invoice(),
        "WJA-18", "cancelled").orElseThrow();
    relay.relayPending();

    at(ISSUED.plusDays(1));
    String instance = runtime.createProcessInstanceQuery()
        .processDefinitionKey(be.contractflow.process.einvoice.EInvoiceVariables.PROCESS_KEY)
        .processInstanceBusinessKey(note.number()).singleResult().getId();
    Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(EInvoiceVariables.TASK_HANDLE_UNDELIVERED);
    assertThat(tasks.getIdentityLinksForTask(task.getId()))
        .anyMatch(link -> "accounting".equals(link.getGroupId()));
    assertThat(String.valueOf(PaymentVariables.E_INVOICE_FAILURE.get(runtime.getVariables(instance))))
        .contains(note.number(), "404", "not registered on Peppol");

    tasks.complete(task.getId(), PaymentVariables.RESEND_E_INVOICE.as(true));
    runDueJobs();
    at(ISSUED.plusDays(2));
    assertThat(notices.find(EInvoices.noticeKey(note.number())).orElseThrow().status())
        .isEqualTo(NoticeStatus.SENT);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count())
        .as("the e-invoice process ended: sent").isZero();
  }

  @Test
  void an_invoice_credited_in_full_before_its_e_invoice_left_opens_no_task() {
    ACCESS_POINT.answer(404);
    Case c = issue(ClientType.PROFESSIONAL, VAT);
    relay.relayPending();
    // the order is cancelled: its invoice credited in full and cancelled (OrderService#cancel)
    creditNotes.creditInFull("test/credit-before/" + c.invoice().number(), c.invoice(), "WJA-18",
        "cancelled");
    invoices.updateStatus(c.invoice().number(), be.contractflow.ledger.InvoiceStatus.CANCELLED);
    String instance = instanceOf(c.invoice());

    at(c.invoice().dueDate().plusDays(2));

    assertThat(tasks.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(PaymentVariables.TASK_HANDLE_UNDELIVERED_E_INVOICE).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count())
        .as("the cancelled invoice's payment process ended").isZero();
  }

  @Test
  void an_e_invoice_failing_the_Peppol_rules_is_kept_but_never_sent_and_says_which_rule()
      throws Exception {
    today(ISSUED);
    Client client = ledger.client(ClientType.PROFESSIONAL, Language.fr, VAT);
    Contract contract = ledger.contract("wja", ContractKind.PROJECT, client);
    var agency = PeppolInvoiceTest.agencyRows().stream().filter(a -> a.profile().equals("wja"))
        .findFirst().orElseThrow();
    var good = PeppolInvoiceTest.sample(PeppolInvoiceTest.Kind.DEPOSIT, agency).source()
        .document();
    // a total that is not base + VAT (BR-CO-15): built wrong, it must not leave
    var wrong = new be.contractflow.billing.InvoiceDocument.View(false, good.title(),
        "I-2026-09999", good.issueDate(), good.dueDate(), null, null, null, null,
        contract.number(), good.quoteNumber(), good.clause(), good.courtClause(), good.lines(),
        good.rates(), good.totalExclVat(), good.vat(), new BigDecimal("1300.00"), false, 30,
        good.communication());

    var notice = eInvoices.issue(wrong, agency, client, new byte[] {'%', 'P', 'D', 'F'},
        contract.number(), "I-2026-09999", "WJA-2").orElseThrow();
    relay.relayPending();

    assertThat(notice.status()).isEqualTo(NoticeStatus.FAILED);
    assertThat(notice.lastError()).contains("fails the Peppol BIS Billing 3.0 validation",
        "BR-CO-15", "was not sent");
    assertThat(ACCESS_POINT.received).isEmpty();
  }

  // --- driving the engine ---------------------------------------------------------------------

  private String instanceOf(Invoice invoice) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("payment")
        .processInstanceBusinessKey(invoice.number()).singleResult().getId();
  }

  /** Day by day to noon on {@code date}: every due job (payment, e-invoice), the relay. */
  private void at(LocalDate date) {
    LocalDate from = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        BusinessClock.ZONE);
    for (LocalDate day = from.plusDays(1); !day.isAfter(date); day = day.plusDays(1)) {
      today(day);
      runDueJobs();
    }
  }

  private void runDueJobs() {
    for (int round = 0; round < 50; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      due.forEach(job -> management.executeJob(job.getId()));
      relay.relayPending();
      if (due.isEmpty()) {
        return;
      }
    }
    throw new AssertionError("jobs keep coming");
  }
}
