package be.contractflow.terms;

import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.Language;
import be.contractflow.process.delivery.DeliveryService;
import be.contractflow.support.LedgerFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A contract keeps the terms decisions pinned at its signature. When a later version of a decision
 * adds an output ({@code terms-delivery}'s {@code reworkClause}), the contract's older version
 * reads it as null instead of failing, and the rework of client files is still billed under the
 * profile's clause (WJA-5).
 */
@SpringBootTest
@ActiveProfiles("test")
class TermsOutputAddedAfterSignatureTest {

  @Autowired RepositoryService repository;
  @Autowired TermsService terms;
  @Autowired LedgerFixtures ledger;
  @Autowired DeliveryService delivery;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void undeployAndResetClock() {
    // the Spring context (and its engine) is shared with other test classes: leave v1 in force
    deployments.forEach(id -> repository.deleteDeployment(id, true));
    ClockUtil.reset();
  }

  @Test
  void WJA_5_a_contract_signed_before_the_rework_clause_was_added_still_bills_rework_under_it()
      throws IOException {
    LedgerFixtures.today(LocalDate.of(2026, 5, 4));
    String current = termsDelivery();
    String before = current
        .replaceAll("\\s*<output id=\"Output_TermsDelivery_ReworkClause\"[^>]*/>", "")
        .replaceAll("\\s*<outputEntry id=\"Rule_TermsDelivery_\\w+_ReworkClause\">\\s*<text>[^<]*"
            + "</text>\\s*</outputEntry>", "");
    assertThat(before).doesNotContain("ReworkClause");
    deploy("terms-delivery before the rework clause", before);
    var client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    var contract = ledger.contract("wja", ContractKind.PROJECT, client);
    terms.pin(contract.number());
    deploy("terms-delivery with the rework clause", current);

    Terms pinned = terms.termsFor(contract, ClientType.PROFESSIONAL);
    assertThat(pinned.delivery().reworkClause()).isNull();
    assertThat(pinned.delivery().nonConformityClause()).isEqualTo("WJA-24");
    var rework = delivery.invoiceReworkHours(contract.number(), pinned, new BigDecimal("2"),
        new BigDecimal("65.00"));
    assertThat(rework.clause()).isEqualTo("WJA-5");
    assertThat(rework.amountExclVat()).isEqualByComparingTo("130.00");
  }

  private void deploy(String name, String dmn) {
    deployments.add(repository.createDeployment().name(name)
        .addString("terms-delivery.dmn", dmn).deploy().getId());
  }

  private static String termsDelivery() throws IOException {
    try (InputStream in = TermsOutputAddedAfterSignatureTest.class
        .getResourceAsStream("/bpmn/terms-delivery.dmn")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
