package be.contractflow.process.payment;

import static be.contractflow.process.payment.PaymentVariables.*;
import static be.contractflow.support.model.ModelDriver.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;

import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.ledger.RejectedException;
import be.contractflow.support.model.ModelEngine;
import be.contractflow.support.model.ModelTestBase;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code bpmn/payment-recording.bpmn}: accounting's "Record payment" start form, delegate mocked. */
@Deployment(resources = PaymentRecordingModelTest.MODEL)
class PaymentRecordingModelTest extends ModelTestBase {

  static final String MODEL = "bpmn/payment-recording.bpmn";

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
  void a_payment_entered_on_the_form_is_recorded_and_the_instance_ends_with_the_invoice_status() {
    beans.sets(TASK_RECORD_PAYMENT, INVOICE_STATUS, InvoiceStatus.PAID, REMAINING, new BigDecimal("0.00"));

    var instance = start(RECORDING_PROCESS_KEY, null, vars(
        INVOICE_NUMBER, "F-2026-0001", PAYMENT_AMOUNT, new BigDecimal("1210.00"),
        PAYMENT_DATE, LocalDate.of(2026, 3, 2), PAYMENT_REFERENCE, "BANK-1"));

    assertThat(instance).hasPassed(RECORDING_START, TASK_RECORD_PAYMENT, RECORDING_END).isEnded();
    assertThat(instance).variables().containsEntry(INVOICE_STATUS.name(), "PAID").containsEntry(REMAINING.name(), "0.00");
  }

  @Test
  void a_refused_payment_is_shown_on_the_form_and_nothing_is_kept() {
    beans.does(TASK_RECORD_PAYMENT, execution -> {
      throw new RejectedException("Enter the amount received, more than 0.00 EUR.");
    });

    assertThatThrownBy(() -> start(RECORDING_PROCESS_KEY, null, vars(
            INVOICE_NUMBER, "F-2026-0001", PAYMENT_AMOUNT, new BigDecimal("0"))))
        .hasMessageContaining("more than 0.00 EUR");
    assertThat(historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(RECORDING_PROCESS_KEY).count()).isZero();
  }
}
