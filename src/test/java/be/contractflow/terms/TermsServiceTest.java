package be.contractflow.terms;

import static be.contractflow.terms.TermsEngine.DELIVERY;
import static be.contractflow.terms.TermsEngine.ORDER;
import static be.contractflow.terms.TermsEngine.PAYMENT;
import static be.contractflow.terms.TermsEngine.PROFILES;
import static be.contractflow.terms.TermsEngine.RENEWAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {PROFILES, ORDER, PAYMENT, DELIVERY, RENEWAL})
class TermsServiceTest {

  @RegisterExtension static ProcessEngineExtension engine = TermsEngine.extension();

  private static final Pattern WJA_RULE =
      Pattern.compile("<rule id=\"Rule_[A-Za-z]+_Wja[A-Za-z]*\">.*?</rule>", Pattern.DOTALL);

  private TermsService terms;

  @BeforeEach
  void setUp() {
    terms = new TermsService(engine.getDecisionService(), engine.getRepositoryService());
  }

  @Test
  void the_three_agencies_are_the_known_profiles() {
    assertThat(terms.profiles())
        .extracting(Terms.Agency::profile, Terms.Agency::agencyName, Terms.Agency::court,
            Terms.Agency::courtClause, Terms.Agency::defaultLanguage)
        .containsExactly(
            tuple("debruijne", "Benjamin De Bruijne", "Tribunal de commerce (Belgique)", null,
                Language.fr),
            tuple("virtura", "Virtura SRL", "Tribunaux de Liège, division Liège", "VIR-17",
                Language.fr),
            tuple("wja", "WJA", "Tribunaux de Nivelles", "WJA-29", Language.fr));
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

  @Test
  void the_terms_are_evaluated_once_per_deployed_version_and_a_new_version_applies_at_once()
      throws IOException {
    Terms first = terms.termsFor("wja", ClientType.PROFESSIONAL, ContractKind.PROJECT);
    assertThat(terms.termsFor("wja", ClientType.PROFESSIONAL, ContractKind.PROJECT))
        .as("kept while the decisions are unchanged").isSameAs(first);

    RepositoryService repository = engine.getRepositoryService();
    String deploymentId = repository.createDeployment().name("new payment version")
        .addString(PAYMENT, read(PAYMENT).replace("Invoice contest window (days)",
            "Invoice contest window (calendar days)"))
        .deploy().getId();
    try {
      Terms again = terms.termsFor("wja", ClientType.PROFESSIONAL, ContractKind.PROJECT);
      assertThat(again).as("evaluated anew from the new version").isNotSameAs(first)
          .isEqualTo(first);
    } finally {
      repository.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void a_fourth_profile_needs_only_rows_in_the_tables_and_a_new_version_is_picked_up()
      throws IOException {
    RepositoryService repository = engine.getRepositoryService();
    DeploymentBuilder deployment = repository.createDeployment().name("acme rows");
    for (String resource : List.of(PROFILES, ORDER, PAYMENT, DELIVERY, RENEWAL)) {
      deployment.addString(resource, withAcmeRowsCopiedFromWja(read(resource)));
    }
    String deploymentId = deployment.deploy().getId();
    try {
      Terms acme = terms.termsFor("acme", ClientType.CONSUMER, ContractKind.HOSTING);

      assertThat(terms.profiles())
          .extracting(Terms.Agency::profile)
          .containsExactly("acme", "debruijne", "virtura", "wja");
      assertThat(acme.agency().agencyName()).isEqualTo("Acme Web");
      assertThat(acme.payment().paymentTermDays()).isEqualTo(10);
      assertThat(acme.payment().contestWindowDays()).isEqualTo(8);
      assertThat(acme.renewal().clientNoticeMonths()).isEqualTo(3);
      assertThat(acme.dunning().resolutionClause()).isEqualTo("WJA-12");
    } finally {
      repository.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void terms_read_as_properties_in_expressions_re_evaluated_from_the_process_variables() {
    BpmnModelInstance process =
        Bpmn.createExecutableProcess("TermsExpression")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask("Task_ReadTerms")
            .camundaExpression(
                "${execution.setVariable('suspensionDelayDays',"
                    + " termsService.termsOf(execution).dunning.suspensionDelayDays)}")
            .userTask("Task_Wait")
            .endEvent()
            .done();
    String deploymentId =
        engine.getRepositoryService()
            .createDeployment()
            .addModelInstance("TermsExpression.bpmn", process)
            .deploy()
            .getId();
    try {
      ProcessInstance instance =
          engine.getRuntimeService()
              .startProcessInstanceByKey("TermsExpression",
                  Variables.putValue(TermsService.TERMS_PROFILE, "virtura")
                      .putValue(TermsService.CLIENT_TYPE, "CONSUMER")
                      .putValue(TermsService.CONTRACT_KIND, "RECURRING"));

      assertThat(engine.getRuntimeService().getVariable(instance.getId(), "suspensionDelayDays"))
          .isEqualTo(15);
    } finally {
      engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void a_terms_value_kept_as_a_variable_reads_as_properties_too() {
    Terms wja = terms.termsFor("wja", ClientType.PROFESSIONAL, ContractKind.PROJECT);
    BpmnModelInstance process =
        Bpmn.createExecutableProcess("TermsVariable")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask("Task_ReadTerms")
            .camundaExpression(
                "${execution.setVariable('contestChannel', terms.payment.contestChannel.name())}")
            .userTask("Task_Wait")
            .endEvent()
            .done();
    String deploymentId =
        engine.getRepositoryService()
            .createDeployment()
            .addModelInstance("TermsVariable.bpmn", process)
            .deploy()
            .getId();
    try {
      ProcessInstance instance =
          engine.getRuntimeService()
              .startProcessInstanceByKey("TermsVariable",
                  Variables.putValueTyped("terms", Variables.objectValue(wja, true).create()));

      assertThat(engine.getRuntimeService().getVariable(instance.getId(), "contestChannel"))
          .isEqualTo("REGISTERED_LETTER");
    } finally {
      engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = TermsServiceTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Each WJA row copied as an "acme" row; Acme's agency is named and its payment term is 10 days. */
  private static String withAcmeRowsCopiedFromWja(String dmn) {
    Matcher rule = WJA_RULE.matcher(dmn);
    StringBuilder result = new StringBuilder();
    while (rule.find()) {
      String acme =
          rule.group()
              .replace("id=\"Rule_", "id=\"RuleAcme_")
              .replace("\"wja\"", "\"acme\"")
              .replace("\"WJA\"", "\"Acme Web\"")
              .replaceAll(
                  "(?<open>_PaymentTermDays\">\\s*<text>)0(?<close></text>)", "${open}10${close}");
      rule.appendReplacement(result, Matcher.quoteReplacement(rule.group() + "\n" + acme));
    }
    rule.appendTail(result);
    return result.toString();
  }
}
