package be.contractflow.terms;

import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.Language;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.support.Api;
import be.contractflow.support.LedgerFixtures;
import be.contractflow.support.QuoteToAcceptance;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import be.contractflow.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 15: the terms a contract is signed under govern it to the end. A process owner deploys a
 * new {@code terms-payment.dmn} (WJA-10b interest 1 % → 2 % per started month, WJA-10c indemnity
 * 15 % → 20 %) between two signatures: the contract signed before keeps the old amounts, the one
 * signed after gets the new ones, and each timeline names the version behind its figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "simulation"})
class TermsPinningTest {

  static final ServerSetup SMTP = TestSmtp.onFreePort();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(SMTP);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getPort());
  }

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repository;
  @Autowired LedgerFixtures ledger;
  @Autowired ContractRepository contracts;
  @Autowired TermsService terms;
  @Autowired StatutoryRateTable statutoryRates;
  @Autowired AgencyIdentities identities;
  @Autowired PlatformTransactionManager transactions;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void undeployAndResetClock() {
    // the Spring context (and its engine) is shared with other test classes: leave v1 in force
    deployments.forEach(id -> repository.deleteDeployment(id, true));
    ClockUtil.reset();
  }

  @Test
  void WJA_10b_10c_contract_signed_before_a_new_terms_deployment_keeps_the_old_amounts() throws IOException {
    var flow = new QuoteToAcceptance(http);
    LocalDate day = LocalDate.of(2026, 3, 2);
    LedgerFixtures.today(day);
    String client = flow.client("PROFESSIONAL");
    var before = flow.quote(client, "wja", "4000.00", day);
    flow.clock(day);
    flow.sign(before.quoteNumber(), day);
    int oldVersion = repository.createDecisionDefinitionQuery().decisionDefinitionKey("terms-payment")
        .latestVersion().singleResult().getVersion();

    deployments.add(repository.createDeployment().name("terms-payment raised by the owner")
        .addString("terms-payment.dmn", raisedWjaPaymentTerms()).deploy().getId());

    var after = flow.quote(client, "wja", "4000.00", day);
    flow.clock(day);
    flow.sign(after.quoteNumber(), day);

    // the same unpaid interim invoice (2000.00 + VAT = 2420.00) on both, issued the day of the
    // signatures, read 1 April: one started month late (WJA-10b from the invoice date)
    JsonNode old = settlement(interim(before.contractNumber()));
    JsonNode raised = settlement(interim(after.contractNumber()));
    assertThat(old.get("principal").asText()).as("%s", old).isEqualTo("2420.00");
    assertThat(old.get("interest").asText()).as("%s", old).isEqualTo("24.20");   // 1 % (v1)
    assertThat(raised.get("interest").asText()).as("%s", raised).isEqualTo("48.40"); // 2 %
    assertThat(old.get("indemnity").asText()).as("%s", old).isEqualTo("363.00");  // 15 % (v1)
    assertThat(raised.get("indemnity").asText()).as("%s", raised).isEqualTo("484.00"); // 20 %
    assertThat(line(old, "WJA-10b").get("inputs").get("termsVersion").asText())
        .isEqualTo("terms-payment v" + oldVersion);
    assertThat(line(raised, "WJA-10b").get("inputs").get("termsVersion").asText())
        .isEqualTo("terms-payment v" + (oldVersion + 1));

    assertThat(pinned(before.contractNumber())).contains("terms-payment v" + oldVersion)
        .doesNotContain("terms-payment v" + (oldVersion + 1));
    assertThat(pinned(after.contractNumber())).contains("terms-payment v" + (oldVersion + 1));
  }

  /**
   * Issue 16: the latest decision versions are cached between deployments; a table a process
   * owner deploys from Modeler (or deletes) applies at the very next call, on this node.
   */
  @Test
  void a_terms_table_deployed_from_Modeler_applies_right_after_its_deployment() throws IOException {
    TermsVersion before = terms.latestVersions().get("terms-payment");
    assertThat(terms.latestVersions().get("terms-payment")).isEqualTo(before); // cached

    String id = repository.createDeployment().name("terms-payment raised by the owner")
        .addString("terms-payment.dmn", raisedWjaPaymentTerms()).deploy().getId();
    deployments.add(id);
    TermsVersion deployed = terms.latestVersions().get("terms-payment");
    assertThat(deployed.label()).isEqualTo("terms-payment v" + (before.version() + 1));
    assertThat(deployed.decisionDefinitionId()).isEqualTo(repository
        .createDecisionDefinitionQuery().deploymentId(id).decisionDefinitionKey("terms-payment")
        .singleResult().getId());
    // quotes not signed yet read the new table at once: WJA-10b interest 2 %
    assertThat(terms.termsFor("wja", ClientType.PROFESSIONAL,
        ContractKind.PROJECT).payment().interestRatePercent())
        .isEqualByComparingTo("2");

    repository.deleteDeployment(id, true);
    deployments.remove(id);
    assertThat(terms.latestVersions().get("terms-payment")).isEqualTo(before);
  }

  /**
   * Issue 16: which statutory rate table is the latest is cached too; the rate of a new half-year
   * the accountant deploys from Modeler (law of 2 Aug 2002 art. 5) applies at the next call.
   */
  @Test
  void a_statutory_rate_published_from_Modeler_applies_right_after_its_deployment() throws IOException {
    LocalDate february2027 = LocalDate.of(2027, 2, 1);
    assertThat(statutoryRates.current().isPublished(february2027)).isFalse();
    assertThat(statutoryRates.current().lastKnownHalfYear()).isEqualTo("2026-H2"); // cached

    String id = repository.createDeployment().name("statutory rate 2027-H1 published")
        .addString("statutory-rates.dmn", statutoryRatesWith2027H1()).deploy().getId();
    deployments.add(id);
    var rate = statutoryRates.current().rateOn(february2027);
    assertThat(rate.published()).isTrue();
    assertThat(rate.ratePercent()).isEqualByComparingTo("9.5");

    repository.deleteDeployment(id, true);
    deployments.remove(id);
    assertThat(statutoryRates.current().isPublished(february2027)).isFalse();
  }

  /**
   * Issue 16: which identity table is the latest is cached too ({@link LatestDecisions}); an
   * agency's new address a process owner deploys from Modeler (VIR-17: the identity every notice
   * carries) applies at the next notice, and the old one again once the deployment is deleted.
   */
  @Test
  void VIR_17_an_agency_address_changed_from_Modeler_applies_to_the_next_notice() throws IOException {
    assertThat(identities.of("virtura").addressLine()).isEqualTo("Rue de la Station 1, 4557 Tinlot");
    String table;
    try (InputStream in = TermsPinningTest.class.getResourceAsStream("/bpmn/agency-identity.dmn")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String moved = table.replace("Rue de la Station 1", "Rue de la Station 3");
    assertThat(moved).isNotEqualTo(table);
    String id = repository.createDeployment().name("Virtura moved")
        .addString("agency-identity.dmn", moved).deploy().getId();
    deployments.add(id);
    assertThat(identities.of("virtura").addressLine()).isEqualTo("Rue de la Station 3, 4557 Tinlot");

    repository.deleteDeployment(id, true);
    deployments.remove(id);
    assertThat(identities.of("virtura").addressLine()).isEqualTo("Rue de la Station 1, 4557 Tinlot");
  }

  private static String statutoryRatesWith2027H1() throws IOException {
    String dmn;
    try (InputStream in = TermsPinningTest.class.getResourceAsStream("/bpmn/statutory-rates.dmn")) {
      dmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String extended = dmn.replaceFirst("</decisionTable>", """
        <rule id="Rule_StatutoryRate_2027H1">
          <description>FPS Finance notice in the Moniteur belge for 2027-H1</description>
          <inputEntry id="Rule_StatutoryRate_2027H1_HalfYear"><text>"2027-H1"</text></inputEntry>
          <outputEntry id="Rule_StatutoryRate_2027H1_RatePercent"><text>9.5</text></outputEntry>
        </rule>
        </decisionTable>""");
    assertThat(extended).isNotEqualTo(dmn);
    return extended;
  }

  private String interim(String contractNumber) {
    return ledger.invoice(contracts.require(contractNumber), InvoiceKind.INTERIM, "WJA-2",
        "2000.00").number();
  }

  private JsonNode settlement(String invoiceNumber) {
    return Api.read(http, "/api/invoices/" + invoiceNumber + "?at=2026-04-01");
  }

  private static JsonNode line(JsonNode settlement, String clause) {
    for (JsonNode line : settlement.get("lines")) {
      if (line.get("clause").asText().equals(clause)) {
        return line;
      }
    }
    throw new AssertionError("no " + clause + " line in " + settlement);
  }

  /** The timeline's "Terms pinned at signature" entry, as text. */
  private String pinned(String contractNumber) {
    for (JsonNode entry : Api.read(http, "/api/contracts/" + contractNumber + "/timeline")) {
      if (entry.get("kind").asText().equals("TERMS_PINNED")) {
        return entry.toString();
      }
    }
    throw new AssertionError("no TERMS_PINNED entry for " + contractNumber);
  }

  private static String raisedWjaPaymentTerms() throws IOException {
    String dmn;
    try (InputStream in = TermsPinningTest.class.getResourceAsStream("/bpmn/terms-payment.dmn")) {
      dmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String raised = dmn
        .replaceFirst("(<outputEntry id=\"Rule_TermsPayment_Wja_InterestRatePercent\">\\s*<text>)1(</text>)", "$12$2")
        .replaceFirst("(<outputEntry id=\"Rule_TermsPayment_Wja_IndemnityPercent\">\\s*<text>)15(</text>)", "$120$2");
    assertThat(raised).isNotEqualTo(dmn);
    return raised;
  }

  @Test
  void a_signature_rolled_back_leaves_the_contract_unpinned_and_its_next_signature_pins_the_terms_then_in_force() {
    LedgerFixtures.today(LocalDate.of(2026, 3, 2));
    var contract = ledger.contract("wja", ContractKind.PROJECT,
        ledger.client(ClientType.PROFESSIONAL, Language.fr));
    var inTransaction = new TransactionTemplate(transactions);

    inTransaction.executeWithoutResult(status -> {
      assertThat(terms.pin(contract.number())).isNotEmpty();
      assertThat(terms.isPinned(contract.number())).isTrue();
      status.setRollbackOnly();
    });

    assertThat(terms.isPinned(contract.number())).isFalse();
    var pinned = terms.pin(contract.number());
    assertThat(pinned).containsKey("terms-payment");
    assertThat(terms.versionsOf(contract.number())).isEqualTo(pinned);
  }
}

