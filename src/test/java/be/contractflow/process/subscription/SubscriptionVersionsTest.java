package be.contractflow.process.subscription;

import static be.contractflow.process.subscription.SubscriptionVariables.*;
import static be.contractflow.support.model.ModelDriver.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.process.ContractLifecycle;
import be.contractflow.process.subscription.SubscriptionSchedule.StepType;
import be.contractflow.support.model.ModelEngine;
import be.contractflow.support.model.ModelTestBase;
import java.time.LocalDate;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Subscriptions still running the version before "Contract closed" (1.3.0, which waits for
 * {@code ContractEnded} by business key) beside the current one, both told by the one {@link
 * ContractLifecycle#contractOver}. Not a model test: the coverage of {@code subscription.bpmn} is
 * {@link SubscriptionModelTest}'s, so this class sets no threshold.
 */
@org.camunda.bpm.engine.test.Deployment(resources = SubscriptionModelTest.MODEL)
class SubscriptionVersionsTest extends ModelTestBase {

  static final String PREVIOUS = "previous-models/subscription-1.3.0.bpmn";

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ModelEngine.withCoverageAtLeast(0);

  private Deployment previous;

  @Override
  protected String model() {
    return SubscriptionModelTest.MODEL;
  }

  @Override
  protected LocalDate startsOn() {
    return SubscriptionModelTest.START;
  }

  @BeforeEach
  void deployPrevious() {
    previous = repositoryService().createDeployment().addClasspathResource(PREVIOUS).deploy();
    beans.sets(TASK_START_SUBSCRIPTION, NEXT_STEP, StepType.INVOICE,
        NEXT_STEP_DATE, LocalDate.parse("2026-04-01"), VISITS_DUE, false);
  }

  @AfterEach
  void removePrevious() {
    repositoryService().deleteDeployment(previous.getId(), true);
  }

  private ProcessInstance running(String versionTag, String contractNumber) {
    String definition = repositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS_KEY).versionTag(versionTag).singleResult().getId();
    ProcessInstance instance = runtimeService().startProcessInstanceById(definition,
        contractNumber, vars(CONTRACT_NUMBER, contractNumber, CONTRACT_KIND, ContractKind.RENTAL,
            CONTRACT_START, SubscriptionModelTest.START));
    runDueJobs();
    assertThat(instance).isWaitingAt(TIMER_PERIOD_INVOICE);
    return instance;
  }

  /** WJA-18 (cancelled), CEL VI.47 (withdrawn), the end of the contract: no period after it. */
  @ParameterizedTest
  @EnumSource(value = ContractStatus.class, names = {"ENDED", "CANCELLED", "WITHDRAWN"})
  void a_subscription_started_before_1_4_0_stops_when_its_contract_is_over_as_the_current_one_does(
      ContractStatus closedAs) {
    ProcessInstance before = running("1.3.0", "C-2026-0001");
    ProcessInstance current = running("1.4.2", "C-2026-0002");
    var lifecycle = new ContractLifecycle(runtimeService());

    lifecycle.contractOver("C-2026-0001", closedAs);
    lifecycle.contractOver("C-2026-0002", closedAs);
    runDueJobs();

    assertThat(before).hasPassed(END_SUBSCRIPTION_ENDED).isEnded();
    assertThat(current).hasPassed(END_SUBSCRIPTION_ENDED).isEnded();
  }
}
