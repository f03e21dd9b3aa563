package be.contractflow.process.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.contractflow.billing.PaymentCommand;
import be.contractflow.billing.PaymentService;
import be.contractflow.billing.Settlement;
import be.contractflow.billing.SettlementService;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.ledger.Period;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.support.ProcessDriver;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Suspension and restoration driven by the real {@code payment} process (no message sent by the
 * test): the subscription issues the invoices, the payment process duns them, cuts the service
 * and restores it once paid, and the subscription records both on the contract.
 */
@SpringBootTest
@ActiveProfiles("test")
class SubscriptionPaymentTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ProcessDriver driver;
  @Autowired SubscriptionFixtures fixtures;
  @Autowired InvoiceRepository invoices;
  @Autowired ContractRepository contracts;
  @Autowired NoticeService notices;
  @Autowired PaymentService payments;
  @Autowired SettlementService settlements;

  @BeforeEach
  void useThisEngine() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private ProcessInstance payment(String invoiceNumber) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("payment")
        .processInstanceBusinessKey(invoiceNumber).singleResult();
  }

  /**
   * Noon on {@code date}; every due job of the contract's payment processes and of the driven
   * processes (subscription, termination...) runs, as the job executor would.
   */
  private void at(String contract, LocalDate date) {
    driver.at(date);
    for (int round = 0; round < 50; round++) {
      List<Job> due = invoices.forContract(contract).stream()
          .map(invoice -> payment(invoice.number())).filter(Objects::nonNull)
          .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId())
              .executable().list().stream())
          .toList();
      due.forEach(job -> management.executeJob(job.getId()));
      int driven = driver.runDueJobs();
      if (due.isEmpty() && driven == 0) {
        return;
      }
    }
    throw new AssertionError("jobs keep coming");
  }

  /** Every day from the day after {@code from} to {@code to}. */
  private void days(String contract, LocalDate from, LocalDate to) {
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      at(contract, day);
    }
  }

  @Test
  void BDB_R5_2_an_unpaid_rental_month_cuts_the_service_after_15_days_and_paying_restores_it() {
    String contract = fixtures.confirmed("debruijne", ContractKind.RENTAL, "49.00",
        Period.MONTHLY, d("2026-06-06"));
    var subscription = fixtures.subscription(contract);
    days(contract, d("2026-06-06"), d("2026-07-06"));
    Invoice july = fixtures.periodic(contract).get(1);
    assertThat(july.issueDate()).isEqualTo(d("2026-07-06"));
    // 15 days: 21 July is the national holiday, the payment term runs to Wednesday 22 July
    assertThat(july.dueDate()).isEqualTo(d("2026-07-22"));
    assertThat(payment(july.number())).isNotNull();

    days(contract, d("2026-07-06"), d("2026-07-22"));
    assertThat(contracts.require(contract).suspended()).as("not before the period ends").isFalse();
    at(contract, d("2026-07-23"));
    assertThat(contracts.require(contract).suspended()).isTrue();
    assertThat(fixtures.notices(contract, NoticeType.SUSPENSION_NOTICE)).singleElement().satisfies(n -> {
      assertThat(n.clause()).isEqualTo("BDB-R5.2");
      assertThat(n.invoiceNumber()).isEqualTo(july.number());
    });
    assertThat(subscription).hasPassed(SubscriptionVariables.TASK_RECORD_SUSPENSION);

    // the client's obligations remain: August is invoiced while the service is cut
    days(contract, d("2026-07-23"), d("2026-08-06"));
    assertThat(fixtures.periodic(contract)).extracting(Invoice::issueDate)
        .containsExactly(d("2026-06-06"), d("2026-07-06"), d("2026-08-06"));
    assertThat(contracts.require(contract).suspended()).isTrue();

    days(contract, d("2026-08-06"), d("2026-08-10"));
    Settlement owed = settlements.at(july.number(), d("2026-08-10"));
    assertThat(owed.principal()).isEqualByComparingTo("59.29");
    assertThat(owed.indemnity()).as("professional: 40 EUR").isEqualByComparingTo("40.00");
    assertThat(owed.interest()).isPositive();
    payments.record(new PaymentCommand(july.number(), owed.total(), null, "ref-july", "bank"));
    at(contract, d("2026-08-10"));

    assertThat(invoices.require(july.number()).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(payment(july.number())).isNull();
    assertThat(contracts.require(contract).suspended()).isFalse();
    assertThat(fixtures.notices(contract, NoticeType.SERVICE_RESTORED)).singleElement()
        .satisfies(n -> assertThat(n.clause()).isEqualTo("BDB-R5.2"));
    assertThat(subscription).hasPassed(SubscriptionVariables.TASK_RECORD_RESTORATION);
    assertThat(subscription).isWaitingAt(SubscriptionVariables.TIMER_PERIOD_INVOICE);
  }
}
