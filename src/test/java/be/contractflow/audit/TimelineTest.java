package be.contractflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.process.ProcessVariables;
import be.contractflow.support.Api;
import be.contractflow.support.LedgerFixtures;
import be.contractflow.support.QuoteToAcceptance;
import be.contractflow.support.TestSmtp;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 15, "a timeline that can be trusted": a WJA website from quote to acceptance over the API,
 * then {@code GET /api/contracts/{n}/timeline} as the auditor reads it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "simulation"})
class TimelineTest {

  static final ServerSetup SMTP = TestSmtp.onFreePort();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(SMTP);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getPort());
  }

  @Autowired TestRestTemplate http;
  @Autowired HistoryService history;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void WJA_contract_timeline_names_who_did_what_in_causal_order_with_the_terms_behind_it() {
    LedgerFixtures.today(LocalDate.of(2026, 3, 1));
    String contract = new QuoteToAcceptance(http).wja();
    List<JsonNode> timeline = new ArrayList<>();
    Api.read(http, "/api/contracts/" + contract + "/timeline").forEach(timeline::add);

    // who: the API caller for the signature, "system" for engine work, never null
    assertThat(timeline).allSatisfy(e -> assertThat(e.get("who").asText()).isNotBlank());
    assertThat(entry(timeline, "TASK_COMPLETED", "Record the client's signature").get("who")
        .asText()).isEqualTo("sales");
    assertThat(entry(timeline, "PROCESS_STARTED", "Order").get("who").asText()).isEqualTo("sales");
    assertThat(timeline).filteredOn(e -> e.get("kind").asText().equals("STEP")
            && e.get("details").has("job"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.get("who").asText()).isEqualTo("system"));

    // element names, never ids
    assertThat(timeline).allSatisfy(e ->
        assertThat(e.get("name").asText()).doesNotContainPattern("[A-Z][a-z]+_[A-Z]"));

    // the deposit invoice at its real instant (12:00 on the simulation clock), after the step
    // that issued it and before the payment process it started
    JsonNode deposit = timeline.stream().filter(e -> e.get("kind").asText().equals("INVOICE_ISSUED"))
        .findFirst().orElseThrow();
    assertThat(deposit.get("at").asText()).startsWith("2026-03-04T12:00");
    String depositNumber = deposit.get("details").get("number").asText();
    JsonNode issuing = entry(timeline, "STEP", "Issue first invoice");
    JsonNode payment = timeline.stream().filter(e -> e.get("kind").asText().equals("PROCESS_STARTED")
            && e.get("name").asText().endsWith(depositNumber)).findFirst().orElseThrow();
    assertThat(issuing.get("sequence").asLong()).isLessThan(deposit.get("sequence").asLong());
    assertThat(deposit.get("sequence").asLong()).isLessThan(payment.get("sequence").asLong());
    assertThat(timeline).extracting(e -> e.get("sequence").asLong())
        .isSorted().doesNotHaveDuplicates();

    // the terms pinned at signature: WJA's own agency row, inputs and version
    JsonNode terms = entry(timeline, "TERMS_PINNED", "Terms pinned at signature");
    assertThat(terms.get("source").asText()).contains("terms-payment v");
    JsonNode profiles = decision(terms, "terms-profiles");
    assertThat(profiles.get("outputs")).singleElement()
        .satisfies(row -> assertThat(row.get("agencyName").asText()).isEqualTo("WJA"));
    JsonNode payments = decision(terms, "terms-payment");
    assertThat(payments.get("inputs").get("termsProfile").asText()).isEqualTo("wja");
    assertThat(payments.get("outputs").get(0).get("interestClause").asText()).isEqualTo("WJA-10b");

    // the quote validity deadline names the reading it follows, and was met
    assertThat(timeline).anySatisfy(e -> {
      assertThat(e.get("kind").asText()).isEqualTo("DEADLINE_MET");
      assertThat(e.get("source").asText()).isEqualTo("READING-quote-validity");
    });

    // gateways are there, flagged as noise; business steps are not noise
    assertThat(timeline).filteredOn(e -> e.get("details").path("type").asText()
        .endsWith("Gateway")).isNotEmpty().allSatisfy(e -> assertThat(e.get("noise")
        .asBoolean()).isTrue());
    assertThat(issuing.get("noise").asBoolean()).isFalse();

    // one contract number on every process instance of the contract (Cockpit's search)
    assertThat(history.createHistoricProcessInstanceQuery()
        .variableValueEquals(ProcessVariables.CONTRACT_NUMBER, contract).list())
        .extracting(p -> p.getProcessDefinitionKey())
        .contains("order", "delivery", "payment");
  }

  private static JsonNode entry(List<JsonNode> timeline, String kind, String nameStart) {
    return timeline.stream().filter(e -> e.get("kind").asText().equals(kind)
            && e.get("name").asText().startsWith(nameStart)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " '" + nameStart + "' in "
            + timeline.stream().map(e -> e.get("kind").asText() + " " + e.get("name").asText())
            .toList()));
  }

  private static JsonNode decision(JsonNode terms, String key) {
    for (JsonNode decision : terms.get("details").get("decisions")) {
      if (decision.get("decision").asText().equals(key)) {
        return decision;
      }
    }
    throw new AssertionError("no decision " + key + " in " + terms);
  }
}
