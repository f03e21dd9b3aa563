package be.contractflow.process.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.Deadline;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.Period;
import be.contractflow.ledger.RejectedException;
import be.contractflow.notice.Notice;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.Refusals;
import be.contractflow.support.LedgerFixtures;
import be.contractflow.support.ProcessDriver;
import be.contractflow.time.BusinessClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * BDB-16.2: the renewal price of a maintenance contract is the agency's decision, taken by sales
 * in "Set renewal price" before the tariff notice; BDB-13.4.1: the reactivation surcharge.
 */
@SpringBootTest
@ActiveProfiles("test")
class SubscriptionRenewalPriceTest {

  @Autowired ProcessEngine engine;
  @Autowired ProcessDriver driver;
  @Autowired SubscriptionFixtures fixtures;
  @Autowired InvoiceRepository invoices;
  @Autowired ContractRepository contracts;
  @Autowired NoticeService notices;
  @Autowired TaskService tasks;
  @Autowired BusinessCalendar calendar;

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

  private String body(Notice notice) {
    return notices.body(notice.id()).orElseThrow();
  }

  private static LocalDate day(Notice notice) {
    return notice.createdAt().atZoneSameInstant(BusinessClock.ZONE).toLocalDate();
  }

  @Test
  void BDB_16_2_the_price_sales_set_goes_into_the_tariff_notice_and_the_renewal_invoice() {
    String contract = fixtures.confirmed("debruijne", ContractKind.MAINTENANCE, "300.00",
        Period.YEARLY, d("2026-03-02"));
    var instance = fixtures.subscription(contract);

    driver.at(d("2027-01-15"));
    assertThat(driver.openTasks(instance.getId(), SubscriptionVariables.TASK_SET_RENEWAL_PRICE))
        .as("not before J-45").isZero();
    driver.at(d("2027-01-16")); // J-45 (terms-renewal renewalPriceTaskOffsetDays), a Saturday
    var task = driver.task(instance.getId(), SubscriptionVariables.TASK_SET_RENEWAL_PRICE);
    assertThat(task).hasCandidateGroup("sales");
    // the tariff e-mail goes out on Sunday 31 January (J-30): due the Friday before
    assertThat(task.getDueDate()).isEqualTo(calendar.taskDue(d("2027-01-29")));
    Deadline priceDeadline = driver.deadline(contract, "BDB-16.2", "Renewal price set");
    assertThat(priceDeadline.dueDate()).isEqualTo(d("2027-01-29"));
    assertThat(priceDeadline.status()).isEqualTo(Deadline.Status.PENDING);

    driver.complete(task, Map.of(SubscriptionVariables.RENEWAL_PRICE.name(), "345,50",
        SubscriptionVariables.REACTIVATION_SURCHARGE.name(), "60"));
    assertThat(driver.deadline(contract, "BDB-16.2", "Renewal price set").status())
        .isEqualTo(Deadline.Status.MET);

    driver.at(d("2027-01-30"));
    assertThat(fixtures.notices(contract, NoticeType.RENEWAL_TARIFF)).isEmpty();
    driver.at(d("2027-01-31"));
    Notice tariff = fixtures.notices(contract, NoticeType.RENEWAL_TARIFF).get(0);
    assertThat(tariff.clause()).isEqualTo("BDB-16.2");
    assertThat(day(tariff)).as("a calendar day: sent on the Sunday").isEqualTo(d("2027-01-31"));
    assertThat(body(tariff)).contains("345,50").contains("300,00");

    driver.at(d("2027-02-15")); // J-15: the renewal invoice at the price set
    Invoice renewal = fixtures.periodic(contract).get(1);
    assertThat(renewal.issueDate()).isEqualTo(d("2027-02-15"));
    assertThat(renewal.amountExclVat()).isEqualByComparingTo("345.50");
    assertThat(renewal.total()).isEqualByComparingTo("418.06");
    assertThat(body(fixtures.notices(contract, NoticeType.RENEWAL_REMINDER).get(0))).contains("345,50");

    driver.at(d("2027-03-17")); // J+15, Wednesday, unpaid: stopped, reactivation announced
    Notice stopped = fixtures.notices(contract, NoticeType.MAINTENANCE_STOPPED).get(0);
    // BDB-13.4.1 (money.Reactivation): 345.50 + 60.00 = 405.50 excl. VAT
    assertThat(body(stopped)).contains("60,00").contains("405,50");
    assertThat(contracts.require(contract).status()).isEqualTo(ContractStatus.ENDED);
  }

