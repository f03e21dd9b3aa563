package be.contractflow.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.contractflow.support.TestSmtp;
import be.contractflow.time.BusinessClock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against the real application context (H2, Camunda, Flyway) and a real SMTP server
 * (GreenMail): SPEC.md "Notices" — stored before sending, sent exactly once, retried while the mail
 * server is down, nothing lost.
 */
@SpringBootTest(properties = {
    "contractflow.notice.relay.max-attempts=3",
    "contractflow.notice.relay.initial-backoff=PT30S",
    "contractflow.notice.relay.claim-timeout=PT5M"})
@ActiveProfiles("test")
class NoticeOutboxTest {

  static final ServerSetup SMTP = TestSmtp.onFreePort();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(SMTP);

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getPort());
  }

  private static final Instant START = BusinessClock.noonOf(LocalDate.of(2026, 3, 2));

  @Autowired NoticeService notices;
  @Autowired NoticeRelay relay;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired ProcessEngineConfigurationImpl engine;
  @Autowired be.contractflow.support.LedgerFixtures ledger;

  private String clientId;
  private String contract;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(START));
    // one application context for every test: each starts with an empty outbox
    jdbc.sql("delete from cf_notice").update();
    clientId = client("fr", "client@example.be");
    contract = "C-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void a_notice_issued_twice_and_relayed_twice_is_sent_once() throws Exception {
    var request = reminder("reminder-1");
    Notice first = notices.issue(request);
    Notice again = notices.issue(request);

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(notices.forContract(contract)).hasSize(1);
    assertThat(first.status()).isEqualTo(NoticeStatus.PENDING);

    assertThat(relay.relayPending()).isEqualTo(1);
    assertThat(relay.relayPending()).isZero();

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    Notice sent = notices.find(request.key()).orElseThrow();
    assertThat(sent.status()).isEqualTo(NoticeStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(1);
    assertThat(sent.sentAt().toInstant()).isEqualTo(START);
    assertThat(notices.issue(request).status()).isEqualTo(NoticeStatus.SENT);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void a_notice_comes_from_the_agency_of_the_contract_not_from_contractflow() throws Exception {
    var client = ledger.client(be.contractflow.ledger.ClientType.PROFESSIONAL,
        be.contractflow.ledger.Language.fr);
    var wjaContract = ledger.contract("wja", be.contractflow.ledger.ContractKind.PROJECT, client);
    notices.issue(NoticeRequest.of("pi-sender/Task_SendReminder/r1", NoticeType.PAYMENT_REMINDER,
            "WJA-10b", client.id())
        .withContract(wjaContract.number()).withInvoice("I-2026-00001"));
    relay.relayPending();

    MimeMessage sent = received(client.email());
    assertThat(sent.getFrom()).extracting(Object::toString)
        .containsExactly("WJA <factures@wja.example>");
    Notice notice = notices.forContract(wjaContract.number()).get(0);
    assertThat(notices.body(notice.id()).orElseThrow()).contains("Rue de Namur 12, 1400 Nivelles",
        "BE0712345630", "BE12 0010 4567 8992",
        "Juridiction compétente : Tribunal de l’entreprise du Brabant wallon (Nivelles).");
  }

  @Test
  void a_notice_issued_in_a_transaction_that_rolls_back_does_not_exist() {
    var request = reminder("rolled-back");
    transactions.executeWithoutResult(status -> {
      notices.issue(request);
      status.setRollbackOnly();
    });
    assertThat(notices.find(request.key())).isEmpty();
  }

  @Test
  void a_notice_shares_the_transaction_of_the_engine_step_that_decides_it() {
    var request = reminder("engine-step");
    assertThatThrownBy(() -> engine.getCommandExecutorTxRequired().execute(context -> {
      notices.issue(request);
      throw new IllegalStateException("the step fails after deciding the notice");
    })).hasMessageContaining("the step fails");
    assertThat(notices.find(request.key())).isEmpty();

    engine.getCommandExecutorTxRequired().execute(context -> notices.issue(request));
    assertThat(notices.find(request.key())).isPresent();
  }

  @Test
  void a_notice_whose_smtp_server_was_down_is_retried_after_the_backoff_and_sent() {
    var request = reminder("server-down");
    notices.issue(request);

    smtp.stop();
    assertThat(relay.relayPending()).isZero();
    Notice failedOnce = notices.find(request.key()).orElseThrow();
    assertThat(failedOnce.status()).isEqualTo(NoticeStatus.PENDING);
    assertThat(failedOnce.attempts()).isEqualTo(1);
    assertThat(failedOnce.lastError()).isNotBlank();
    assertThat(failedOnce.nextAttemptAt().toInstant()).isEqualTo(START.plusSeconds(30));

    smtp.start();
    assertThat(relay.relayPending()).as("not before the backoff has passed").isZero();
    moveClock(Duration.ofSeconds(30));
    assertThat(relay.relayPending()).isEqualTo(1);

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    Notice sent = notices.find(request.key()).orElseThrow();
    assertThat(sent.status()).isEqualTo(NoticeStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(2);
    assertThat(sent.sentAt().toInstant()).isEqualTo(START.plusSeconds(30));
  }

  @Test
  void while_the_smtp_server_is_down_only_one_notice_per_run_spends_an_attempt() {
    var first = reminder("down-1");
    var second = reminder("down-2");
    notices.issue(first);
    notices.issue(second);
    smtp.stop();

    assertThat(relay.relayPending()).isZero();

    assertThat(notices.forContract(contract)).extracting(Notice::attempts)
        .containsExactlyInAnyOrder(1, 0);
    smtp.start();
    moveClock(Duration.ofSeconds(30));
    assertThat(relay.relayPending()).isEqualTo(2);
    assertThat(smtp.getReceivedMessages()).hasSize(2);
  }

  @Test
  void after_max_attempts_a_notice_is_failed_still_listed_and_sent_once_requeued() {
    var request = reminder("never-reachable");
    notices.issue(request);
    smtp.stop();

    relay.relayPending();
    moveClock(Duration.ofSeconds(30));
    relay.relayPending();
    assertThat(notices.find(request.key()).orElseThrow().nextAttemptAt().toInstant())
        .as("the backoff doubles").isEqualTo(START.plusSeconds(30 + 60));
    moveClock(Duration.ofSeconds(59));
    assertThat(relay.relayPending()).isZero();
    assertThat(notices.find(request.key()).orElseThrow().attempts()).isEqualTo(2);
    moveClock(Duration.ofSeconds(1));
    relay.relayPending();

    Notice failed = notices.find(request.key()).orElseThrow();
    assertThat(failed.status()).isEqualTo(NoticeStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(3);
    assertThat(failed.sentAt()).isNull();
    assertThat(notices.forContract(contract)).extracting(Notice::status)
        .containsExactly(NoticeStatus.FAILED);
    assertThat(notices.withStatus(NoticeStatus.FAILED)).extracting(Notice::key)
        .contains(request.key());
    moveClock(Duration.ofDays(1));
    assertThat(relay.relayPending()).as("a failed notice waits for staff").isZero();

    smtp.start();
    assertThat(notices.requeue(failed.id()).status()).isEqualTo(NoticeStatus.PENDING);
    assertThat(relay.relayPending()).isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(notices.find(request.key()).orElseThrow().status()).isEqualTo(NoticeStatus.SENT);
  }

  @Test
  void a_notice_claimed_by_another_node_is_not_sent_again_unless_its_claim_expires() {
    var request = reminder("claimed-elsewhere");
    Notice notice = notices.issue(request);
    // another node claimed it and is sending it (or died while doing so)
    jdbc.sql("""
            update cf_notice set status = 'SENDING', attempts = 1, next_attempt_at = :expires
            where id = :id""")
        .param("expires", OffsetDateTime.ofInstant(START.plus(Duration.ofMinutes(5)),
            BusinessClock.ZONE))
        .param("id", notice.id())
        .update();

    assertThat(relay.relayPending()).isZero();
    moveClock(Duration.ofMinutes(5));
    assertThat(relay.relayPending()).isEqualTo(1);
    assertThat(relay.relayPending()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void a_notice_sent_again_after_its_node_died_carries_the_message_id_of_the_first_sending()
      throws Exception {
    var request = reminder("died-after-accept");
    Notice notice = notices.issue(request);
    notices.issue(reminder("another-reminder"));
    assertThat(relay.relayPending()).isEqualTo(2);
    // the node died after the server accepted the message and before recording it as sent: its
    // claim is left, and expires
    jdbc.sql("""
            update cf_notice set status = 'SENDING', sent_at = null, next_attempt_at = :expired
            where id = :id""")
        .param("expired", OffsetDateTime.ofInstant(START, BusinessClock.ZONE))
        .param("id", notice.id())
        .update();

    assertThat(relay.relayPending()).isEqualTo(1);

    var received = smtp.getReceivedMessages();
    assertThat(received).hasSize(3);
    assertThat(received[0].getHeader("X-Contractflow-Notice", null)).isEqualTo(request.key());
    assertThat(received[2].getHeader("X-Contractflow-Notice", null)).isEqualTo(request.key());
    String first = received[0].getMessageID();
    assertThat(first).matches("<[0-9a-f]{32}\\.notice@[a-z0-9.-]+>");
    assertThat(received[2].getMessageID()).as("the twin's Message-ID").isEqualTo(first);
    assertThat(received[1].getMessageID()).as("another notice's").isNotEqualTo(first);
    String from = ((jakarta.mail.internet.InternetAddress) received[0].getFrom()[0]).getAddress();
    assertThat(first).endsWith("@" + from.substring(from.indexOf('@') + 1) + ">");
  }

  @Test
  void WJA_12_a_formal_notice_is_a_registered_letter_never_emailed_and_its_posting_date_is_the_sending_date()
      throws Exception {
    var request = NoticeRequest.of("formal-notice-" + contract, NoticeType.FORMAL_NOTICE, "WJA-12",
            clientId)
        .withContract(contract).withInvoice("F-2026-0042")
        .with("dueDate", LocalDate.of(2026, 2, 1))
        .with("total", new BigDecimal("1815.00"));
    Notice letter = notices.issue(request);

    assertThat(letter.channel()).isEqualTo(NoticeChannel.REGISTERED_LETTER);
    assertThat(letter.status()).isEqualTo(NoticeStatus.AWAITING_POSTING);
    assertThat(letter.hasDocument()).isTrue();
    assertThat(pdfHeader(notices.document(letter.id()).orElseThrow().content())).isEqualTo("%PDF-");
    moveClock(Duration.ofDays(2));
    assertThat(relay.relayPending()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();

    LocalDate postedOn = LocalDate.of(2026, 3, 3);
    Notice posted = notices.markPosted(request.key(), postedOn);
    assertThat(posted.status()).isEqualTo(NoticeStatus.POSTED);
    assertThat(posted.sentAt().toLocalDate()).isEqualTo(postedOn);
    assertThat(notices.markPosted(request.key(), postedOn)).isEqualTo(posted);
    assertThatThrownBy(() -> notices.markPosted(request.key(), LocalDate.of(2026, 3, 4)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("2026-03-03");
    assertThat(notices.forInvoice("F-2026-0042")).extracting(Notice::sentAt)
        .containsExactly(posted.sentAt());
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void a_registered_letter_cannot_be_posted_in_the_future() {
    var request = NoticeRequest.of("resolution-" + contract, NoticeType.RESOLUTION_NOTICE,
        "WJA-12", clientId).withContract(contract);
    notices.issue(request);
    assertThatThrownBy(() -> notices.markPosted(request.key(), LocalDate.of(2026, 3, 3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
  }

  @Test
  void subject_and_body_come_in_the_client_language() throws Exception {
    String nl = client("nl", "klant@example.be");
    String en = client("en", "customer@example.com");
    notices.issue(reminder("fr").withInvoice("F-2026-0101"));
    notices.issue(NoticeRequest.of("nl-" + contract, NoticeType.PAYMENT_REMINDER, "VIR-4", nl)
        .withContract(contract).withInvoice("F-2026-0102"));
    notices.issue(NoticeRequest.of("en-" + contract, NoticeType.PAYMENT_REMINDER, "VIR-4", en)
        .withContract(contract).withInvoice("F-2026-0103"));

    assertThat(relay.relayPending()).isEqualTo(3);

    assertThat(notices.forContract(contract)).extracting(Notice::language, Notice::recipient)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("fr", "client@example.be"),
            org.assertj.core.groups.Tuple.tuple("nl", "klant@example.be"),
            org.assertj.core.groups.Tuple.tuple("en", "customer@example.com"));
    assertThat(received("client@example.be").getSubject())
        .isEqualTo("Rappel de paiement – facture F-2026-0101");
    assertThat(GreenMailUtil.getBody(received("client@example.be"))).contains("Sauf erreur");
    assertThat(received("klant@example.be").getSubject())
        .isEqualTo("Betalingsherinnering – factuur F-2026-0102");
    assertThat(received("customer@example.com").getSubject())
        .isEqualTo("Payment reminder – invoice F-2026-0103");
  }

  @Test
  void BDB_5_2a_a_quote_is_emailed_with_its_pdf() throws Exception {
    var request = NoticeRequest.of("quote-" + contract, NoticeType.QUOTE_SENT, "BDB-5.2a",
            clientId)
        .withContract(contract)
        .with("quoteNumber", "Q-2026-0009")
        .with("issueDate", LocalDate.of(2026, 3, 2))
        .with("validUntil", LocalDate.of(2026, 4, 2));
    Notice notice = notices.issue(request);
    assertThat(notice.documentName()).isEqualTo("QUOTE_SENT-" + contract + ".pdf");

    relay.relayPending();

    MimeMessage message = received("client@example.be");
    assertThat(message.getSubject()).isEqualTo("Votre devis Q-2026-0009");
    Part pdf = attachment(message);
    assertThat(pdf.getFileName()).isEqualTo(notice.documentName());
    assertThat(pdf.getContentType()).startsWith("application/pdf");
    try (InputStream in = pdf.getInputStream()) {
      assertThat(pdfHeader(in.readAllBytes())).isEqualTo("%PDF-");
    }
  }

  @Test
  void an_invoice_pdf_made_by_the_caller_is_sent_as_is() throws Exception {
    byte[] invoicePdf = "%PDF-1.7 the invoice".getBytes();
    Notice notice = notices.issue(NoticeRequest.of("invoice-" + contract, NoticeType.INVOICE_SENT,
            "BDB-R12", clientId)
        .withContract(contract).withInvoice("F-2026-0200")
        .withAttachment(new Attachment("F-2026-0200.pdf", invoicePdf)));
    assertThat(notices.document(notice.id()).orElseThrow().content()).isEqualTo(invoicePdf);

    relay.relayPending();

    try (InputStream in = attachment(received("client@example.be")).getInputStream()) {
      assertThat(in.readAllBytes()).isEqualTo(invoicePdf);
    }
  }

  /**
   * Book XIX's free reminders per year are counted by the database (issue 16): the reminders of
   * the contract created in the calendar year, Brussels time, that did not fail.
   */
  @Test
  void reminders_of_the_year_are_counted_in_Brussels_time_without_the_failed_ones() {
    ZonedDateTime newYear = LocalDate.of(2026, 1, 1).atStartOfDay(BusinessClock.ZONE);
    ClockUtil.setCurrentTime(Date.from(newYear.minusMinutes(30).toInstant())); // 2025, Brussels
    notices.issue(reminder("reminder-2025"));
    ClockUtil.setCurrentTime(Date.from(newYear.plusMinutes(30).toInstant())); // 2025 in UTC
    notices.issue(reminder("reminder-new-year"));
    ClockUtil.setCurrentTime(Date.from(START));
    notices.issue(reminder("reminder-march"));
    Notice failed = notices.issue(reminder("reminder-failed"));
    jdbc.sql("update cf_notice set status = 'FAILED' where id = ?").param(failed.id()).update();
    notices.issue(NoticeRequest.of(NoticeRequest.keyOf("pi-" + contract, "Task_Suspend",
            "suspension"), NoticeType.SUSPENSION_NOTICE, "VIR-9", clientId)
        .withContract(contract).withInvoice("F-2026-0001")
        .with("suspendedOn", LocalDate.of(2026, 3, 2)).with("dueDate", LocalDate.of(2026, 3, 1))
        .with("total", new BigDecimal("1210.00")).with("services", contract + " (RENTAL)"));

    assertThat(notices.countForContract(contract, NoticeType.PAYMENT_REMINDER,
        newYear.toOffsetDateTime(), newYear.plusYears(1).toOffsetDateTime())).isEqualTo(2);
    assertThat(notices.countForContract(contract, NoticeType.PAYMENT_REMINDER,
        newYear.minusYears(1).toOffsetDateTime(), newYear.toOffsetDateTime())).isEqualTo(1);
    assertThat(notices.countForContract("C-OTHER", NoticeType.PAYMENT_REMINDER,
        newYear.toOffsetDateTime(), newYear.plusYears(1).toOffsetDateTime())).isZero();
  }

  private NoticeRequest reminder(String purpose) {
    return NoticeRequest.of(NoticeRequest.keyOf("pi-" + contract, "Task_SendReminder", purpose),
            NoticeType.PAYMENT_REMINDER, "VIR-4", clientId)
        .withContract(contract).withInvoice("F-2026-0001")
        .with("dueDate", LocalDate.of(2026, 3, 1))
        .with("total", new BigDecimal("1210.00"));
  }

  private String client(String language, String email) {
    String id = UUID.randomUUID().toString();
    jdbc.sql("""
            insert into cf_client (id, name, email, language, type, created_at)
            values (?, ?, ?, ?, 'CONSUMER', ?)""")
        .params(id, "Client " + language, email, language,
            OffsetDateTime.ofInstant(START, BusinessClock.ZONE))
        .update();
    return id;
  }

  private static void moveClock(Duration by) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
  }

  private static MimeMessage received(String to) throws Exception {
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (message.getAllRecipients()[0].toString().equals(to)) {
        return message;
      }
    }
    throw new AssertionError("nothing was sent to " + to);
  }

  private static Part attachment(MimeMessage message) throws Exception {
    var multipart = (Multipart) message.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      Part part = multipart.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        return part;
      }
    }
    throw new AssertionError("no attachment");
  }

  private static String pdfHeader(byte[] document) {
    return new String(document, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
