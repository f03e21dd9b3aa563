package be.contractflow.support;

import static be.contractflow.support.SubscriptionLifecycle.accepted;
import static be.contractflow.support.SubscriptionLifecycle.refused;
import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.payment.PaymentVariables;
import be.contractflow.process.termination.TerminationVariables;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The ends of recurring contracts, one or more per terms profile, through the domain API in the
 * {@code simulation} profile with the steps of {@link SubscriptionLifecycle}: terminations refused
 * (409, 422) then accepted, the effective end date and every termination date shown at once in
 * {@code GET /api/contracts/{n}}, the notice saying why, the contract ended on that date with the
 * credit of the days invoiced after it, and a WJA-12 resolution coming from the real payment
 * process. Run on H2 ({@code simulation.SubscriptionApiTest}) and PostgreSQL ({@code
 * postgres.TerminationPostgresTest}). Each scenario sets the engine clock itself and returns the
 * contract number.
 */
public class TerminationScenarios {

  private final SubscriptionLifecycle steps;
  private final NoticeService noticeService;

  public TerminationScenarios(TestRestTemplate http, NoticeService noticeService) {
    this.steps = new SubscriptionLifecycle(http);
    this.noticeService = noticeService;
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** The text of the contract's latest notice of that type, as sent (HTML). */
  private String noticeBody(String contract, NoticeType type) {
    return noticeService.forContract(contract).stream().filter(n -> n.type() == type)
        .reduce((a, b) -> b).flatMap(n -> noticeService.body(n.id()))
        .orElseThrow(() -> new AssertionError("no " + type + " notice for " + contract));
  }

  /** BDB-R9.3, BDB-R13.1: a rental stopped in its first year runs to the anniversary; from 4 March 2026. */
  public String rentalStoppedInItsFirstYear() {
    LedgerFixtures.today(d("2026-03-04"));
    var rental = steps.ordered(steps.client("PROFESSIONAL"), "debruijne", "RENTAL", "49.00",
        "MONTHLY", d("2026-03-04"));
    String c = rental.contractNumber();
    steps.livePaying(c, d("2026-04-04"), d("2026-05-04"), d("2026-06-04"), d("2026-06-10"));

    refused(steps.event(c, "TERMINATION", d("2026-06-10"), "CLIENT", "EMAIL", "Closing the shop"),
        HttpStatus.CONFLICT, "BDB-R13.1", "REGISTERED_LETTER");
    assertThat(steps.status(c)).isNotEqualTo("TERMINATING");

    accepted(steps.event(c, "TERMINATION", d("2026-06-10"), "CLIENT", "REGISTERED_LETTER",
        "Closing the shop"));
    JsonNode terminating = steps.contract(c);
    assertThat(terminating.get("status").asText()).isEqualTo("TERMINATING");
    assertThat(terminating.get("effectiveEndDate").asText()).isEqualTo("2027-03-03");
    steps.assertDeadline(c, "BDB-R9.3", "Termination received", "2026-06-10", "MET");
    steps.assertDeadline(c, "BDB-R9.3", "Site taken offline", "2026-06-11", "PENDING");
    steps.assertDeadline(c, "BDB-R9.3", "Site offline and stored", "2027-03-03", "PENDING");
    steps.assertDeadline(c, "BDB-R9.3", "Contract ends", "2027-03-03", "PENDING");

    steps.clock(d("2026-06-11"));
    assertThat(steps.notices(c, "TERMINATION_CONFIRMED")).singleElement()
        .satisfies(n -> assertThat(n.get("clause").asText()).isEqualTo("BDB-R9.3"));
    assertThat(noticeBody(c, NoticeType.TERMINATION_CONFIRMED))
        .as("the notice says why the end is deferred")
        .contains("3 mars 2027", "engagement minimal de 12 mois", "mis hors ligne et conservé")
        .doesNotContain("minimum commitment");
    steps.completeTask("production", c, TerminationVariables.TASK_STORE_SITE,
        "{\"storageNote\": {\"value\": \"Archived on the NAS\"}}");
    steps.assertDeadline(c, "BDB-R9.3", "Site taken offline", "2026-06-11", "MET");

    // BDB-R13.1: the sums remain due until the anniversary
    steps.clock(d("2026-07-04"));
    assertThat(steps.invoicesIssuedOn(c, d("2026-07-04"))).singleElement()
        .satisfies(i -> assertThat(i.get("total").asText()).isEqualTo("59.29"));
    return c;
  }

  /** BDB-13.4: email refused, misspelled ground 422, then force majeure with its credit; from 2 March 2026. */
  public String maintenanceEndedByForceMajeure() {
    LedgerFixtures.today(d("2026-03-02"));
    var maintenance = steps.ordered(steps.client("PROFESSIONAL"), "debruijne", "MAINTENANCE",
        "30.00", "MONTHLY", d("2026-03-02"));
    String c = maintenance.contractNumber();
    steps.livePaying(c, d("2026-03-25"), d("2026-04-25"), d("2026-05-25"), d("2026-06-10"));

    refused(steps.event(c, "TERMINATION", d("2026-06-10"), "CLIENT", "EMAIL", "Too expensive"),
        HttpStatus.CONFLICT, "BDB-13.4");
    refused(steps.event(c, "TERMINATION", d("2026-06-10"), "CLIENT", "EMAIL",
        "MUTUAL_CONSENTT: agreed"), HttpStatus.UNPROCESSABLE_ENTITY, "MUTUAL_CONSENTT",
        "[NOTICE, MUTUAL_CONSENT, GRAVE_BREACH, CHANGE_OF_TERMS, SERVICE_INTERRUPTION]");
    refused(steps.event(c, "FORCE_MAJEURE", d("2026-06-10"), "CLIENT", "IN_PERSON", null),
        HttpStatus.CONFLICT, "reason");
    assertThat(steps.status(c)).isEqualTo("ACTIVE");

    accepted(steps.event(c, "FORCE_MAJEURE", d("2026-06-10"), "CLIENT", "IN_PERSON",
        "Premises destroyed by the flood of 8 June"));
    steps.clock(d("2026-06-10"));
    JsonNode ended = steps.contract(c);
    assertThat(ended.get("status").asText()).isEqualTo("ENDED");
    assertThat(ended.get("effectiveEndDate").asText()).isEqualTo("2026-06-10");
    steps.assertDeadline(c, "BDB-13.4", "Force majeure recorded by staff (Premises destroyed",
        "2026-06-10", "MET");
    steps.assertDeadline(c, "BDB-13.4", "Contract ends", "2026-06-10", "MET");
    steps.assertDeadline(c, "BDB-13.4", "Services stopped", "2026-06-11", "PENDING");
    // the month 2 June - 1 July debited on 25 May: 21 of its 30 days credited, 21.00 + VAT
    assertThat(steps.notices(c, "CREDIT_NOTE_SENT")).singleElement().satisfies(n -> {
      assertThat(n.get("clause").asText()).isEqualTo("BDB-13.4");
      assertThat(n.get("invoiceNumber").asText())
          .isEqualTo(steps.invoicesIssuedOn(c, d("2026-05-25")).get(0).get("number").asText());
    });
    // in French, with the VAT it regularises; the ledger's English calculation stays for the audit
    assertThat(noticeBody(c, NoticeType.CREDIT_NOTE_SENT)).contains("25,41",
        "base 21,00\u00a0€, TVA 4,41\u00a0€ au taux de 21\u00a0%").doesNotContain("21/30 days");

    refused(steps.event(c, "CHANGE_REQUEST", d("2026-06-10"), "CLIENT", "EMAIL", "New page"),
        HttpStatus.CONFLICT, "is ENDED");
    return c;
  }

  /** WJA-21: email refused, a registered letter too late runs to the next term; from 10 Feb 2026. */
  public String hostingCancelledTooLate() {
    LedgerFixtures.today(d("2026-02-10"));
    var hosting = steps.ordered(steps.client("PROFESSIONAL"), "wja", "HOSTING", "120.00",
        "YEARLY", d("2026-02-10"));
    String c = hosting.contractNumber();
    steps.clock(d("2026-11-11"));

    refused(steps.event(c, "TERMINATION", d("2026-11-11"), "CLIENT", "EMAIL", null),
        HttpStatus.CONFLICT, "WJA-21", "registered letter");
    accepted(steps.event(c, "TERMINATION", d("2026-11-11"), "CLIENT", "REGISTERED_LETTER", null));
    JsonNode terminating = steps.contract(c);
    assertThat(terminating.get("status").asText()).isEqualTo("TERMINATING");
    assertThat(terminating.get("effectiveEndDate").asText()).isEqualTo("2028-02-09");
    steps.assertDeadline(c, "WJA-21", "Notice for the running term", "2026-11-10", "MISSED");
    steps.assertDeadline(c, "WJA-21", "Termination received", "2026-11-11", "MET");
    steps.assertDeadline(c, "WJA-21", "Contract ends", "2028-02-09", "PENDING");
    steps.clock(d("2026-11-11"));
    assertThat(noticeBody(c, NoticeType.TERMINATION_CONFIRMED))
        .contains("9 février 2028", "au plus tard le 10 novembre 2026", "la période suivante")
        .doesNotContain("next term");

    // the next term is invoiced in advance and runs; nothing after it
    steps.livePaying(c, d("2027-02-10"));
    assertThat(steps.invoicesIssuedOn(c, d("2027-02-10"))).singleElement()
        .satisfies(i -> assertThat(i.get("total").asText()).isEqualTo("145.20"));
    steps.clock(d("2028-02-09"));
    assertThat(steps.status(c)).isEqualTo("TERMINATING");
    steps.clock(d("2028-02-10"));
    assertThat(steps.status(c)).isEqualTo("ENDED");
    assertThat(steps.invoicesIssuedOn(c, d("2028-02-10"))).isEmpty();
    assertThat(steps.notices(c, "CREDIT_NOTE_SENT")).as("the last term ran in full").isEmpty();
    steps.assertDeadline(c, "WJA-21", "Contract ends", "2028-02-09", "MET");
    return c;
  }

  /**
   * WJA-12: an unpaid invoice of a binding order (its deposit paid, WJA-2) resolves the client's
   * hosting through payment and termination, and its prepaid months are credited; from 10 Feb
   * 2026. An unpaid deposit alone binds nothing and resolves nothing (WJA-2, issue 11).
   */
  public String hostingResolvedByThePaymentProcess() {
    LedgerFixtures.today(d("2026-02-10"));
    String client = steps.client("PROFESSIONAL");
    var hosting = steps.ordered(client, "wja", "HOSTING", "120.00", "YEARLY", d("2026-02-10"));
    String h = hosting.contractNumber();
    assertThat(steps.status(h)).isEqualTo("ACTIVE");

    // a website ordered by the same client: its deposit paid, the order binds (WJA-2)
    var site = steps.projectSigned(client, "wja", "1000.00", d("2026-06-01"));
    JsonNode deposit = steps.invoices(site.contractNumber()).get(0);
    assertThat(deposit.get("kind").asText()).isEqualTo("DEPOSIT");
    steps.payOpen(site.contractNumber(), d("2026-06-01"));
    // contents received: the progress invoice (40 %, au grand comptant) stays unpaid
    steps.clock(d("2026-06-02"));
    accepted(steps.event(site.contractNumber(), "CONTENTS_RECEIVED", d("2026-06-02"), "CLIENT",
        "EMAIL", null));
    steps.clock(d("2026-06-02"));
    JsonNode progress = steps.invoices(site.contractNumber()).stream()
        .filter(i -> i.get("kind").asText().equals("PROGRESS")).findFirst().orElseThrow();
    steps.clock(d("2026-06-03"));
    // WJA-11/12: accounting posts the formal notice (the letter's PDF is in the outbox)
    steps.completeTask("accounting", progress.get("number").asText(), PaymentVariables.TASK_POST_FORMAL_NOTICE,
        "{\"postedOn\": {\"value\": \"2026-06-03\"}}");
    steps.clock(d("2026-06-18"));
    assertThat(steps.status(h)).isEqualTo("ACTIVE");

    // more than 15 days after the letter: every running contract of the client is resolved
    steps.clock(d("2026-06-19"));
    JsonNode ended = steps.contract(h);
    assertThat(ended.get("status").asText()).isEqualTo("ENDED");
    assertThat(ended.get("effectiveEndDate").asText()).isEqualTo("2026-06-19");
    steps.assertDeadline(h, "WJA-12", "Resolution at the client's fault", "2026-06-19", "MET");
    steps.assertDeadline(h, "WJA-12", "Contract ends", "2026-06-19", "MET");
    steps.assertDeadline(h, "WJA-12", "Services stopped", "2026-06-22", "PENDING");
    assertThat(steps.notices(h, "TERMINATION_CONFIRMED")).singleElement()
        .satisfies(n -> assertThat(n.get("clause").asText()).isEqualTo("WJA-12"));
    assertThat(steps.notices(h, "CREDIT_NOTE_SENT"))
        .as("the prepaid months after the resolution are credited").singleElement()
        .satisfies(n -> assertThat(n.get("clause").asText()).isEqualTo("WJA-12"));
    assertThat(steps.invoices(site.contractNumber()))
        .anySatisfy(i -> assertThat(i.get("kind").asText()).isEqualTo("INDEMNITY"));
    refused(steps.event(h, "TERMINATION", d("2026-06-19"), "CLIENT", "REGISTERED_LETTER", null),
        HttpStatus.CONFLICT, "ENDED");
    return h;
  }
}