  @Test
  void BDB_16_2_nobody_sets_the_price_the_current_price_applies_and_the_task_closes() {
    String contract = fixtures.confirmed("debruijne", ContractKind.MAINTENANCE, "300.00",
        Period.YEARLY, d("2026-03-02"));
    var instance = fixtures.subscription(contract);
    driver.at(d("2027-01-16"));
    assertThat(driver.openTasks(instance.getId(), SubscriptionVariables.TASK_SET_RENEWAL_PRICE))
        .isOne();

    driver.at(d("2027-01-31"));
    assertThat(driver.openTasks(instance.getId(), SubscriptionVariables.TASK_SET_RENEWAL_PRICE))
        .as("closed by the tariff notice").isZero();
    assertThat(BpmnAwareTests.historyService().createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId())
        .activityId(SubscriptionVariables.END_CURRENT_PRICE_KEPT).count()).isOne();
    assertThat(driver.deadline(contract, "BDB-16.2", "Renewal price set").status())
        .isEqualTo(Deadline.Status.MISSED);
    assertThat(body(fixtures.notices(contract, NoticeType.RENEWAL_TARIFF).get(0)))
        .contains("300,00").contains("reste");

    driver.at(d("2027-02-15"));
    Invoice renewal = fixtures.periodic(contract).get(1);
    assertThat(renewal.amountExclVat()).isEqualByComparingTo("300.00");
    fixtures.pay(renewal);
    driver.at(d("2027-03-02"));
    assertThat(contracts.require(contract).anniversaryDate()).isEqualTo(d("2028-03-02"));
    assertThat(fixtures.notices(contract, NoticeType.MAINTENANCE_CLOSING)).isEmpty();

    // the next year asks again, 45 days before 2 March 2028
    driver.at(d("2028-01-16"));
    assertThat(driver.openTasks(instance.getId(), SubscriptionVariables.TASK_SET_RENEWAL_PRICE))
        .isZero();
    driver.at(d("2028-01-17"));
    assertThat(driver.openTasks(instance.getId(), SubscriptionVariables.TASK_SET_RENEWAL_PRICE))
        .isOne();
  }

  @Test
  void BDB_16_2_a_price_that_is_not_a_positive_amount_is_refused_and_the_task_stays_open() {
    String contract = fixtures.confirmed("debruijne", ContractKind.MAINTENANCE, "300.00",
        Period.YEARLY, d("2026-03-02"));
    var instance = fixtures.subscription(contract);
    driver.at(d("2027-01-16"));
    var task = driver.task(instance.getId(), SubscriptionVariables.TASK_SET_RENEWAL_PRICE);

    for (String price : List.of("0", "-20.00", "three hundred")) {
      assertThatThrownBy(() -> tasks.complete(task.getId(),
          Map.of(SubscriptionVariables.RENEWAL_PRICE.name(), price)))
          .satisfies(e -> assertThat(Refusals.unwrap((RuntimeException) e))
              .isInstanceOf(RejectedException.class).hasMessageContaining("e.g. 320.00"));
    }
    assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of(
        SubscriptionVariables.RENEWAL_PRICE.name(), "320.00",
        SubscriptionVariables.REACTIVATION_SURCHARGE.name(), "-5")))
        .satisfies(e -> assertThat(Refusals.unwrap((RuntimeException) e))
            .isInstanceOf(RejectedException.class).hasMessageContaining("negative"));
    assertThat(driver.openTasks(instance.getId(), SubscriptionVariables.TASK_SET_RENEWAL_PRICE))
        .isOne();
    assertThat(driver.deadline(contract, "BDB-16.2", "Renewal price set").status())
        .isEqualTo(Deadline.Status.PENDING);

    // 00:00 on J-30 has passed but the jobs have not run yet: too late, the notice is due
    LedgerFixtures.today(d("2027-01-31"));
    assertThatThrownBy(() -> tasks.complete(task.getId(),
        Map.of(SubscriptionVariables.RENEWAL_PRICE.name(), "320.00")))
        .satisfies(e -> assertThat(Refusals.unwrap((RuntimeException) e))
            .isInstanceOf(RejectedException.class)
            .hasMessageContaining("tariff notice of 2027-01-31"));
    driver.runDueJobs();
    assertThat(body(fixtures.notices(contract, NoticeType.RENEWAL_TARIFF).get(0))).contains("300,00")
        .doesNotContain("320,00");
  }
}
