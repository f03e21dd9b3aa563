package be.contractflow.process.einvoice;

import static be.contractflow.process.einvoice.EInvoiceVariables.*;
import static be.contractflow.support.model.ModelDriver.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.contractflow.support.model.ModelEngine;
import be.contractflow.support.model.ModelTestBase;
import be.contractflow.time.BusinessClock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code bpmn/e-invoice.bpmn}: a credit note's Peppol e-invoice followed until it is proven sent,
 * checked at the end of each day; a refused one becomes accounting's task, which may send it again.
 */
@Deployment(resources = EInvoiceModelTest.MODEL)
class EInvoiceModelTest extends ModelTestBase {

  static final String MODEL = "bpmn/e-invoice.bpmn";
  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ModelEngine.withCoverageAtLeast(ModelEngine.REQUIRED_COVERAGE);

  /** What the access point answers at each check, in order. */
  private final Deque<String> answers = new ArrayDeque<>();

  @Override
  protected String model() {
    return MODEL;
  }

  @Override
  protected LocalDate startsOn() {
    return ISSUED;
  }

  @BeforeEach
  void checks() {
    beans.does(TASK_CHECK_SENT, execution -> {
      String status = answers.isEmpty() ? "SENT" : answers.pop();
      E_INVOICE_STATUS.set(execution, status);
      E_INVOICE_FAILURE.set(execution, "FAILED".equals(status) ? "404 unknown receiver" : null);
      E_INVOICE_CHECK_ON.set(execution, today()); // still being sent: tomorrow's end
    });
  }

  private ProcessInstance issued() {
    return start(PROCESS_KEY, "CN-2026-0001", vars(DOCUMENT_NUMBER, "CN-2026-0001",
        CONTRACT_NUMBER, "C-2026-0001", E_INVOICE_CHECK_ON, ISSUED));
  }

  @Test
  void an_e_invoice_sent_on_its_day_ends_the_follow_up_at_24h() {
    ProcessInstance instance = issued();
    assertThat(timerDue(instance, TIMER_CHECK))
        .isEqualTo(ISSUED.plusDays(1).atStartOfDay(BusinessClock.ZONE).toInstant());
    passTimer(instance, TIMER_CHECK);
    assertThat(instance).hasPassed(TASK_CHECK_SENT, END_SENT).isEnded();
  }

  @Test
  void an_e_invoice_still_being_sent_is_checked_again_the_next_day() {
    answers.add("PENDING");
    ProcessInstance instance = issued();
    passTimer(instance, TIMER_CHECK);
    assertThat(instance).isWaitingAt(TIMER_CHECK);
    passTimer(instance, TIMER_CHECK);
    assertThat(instance).hasPassed(END_SENT).isEnded();
  }

  @Test
  void a_refused_e_invoice_is_accountings_task_and_sent_again_on_request() {
    answers.add("FAILED");
    ProcessInstance instance = issued();
    passTimer(instance, TIMER_CHECK);
    assertThat(task(instance, TASK_HANDLE_UNDELIVERED)).hasCandidateGroup("accounting");
    complete(instance, TASK_HANDLE_UNDELIVERED, RESEND_E_INVOICE.as(true));
    assertThat(instance).hasPassed(TASK_RESEND).isWaitingAt(TIMER_CHECK);
    passTimer(instance, TIMER_CHECK);
    assertThat(instance).hasPassed(END_SENT).isEnded();
  }

  @Test
  void a_refused_e_invoice_accounting_does_not_resend_ends_not_sent() {
    answers.add("FAILED");
    ProcessInstance instance = issued();
    passTimer(instance, TIMER_CHECK);
    complete(instance, TASK_HANDLE_UNDELIVERED, RESEND_E_INVOICE.as(false));
    assertThat(instance).hasPassed(END_NOT_SENT).isEnded();
    assertThat(instance).hasNotPassed(END_SENT);
  }

  @Test
  void a_refused_e_invoice_left_overdue_gives_accounting_a_follow_up() {
    answers.add("FAILED");
    ProcessInstance instance = issued();
    passTimer(instance, TIMER_CHECK); // Tue 3 March: due Thu 5 March
    assertThat(task(instance, TASK_HANDLE_UNDELIVERED).getDueDate().toInstant()
        .atZone(BusinessClock.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(timerDue(instance, BOUNDARY_UNDELIVERED_OVERDUE))
        .isEqualTo(LocalDate.of(2026, 3, 6).atStartOfDay(BusinessClock.ZONE).toInstant());
    passTimer(instance, BOUNDARY_UNDELIVERED_OVERDUE);
    assertThat(task(instance, TASK_HANDLE_UNDELIVERED)).isNotNull();
    assertThat(task(instance, TASK_FOLLOW_UP_UNDELIVERED)).hasCandidateGroup("accounting");
    complete(instance, TASK_FOLLOW_UP_UNDELIVERED);
    assertThat(instance).hasPassed(END_UNDELIVERED_FOLLOWED_UP);
    complete(instance, TASK_HANDLE_UNDELIVERED, RESEND_E_INVOICE.as(false));
    assertThat(instance).hasPassed(END_NOT_SENT).isEnded();
  }
}
