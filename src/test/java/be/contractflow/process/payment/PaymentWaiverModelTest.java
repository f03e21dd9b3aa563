package be.contractflow.process.payment;

import static be.contractflow.process.payment.PaymentVariables.*;
import static be.contractflow.support.model.ModelDriver.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;

import be.contractflow.ledger.RejectedException;
import be.contractflow.support.model.ModelEngine;
import be.contractflow.support.model.ModelTestBase;
import java.time.LocalDate;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code bpmn/payment-waiver.bpmn}: accounting's "Waive charges" start form, delegate mocked. */
@Deployment(resources = PaymentWaiverModelTest.MODEL)
class PaymentWaiverModelTest extends ModelTestBase {

  static final String MODEL = "bpmn/payment-waiver.bpmn";

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ModelEngine.withCoverageAtLeast(ModelEngine.REQUIRED_COVERAGE);

  @Override
  protected String model() {
    return MODEL;
  }

  @Override
  protected LocalDate startsOn() {
    return LocalDate.of(2026, 3, 2);
  }

  @Test
  void interest_and_indemnity_waived_on_the_form_are_waived_and_the_instance_ends() {
    var instance = start(WAIVER_PROCESS_KEY, null, vars(
        INVOICE_NUMBER, "F-2026-0001", WAIVE_INTEREST, true, WAIVE_INDEMNITY, true,
        WAIVER_REASON, "Long-standing client"));

    assertThat(instance).hasPassed(WAIVER_START, TASK_WAIVE_CHARGES, WAIVER_END).isEnded();
    assertThat(instance).variables().containsEntry(WAIVER_REASON.name(), "Long-standing client");
  }

  @Test
  void a_refused_waiver_is_shown_on_the_form_and_nothing_is_kept() {
    beans.does(TASK_WAIVE_CHARGES, execution -> {
      throw new RejectedException("Invoice F-2026-0009 does not exist.");
    });

    assertThatThrownBy(() -> start(WAIVER_PROCESS_KEY, null, vars(
            INVOICE_NUMBER, "F-2026-0009", WAIVE_INTEREST, true)))
        .hasMessageContaining("F-2026-0009 does not exist");
    assertThat(historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(WAIVER_PROCESS_KEY).count()).isZero();
  }
}
