package be.contractflow.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.Period;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.subscription.SubscriptionFixtures;
import be.contractflow.process.subscription.SubscriptionVariables;
import be.contractflow.support.HistoryFootprint;
import be.contractflow.support.ProcessDriver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A year of a rental and of a maintenance contract on PostgreSQL, the clock moved day by day and
 * every due job executed, as the job executor would.
 */
@Tag("postgres")
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class PostgresSubscriptionYearTest {

  @Autowired SubscriptionFixtures fixtures;
  @Autowired ProcessDriver driver;
  @Autowired InvoiceRepository invoices;
  @Autowired ContractRepository contracts;
  @Autowired NoticeService notices;
  @Autowired TaskService tasks;
  @Autowired HistoryFootprint history;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** Every day from the day after {@code from} to {@code to}: jobs run, invoices paid, visits made. */
  private void year(String contract, LocalDate from, LocalDate to) {
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      driver.at(day);
      fixtures.periodic(contract).stream().filter(i -> i.openPrincipal().signum() > 0)
          .forEach(fixtures::pay);
      tasks.createTaskQuery().processInstanceBusinessKey(contract)
          .taskDefinitionKey(SubscriptionVariables.TASK_PREVENTIVE_VISIT).list()
          .forEach(task -> tasks.complete(task.getId(), Map.of()));
      // BDB-16.2: sales set the renewal price the day the task opens
      tasks.createTaskQuery().processInstanceBusinessKey(contract)
          .taskDefinitionKey(SubscriptionVariables.TASK_SET_RENEWAL_PRICE).list()
          .forEach(task -> tasks.complete(task.getId(),
              SubscriptionVariables.RENEWAL_PRICE.as(new BigDecimal("33.00"))));
    }
  }

  @Test
  void BDB_R5_2_and_R10_a_year_of_a_monthly_rental_on_postgresql() {
    String contract = fixtures.confirmed("debruijne", ContractKind.RENTAL, "49.00",
        Period.MONTHLY, d("2027-01-31"));
    long started = System.nanoTime();
    year(contract, d("2027-01-31"), d("2028-01-31"));
    long millis = (System.nanoTime() - started) / 1_000_000;

    // from 31 January: months end on 28 Feb, 30 Mar, 30 Apr... (de quantième à veille de quantième)
    assertThat(fixtures.periodic(contract)).extracting(Invoice::issueDate).startsWith(d("2027-01-31"),
        d("2027-03-01"), d("2027-03-31"), d("2027-05-01"));
    assertThat(fixtures.periodic(contract)).hasSize(13);
    assertThat(contracts.require(contract).anniversaryDate()).isEqualTo(d("2029-01-31"));
    System.out.println("A year of a monthly rental on PostgreSQL: " + millis + " ms");
    var footprint = history.ofContract(contract);
    System.out.printf("history of a rental contract-year: %d rows, %.1f KB (target 300 KB)%n",
        footprint.rows(), footprint.kilobytes());
    assertThat(footprint.rows()).as("the year's history is found").isPositive();
  }

  @Test
  void BDB_13_3_a_year_of_a_maintenance_contract_renewed_on_postgresql() {
    String contract = fixtures.confirmed("debruijne", ContractKind.MAINTENANCE, "30.00",
        Period.MONTHLY, d("2027-03-01"));
    long started = System.nanoTime();
    year(contract, d("2027-03-01"), d("2028-03-20"));
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(notices.forContract(contract)).extracting(n -> n.type())
        .contains(NoticeType.RENEWAL_TARIFF, NoticeType.RENEWAL_REMINDER)
        .doesNotContain(NoticeType.MAINTENANCE_CLOSING, NoticeType.MAINTENANCE_STOPPED);
    assertThat(contracts.require(contract).status()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(contracts.require(contract).anniversaryDate()).isEqualTo(d("2029-03-01"));
    // the order's month, 11 debits on the 25th (25 Mar 2027 - 25 Jan 2028), the renewal month
    assertThat(fixtures.periodic(contract)).hasSize(13);
    assertThat(fixtures.periodic(contract).get(12).issueDate()).isEqualTo(d("2028-02-15"));
    assertThat(fixtures.periodic(contract).get(12).amountExclVat()).as("the price sales set (BDB-16.2)")
        .isEqualByComparingTo("33.00");
    System.out.println("A year of a maintenance contract on PostgreSQL: " + millis + " ms");
  }
}
