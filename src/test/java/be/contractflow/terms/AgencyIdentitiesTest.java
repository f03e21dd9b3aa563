package be.contractflow.terms;

import static be.contractflow.terms.TermsEngine.PROFILES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.contractflow.ledger.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The agencies' identities as a process owner deploys them (bpmn/agency-identity.dmn). */
@Deployment(resources = {PROFILES, AgencyIdentitiesTest.IDENTITY})
class AgencyIdentitiesTest {

  static final String IDENTITY = "bpmn/agency-identity.dmn";

  @RegisterExtension static ProcessEngineExtension engine = TermsEngine.extension();

  private AgencyIdentities identities() {
    return new AgencyIdentities(engine.getDecisionService(), engine.getRepositoryService());
  }

  @Test
  void every_terms_profile_has_an_identity_that_passes_the_checks() {
    var profiles = new TermsService(engine.getDecisionService(), engine.getRepositoryService())
        .profiles().stream().map(Terms.Agency::profile).toList();
    assertThat(identities().all()).extracting(AgencyIdentity::profile)
        .containsExactlyElementsOf(profiles);
    identities().all().forEach(row -> assertThat(AgencyIdentityChecks.problems(row)).isEmpty());
  }

  @Test
  void an_IBAN_is_printed_in_groups_of_four_whatever_its_length_and_how_it_was_written() {
    assertThat(withIban("be41 0630 1234 5610").ibanPrinted()).isEqualTo("BE41 0630 1234 5610");
    assertThat(withIban("NL91ABNA0417164300").ibanPrinted()).isEqualTo("NL91 ABNA 0417 1643 00");
    assertThat(withIban("LU280019400644750000").ibanPrinted())
        .isEqualTo("LU28 0019 4006 4475 0000");
  }

  private static AgencyIdentity withIban(String iban) {
    return new AgencyIdentity("virtura", "Virtura", "SRL", null, null, null, "BE", null, null, iban,
        null, null, null, null, null, null, null);
  }

  @Test
  void VIR_17_Virtura_is_an_SRL_in_Tinlot_under_the_enterprise_court_of_Liege() {
    AgencyIdentity virtura = identities().of("virtura");
    assertThat(virtura.displayName()).isEqualTo("Virtura SRL");
    assertThat(virtura.addressLine()).isEqualTo("Rue de la Station 1, 4557 Tinlot");
    assertThat(virtura.enterpriseNumber()).isEqualTo("0798.143.120");
    assertThat(virtura.vatNumber()).isEqualTo("BE0798143120");
    assertThat(virtura.ibanPrinted()).isEqualTo("BE41 0630 1234 5610");
    assertThat(virtura.peppolParticipantId()).isEqualTo("0208:0798143120");
    assertThat(virtura.court(Language.fr)).isEqualTo("Tribunal de l’entreprise de Liège, division Liège");
    assertThat(virtura.court(Language.nl)).isEqualTo("Ondernemingsrechtbank Luik, afdeling Luik");
  }

  @Test
  void WJA_29_and_De_Bruijne_name_their_court_in_each_language() {
    assertThat(identities().of("wja").court(Language.nl))
        .isEqualTo("Ondernemingsrechtbank Waals-Brabant (Nijvel)");
    AgencyIdentity bdb = identities().of("debruijne");
    assertThat(bdb.displayName()).isEqualTo("Benjamin De Bruijne");
    assertThat(bdb.court(Language.en)).isEqualTo("French-speaking Enterprise Court of Brussels");
  }

  @Test
  void a_version_deployed_from_Modeler_with_a_bad_IBAN_is_refused_naming_the_profile_and_the_field()
      throws IOException {
    String table;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(IDENTITY)) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String deployment = engine.getRepositoryService().createDeployment()
        .addString("agency-identity.dmn", table.replace("BE12 0010 4567 8992", "BE12 0010 4567 8993"))
        .deploy().getId();
    try {
      assertThatThrownBy(() -> identities().of("virtura"))
          .hasMessageContaining("agency-identity row 'wja', output 'iban' = 'BE12 0010 4567 8993'"
              + " is not a valid IBAN");
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
    assertThat(identities().of("wja").ibanCompact()).isEqualTo("BE12001045678992");
  }
}
