package be.contractflow.terms;

import static be.contractflow.terms.TermsEngine.DELIVERY;
import static be.contractflow.terms.TermsEngine.ORDER;
import static be.contractflow.terms.TermsEngine.PAYMENT;
import static be.contractflow.terms.TermsEngine.PROFILES;
import static be.contractflow.terms.TermsEngine.RENEWAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.Language;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {PROFILES, ORDER, PAYMENT, DELIVERY, RENEWAL})
class TermsServiceTest {

  @RegisterExtension static ProcessEngineExtension engine = TermsEngine.extension();

  private TermsService terms;

  @BeforeEach
  void setUp() {
    terms = new TermsService(engine.getDecisionService());
  }

  @Test
  void the_three_agencies_are_the_known_profiles() {
    assertThat(terms.profiles())
        .extracting(Terms.Agency::profile, Terms.Agency::agencyName, Terms.Agency::court,
            Terms.Agency::courtClause, Terms.Agency::defaultLanguage)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("debruijne", "Benjamin De Bruijne",
                "Tribunal de commerce (Belgique)", null, Language.fr),
            org.assertj.core.groups.Tuple.tuple("virtura", "Virtura SRL",
                "Tribunaux de Liège, division Liège", "VIR-17", Language.fr),
            org.assertj.core.groups.Tuple.tuple("wja", "WJA", "Tribunaux de Nivelles", "WJA-29",
                Language.fr));
  }

  @Test
  void every_profile_has_one_row_per_topic_for_every_client_type_and_kind() {
    for (Terms.Agency agency : terms.profiles()) {
      for (ClientType type : ClientType.values()) {
        for (ContractKind kind : ContractKind.values()) {
          Terms t = terms.termsFor(agency.profile(), type, kind);
          assertThat(t.agency()).isEqualTo(agency);
          assertThat(t.payment().paymentTermClause()).isNotBlank();
          assertThat(t.dunning().suspensionClause()).isNotBlank();
        }
      }
    }
  }

  @Test
  void an_unknown_profile_is_refused_with_the_known_ones() {
    assertThatThrownBy(() -> terms.termsFor("acme", ClientType.PROFESSIONAL, ContractKind.PROJECT))
        .isInstanceOf(UnknownTermsProfileException.class)
        .hasMessage("Unknown terms profile 'acme'; known profiles: debruijne, virtura, wja");
  }
}
