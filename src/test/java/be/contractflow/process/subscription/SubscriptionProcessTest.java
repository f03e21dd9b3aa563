package be.contractflow.process.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.CreditNoteRepository;
import be.contractflow.ledger.Deadline;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.ledger.Period;
import be.contractflow.ledger.Quote;
import be.contractflow.notice.Notice;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.Channel;
import be.contractflow.process.ContractEventType;
import be.contractflow.process.ProcessVariables;
import be.contractflow.process.TypedVariables;
import be.contractflow.support.ProcessDriver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The {@code subscription} process started by the order, per clause and profile. */
@SpringBootTest
@ActiveProfiles("test")
class SubscriptionProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ProcessDriver driver;
  @Autowired SubscriptionFixtures fixtures;
  @Autowired InvoiceRepository invoices;
  @Autowired CreditNoteRepository creditNotes;
  @Autowired ContractRepository contracts;
  @Autowired NoticeService notices;

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

  @Test
  void BDB_R5_2_a_monthly_rental_bills_12_months_in_its_first_year_the_first_being_the_orders() {
    String contract = fixtures.confirmed("debruijne", ContractKind.RENTAL, "49.00",
        Period.MONTHLY, d("2026-03-04"));
    assertThat(fixtures.subscription(contract)).isWaitingAt(SubscriptionVariables.TIMER_PERIOD_INVOICE);
    assertThat(contracts.require(contract).anniversaryDate()).isEqualTo(d("2027-03-04"));

    fixtures.runUntil(d("2026-03-04"), d("2027-03-03"));

    List<Invoice> firstYear = fixtures.periodic(contract);
    assertThat(firstYear).hasSize(12);
    assertThat(firstYear.get(0).clause()).isEqualTo("BDB-R5.1");
    assertThat(firstYear).extracting(Invoice::issueDate).containsExactly(d("2026-03-04"),
        d("2026-04-04"), d("2026-05-04"), d("2026-06-04"), d("2026-07-04"), d("2026-08-04"),
        d("2026-09-04"), d("2026-10-04"), d("2026-11-04"), d("2026-12-04"), d("2027-01-04"),
        d("2027-02-04"));
    assertThat(firstYear).allSatisfy(i -> assertThat(i.total()).isEqualByComparingTo("59.29"));

    driver.at(d("2027-03-04"));
    assertThat(fixtures.periodic(contract)).hasSize(13);
    assertThat(contracts.require(contract).anniversaryDate()).as("BDB-R10: renewed tacitly")
        .isEqualTo(d("2028-03-04"));
  }

  @Test
  void BDB_R10_a_buy_out_quote_at_the_end_of_the_first_year_deducts_everything_paid() {
    String contract = fixtures.confirmed("debruijne", ContractKind.RENTAL, "50.00",
        Period.MONTHLY, d("2026-03-04"));
    driver.at(d("2027-02-01"));
    var instance = fixtures.subscription(contract);
    assertThat(driver.openTasks(instance.getId(), SubscriptionVariables.TASK_PREPARE_BUY_OUT))
        .as("not before J-30").isZero();
    fixtures.periodic(contract).stream().filter(i -> i.status() == InvoiceStatus.OPEN)
        .forEach(fixtures::pay);

    driver.at(d("2027-02-02"));
    var task = driver.task(instance.getId(), SubscriptionVariables.TASK_PREPARE_BUY_OUT);
    assertThat(task).hasCandidateGroup("sales");
    driver.complete(task, SubscriptionVariables.BUY_OUT_PRICE.as(new BigDecimal("2500.00")));

    // 11 months paid at 60.50 = 665.50; 2500 - 665.50 = 1834.50
    Notice quote = fixtures.notices(contract, NoticeType.BUYOUT_QUOTE).get(0);
    assertThat(quote.clause()).isEqualTo("BDB-R10");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult()).isNotNull();
    assertThat(BpmnAwareTests.historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(SubscriptionVariables.BUY_OUT_NET_AMOUNT.name())
        .singleResult().getValue()).isEqualTo("1834.50");
  }

  @Test
  void BDB_16_4_monthly_maintenance_is_debited_on_the_25th_for_the_next_month() {
    String contract = fixtures.confirmed("debruijne", ContractKind.MAINTENANCE, "30.00",
        Period.MONTHLY, d("2026-03-02"));
    fixtures.runUntil(d("2026-03-02"), d("2026-05-31"));
    assertThat(fixtures.periodic(contract)).extracting(Invoice::issueDate)
        .containsExactly(d("2026-03-02"), d("2026-03-25"), d("2026-04-25"), d("2026-05-25"));
    assertThat(contracts.require(contract).status()).isEqualTo(ContractStatus.ACTIVE);
  }

  @Test
  void BDB_13_2_a_preventive_visit_every_month_due_on_its_last_day() {
    String contract = fixtures.confirmed("debruijne", ContractKind.MAINTENANCE, "30.00",
        Period.YEARLY, d("2026-01-31"));
    var instance = fixtures.subscription(contract);
    var first = driver.task(instance.getId(), SubscriptionVariables.TASK_PREVENTIVE_VISIT);
    assertThat(first).hasCandidateGroup("production");
    // from 31 January the month ends on 28 February (de quantième à veille de quantième)
    assertThat(SubscriptionVariables.VISIT_DUE_DATE.get(runtime.getVariables(first.getExecutionId())))
        .isEqualTo(LocalDate.of(2026, 2, 28));
    driver.complete(first, Map.of());
    assertThat(driver.deadline(contract, "BDB-13.2", "Preventive visit of the month from 2026-01-31")
        .status()).isEqualTo(Deadline.Status.MET);
    driver.at(d("2026-03-01"));
    var second = driver.task(instance.getId(), SubscriptionVariables.TASK_PREVENTIVE_VISIT);
    assertThat(SubscriptionVariables.VISIT_DUE_DATE.get(runtime.getVariables(second.getExecutionId())))
        .isEqualTo(LocalDate.of(2026, 3, 30));
    assertThat(driver.openTasks(instance.getId(), SubscriptionVariables.TASK_FOLLOW_UP_VISIT))
        .as("the visit was made in time").isZero();
  }

  @Test
  void BDB_13_2_next_months_visit_never_waits_for_this_months_and_a_late_one_is_followed_up() {
    String contract = fixtures.confirmed("debruijne", ContractKind.MAINTENANCE, "30.00",
        Period.YEARLY, d("2026-01-31"));
    var instance = fixtures.subscription(contract);
    var february = driver.task(instance.getId(), SubscriptionVariables.TASK_PREVENTIVE_VISIT);

    driver.at(d("2026-03-01")); // nobody made February's visit
    assertThat(driver.openTasks(instance.getId(), SubscriptionVariables.TASK_PREVENTIVE_VISIT))
        .as("February's visit still open, March's opened on the 1st").isEqualTo(2);
    assertThat(driver.openTasks(instance.getId(), SubscriptionVariables.TASK_FOLLOW_UP_VISIT))
        .as("production reminded of the late visit").isOne();
    assertThat(driver.deadline(contract, "BDB-13.2", "Preventive visit of the month from 2026-01-31")
        .status()).isEqualTo(Deadline.Status.MISSED);

    driver.complete(february, Map.of()); // made late: March's deadline is untouched
    assertThat(driver.openTasks(instance.getId(), SubscriptionVariables.TASK_PREVENTIVE_VISIT))
        .isOne();
  }

  @Test
  void BDB_13_3_maintenance_unpaid_renewal_tariff_reminder_closing_and_stop() {
    String contract = fixtures.confirmed("debruijne", ContractKind.MAINTENANCE, "300.00",
        Period.YEARLY, d("2026-03-02"));
    var instance = fixtures.subscription(contract);
    runtime.setVariables(instance.getId(),
        SubscriptionVariables.RENEWAL_PRICE.as(new BigDecimal("320.00")));

    driver.at(d("2027-01-30"));
    assertThat(fixtures.notices(contract, NoticeType.RENEWAL_TARIFF)).isEmpty();
    driver.at(d("2027-01-31")); // J-30
    assertThat(fixtures.notices(contract, NoticeType.RENEWAL_TARIFF)).singleElement()
        .satisfies(n -> assertThat(n.clause()).isEqualTo("BDB-16.2"));
    driver.at(d("2027-02-15")); // J-15: reminder with the renewal invoice at the new price
    assertThat(fixtures.notices(contract, NoticeType.RENEWAL_REMINDER)).hasSize(1);
    Invoice renewal = fixtures.periodic(contract).get(1);
    assertThat(renewal.amountExclVat()).isEqualByComparingTo("320.00");
    driver.at(d("2027-03-02")); // J
    assertThat(fixtures.notices(contract, NoticeType.MAINTENANCE_CLOSING)).hasSize(1);
    assertThat(contracts.require(contract).status()).isEqualTo(ContractStatus.ACTIVE);
    driver.at(d("2027-03-16"));
    assertThat(fixtures.notices(contract, NoticeType.MAINTENANCE_STOPPED)).isEmpty();

    driver.at(d("2027-03-17")); // J+15
    assertThat(fixtures.notices(contract, NoticeType.MAINTENANCE_STOPPED)).hasSize(1);
    assertThat(invoices.require(renewal.number()).status()).isEqualTo(InvoiceStatus.CANCELLED);
    assertThat(creditNotes.forInvoice(renewal.number())).as("cancelled by a credit note naming it")
        .singleElement().satisfies(note -> assertThat(note.amount())
            .isEqualByComparingTo(renewal.total()));
    var ended = contracts.require(contract);
    assertThat(ended.status()).isEqualTo(ContractStatus.ENDED);
    assertThat(ended.effectiveEndDate()).isEqualTo(d("2027-03-01"));
    assertThat(fixtures.subscription(contract)).isNull();
    assertThat(driver.deadline(contract, "BDB-13.3", "Renewal paid").status())
        .isEqualTo(Deadline.Status.MISSED);
  }

  @Test
  void BDB_16_2_BDB_13_3_each_milestone_of_a_maintenance_year_is_its_own_named_timer() {
    // what a process owner sees in Cockpit: the timer a running contract waits on names the
    // milestone and its clause (J = 2 March 2027)
    String contract = fixtures.confirmed("debruijne", ContractKind.MAINTENANCE, "300.00",
        Period.YEARLY, d("2026-03-02"));
    var instance = fixtures.subscription(contract);
    driver.at(d("2027-01-15"));
    assertThat(instance).isWaitingAt(SubscriptionVariables.TIMER_RENEWAL_PRICE_TASK);
    driver.at(d("2027-01-16")); // J-45: the renewal price task opens, J-30 is next
    assertThat(instance).isWaitingAt(SubscriptionVariables.TIMER_TARIFF_NOTICE);
    driver.at(d("2027-01-31")); // J-30
    assertThat(instance).isWaitingAt(SubscriptionVariables.TIMER_RENEWAL_REMINDER);
    driver.at(d("2027-02-15")); // J-15
    assertThat(instance).isWaitingAt(SubscriptionVariables.TIMER_ANNIVERSARY);
    driver.at(d("2027-03-02")); // J, renewal unpaid: closing
    assertThat(instance).isWaitingAt(SubscriptionVariables.TIMER_STOP);
    assertThat(engine.getRepositoryService().getBpmnModelInstance(instance.getProcessDefinitionId())
        .getModelElementById(SubscriptionVariables.TIMER_STOP)
        .getAttributeValue("name")).isEqualTo("J+15 stop if unpaid (BDB-13.4.1)");
  }

  @Test
  void BDB_13_3_a_renewal_paid_in_time_continues_the_maintenance_contract() {
    String contract = fixtures.confirmed("debruijne", ContractKind.MAINTENANCE, "300.00",
        Period.YEARLY, d("2026-03-02"));
    driver.at(d("2027-02-15"));
    fixtures.pay(fixtures.periodic(contract).get(1));
    driver.at(d("2027-03-02"));
    assertThat(fixtures.notices(contract, NoticeType.MAINTENANCE_CLOSING)).isEmpty();
    assertThat(contracts.require(contract).anniversaryDate()).isEqualTo(d("2028-03-02"));
    driver.at(d("2027-03-20"));
    assertThat(fixtures.notices(contract, NoticeType.MAINTENANCE_STOPPED)).isEmpty();
    assertThat(fixtures.periodic(contract)).as("the renewal is the year's invoice, not issued twice")
        .hasSize(2);
    assertThat(contracts.require(contract).status()).isEqualTo(ContractStatus.ACTIVE);
  }

  @Test
  void WJA_21_hosting_is_billed_yearly_in_advance_renewed_tacitly_and_the_domain_warned() {
    String contract = fixtures.confirmed("wja", ContractKind.HOSTING, "120.00", Period.YEARLY,
        d("2026-03-02"), List.of(new Quote.Line("example.be", BigDecimal.ONE, BigDecimal.ZERO)));
    assertThat(fixtures.periodic(contract)).singleElement()
        .satisfies(i -> assertThat(i.clause()).isEqualTo("WJA-21"));
    driver.at(d("2027-01-30"));
    assertThat(fixtures.notices(contract, NoticeType.DOMAIN_RELEASE_WARNING)).isEmpty();
    driver.at(d("2027-01-31")); // 30 days before the annual term (anniversary 2 Mar 2027)
    assertThat(fixtures.notices(contract, NoticeType.DOMAIN_RELEASE_WARNING)).singleElement()
        .satisfies(n -> assertThat(n.clause()).isEqualTo("WJA-21"));
    driver.at(d("2027-03-02"));
    assertThat(fixtures.periodic(contract)).hasSize(2);
    assertThat(fixtures.periodic(contract).get(1).issueDate()).isEqualTo(d("2027-03-02"));
    assertThat(contracts.require(contract).anniversaryDate()).isEqualTo(d("2028-03-02"));
  }

  @Test
  void VIR_8_the_regie_rate_indexed_at_the_anniversary_is_recorded_with_its_index_values() {
    String contract = fixtures.confirmed("virtura", ContractKind.RECURRING, "100.00",
        Period.YEARLY, d("2025-03-10"));
    driver.at(d("2026-03-10"));
    Deadline indexed = driver.deadline(contract, "VIR-8", "Régie rate indexed");
    // 90 x CPI Feb 2026 (137.41) / CPI Feb 2025 (135.02) = 91.59
    assertThat(indexed.name()).contains("91.59").contains("137.41").contains("135.02");
    assertThat(indexed.status()).isEqualTo(Deadline.Status.MET);
  }

  @Test
  void payment_suspension_and_restoration_show_on_the_contract() {
    String contract = fixtures.confirmed("wja", ContractKind.HOSTING, "120.00", Period.YEARLY,
        d("2026-03-02"));
    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_SERVICES_SUSPENDED)
        .processInstanceVariableEquals(ProcessVariables.CONTRACT_NUMBER, contract)
        .setVariables(TypedVariables.of(SubscriptionVariables.SUSPENDED_ON, d("2026-04-01"))
            .and(SubscriptionVariables.CLAUSE, "WJA-11").map())
        .correlateAllWithResult();
    driver.runDueJobs();
    assertThat(contracts.require(contract).suspended()).isTrue();
    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_SERVICES_RESTORED)
        .processInstanceVariableEquals(ProcessVariables.CONTRACT_NUMBER, contract)
        .setVariables(SubscriptionVariables.RESTORED_ON.as(d("2026-04-03")))
        .correlateAllWithResult();
    driver.runDueJobs();
    assertThat(contracts.require(contract).suspended()).isFalse();
  }

  @Test
  void VIR_10_an_interruption_is_compensated_pro_rata_of_the_days() {
    String contract = fixtures.confirmed("virtura", ContractKind.RECURRING, "300.00",
        Period.MONTHLY, d("2026-03-02"));
    driver.event(contract, ContractEventType.SERVICE_INTERRUPTED, d("2026-03-10"), Channel.EMAIL,
        "Chatbot host down");
    assertThat(fixtures.notices(contract, NoticeType.SERVICE_INTERRUPTED)).hasSize(1);
    driver.event(contract, ContractEventType.SERVICE_RESTORED, d("2026-03-15"), Channel.EMAIL,
        null);
    // period 2 Mar - 1 Apr = 31 days; 300 x 5 / 31 = 48.39 + 21 % VAT = 58.55
    assertThat(creditNotes.forContract(contract)).singleElement()
        .satisfies(c -> assertThat(c.amount()).isEqualByComparingTo("58.55"));
    assertThat(fixtures.notices(contract, NoticeType.SERVICE_RESTORED)).singleElement()
        .satisfies(n -> assertThat(n.clause()).isEqualTo("VIR-10"));
  }

  @Test
  void BDB_R15_a_rental_withdrawn_after_confirmation_stops_its_subscription() {
    // a consumer's: a professional has no withdrawal right (BDB-R15, issue 11 item 3)
    String contract = fixtures.confirmed("debruijne", ContractKind.RENTAL, "49.00",
        Period.MONTHLY, d("2026-03-02"), ClientType.CONSUMER);
    assertThat(fixtures.subscription(contract)).isNotNull();
    driver.event(contract, ContractEventType.WITHDRAWAL, d("2026-03-06"),
        Channel.REGISTERED_LETTER, null);
    assertThat(contracts.require(contract).status()).isEqualTo(ContractStatus.WITHDRAWN);
    assertThat(fixtures.subscription(contract)).isNull();
    driver.at(d("2026-04-03"));
    assertThat(fixtures.periodic(contract)).hasSize(1);
  }

  @Test
  void WJA_12_a_resolution_from_the_payment_process_ends_the_contract_at_once() {
    String contract = fixtures.confirmed("wja", ContractKind.HOSTING, "120.00", Period.YEARLY,
        d("2026-03-02"));
    driver.at(d("2026-06-20"));
    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_CONTRACT_RESOLVED)
        .processInstanceVariableEquals(ProcessVariables.CONTRACT_NUMBER, contract)
        .setVariables(TypedVariables.of(SubscriptionVariables.RESOLVED_ON, d("2026-06-20"))
            .and(SubscriptionVariables.CLAUSE, "WJA-12")
            .and(SubscriptionVariables.INDEMNITY_INVOICE_NUMBER, null).map())
        .correlateAllWithResult();
    driver.runDueJobs();
    var ended = contracts.require(contract);
    assertThat(ended.status()).isEqualTo(ContractStatus.ENDED);
    assertThat(ended.effectiveEndDate()).isEqualTo(d("2026-06-20"));
    assertThat(fixtures.subscription(contract)).isNull();
    assertThat(fixtures.notices(contract, NoticeType.TERMINATION_CONFIRMED)).singleElement()
        .satisfies(n -> assertThat(n.clause()).isEqualTo("WJA-12"));
  }
}
