package be.contractflow.process.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.Deadline;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.Period;
import be.contractflow.ledger.Quote;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.support.ProcessDriver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Calendar edge cases of the subscription schedule per profile, the engine clock moved: periods
 * from 31 January (art. 1.7: + 1 month = 28/29 February), contracts confirmed on 29 February, and
 * due dates and stop dates on weekends and Belgian holidays rolled forward where the clause is a
 * period to act (payment terms, BDB-13.4.1), invoice and notice dates kept on calendar days.
 */
@SpringBootTest
@ActiveProfiles("test")
class SubscriptionCalendarTest {

  @Autowired ProcessDriver driver;
  @Autowired SubscriptionFixtures fixtures;
  @Autowired InvoiceRepository invoices;
  @Autowired ContractRepository contracts;
  @Autowired NoticeService notices;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void VIR_4_monthly_periods_from_31_January_and_due_dates_rolled_past_a_sunday() {
    String contract = fixtures.confirmed("virtura", ContractKind.RECURRING, "100.00",
        Period.MONTHLY, d("2026-01-31"));
    fixtures.runUntil(d("2026-01-31"), d("2026-05-01"));
    List<Invoice> issued = fixtures.periodic(contract);
    // periods 31 Jan - 28 Feb, 1 Mar - 30 Mar, 31 Mar - 30 Apr, 1 May - 30 May: each invoiced on
    // its first day, a Sunday (1 March) and a holiday (1 May) included
    assertThat(issued).extracting(Invoice::issueDate).containsExactly(d("2026-01-31"),
        d("2026-03-01"), d("2026-03-31"), d("2026-05-01"));
    // the statutory 30 days (VIR-4, no term in the quote): 1 May + 30 = Sunday 31 May -> Monday
    assertThat(issued).extracting(Invoice::dueDate).containsExactly(d("2026-03-02"),
        d("2026-03-31"), d("2026-04-30"), d("2026-06-01"));
    assertThat(invoices.lines(issued.get(1).number()).get(0).description())
        .contains("2026-03-01 – 2026-03-30");
  }

  @Test
  void BDB_R5_2_rental_from_31_January_due_15_days_later_rolled_over_weekends() {
    String contract = fixtures.confirmed("debruijne", ContractKind.RENTAL, "49.00",
        Period.MONTHLY, d("2026-01-31"));
    fixtures.runUntil(d("2026-01-31"), d("2026-05-01"));
    List<Invoice> issued = fixtures.periodic(contract);
    assertThat(issued).extracting(Invoice::issueDate).containsExactly(d("2026-01-31"),
        d("2026-03-01"), d("2026-03-31"), d("2026-05-01"));
    // BDB-16.6: 15 days; 31 Jan + 15 = Sunday 15 Feb -> Monday 16; 1 May + 15 = Saturday 16 May
    // -> Monday 18 May
    assertThat(issued).extracting(Invoice::dueDate).containsExactly(d("2026-02-16"),
        d("2026-03-16"), d("2026-04-15"), d("2026-05-18"));
  }

  @Test
  void WJA_21_hosting_confirmed_on_29_February_renews_on_1_March_without_billing_twice() {
    String contract = fixtures.confirmed("wja", ContractKind.HOSTING, "120.00", Period.YEARLY,
        d("2028-02-29"), List.of(new Quote.Line("leap.be", BigDecimal.ONE, BigDecimal.ZERO)));
    // the term from 29 Feb 2028 ends on 28 Feb 2029: the next term starts on 1 March
    assertThat(contracts.require(contract).anniversaryDate()).isEqualTo(d("2029-03-01"));
    assertThat(driver.deadline(contract, "WJA-21", "Term ends").dueDate())
        .isEqualTo(d("2029-02-28"));

    driver.at(d("2029-01-30")); // 30 days before the anniversary
    assertThat(fixtures.notices(contract, NoticeType.DOMAIN_RELEASE_WARNING)).hasSize(1);
    driver.at(d("2029-02-28"));
    assertThat(fixtures.periodic(contract)).hasSize(1);
    driver.at(d("2029-03-01"));
    List<Invoice> issued = fixtures.periodic(contract);
    assertThat(issued).extracting(Invoice::issueDate)
        .containsExactly(d("2028-02-29"), d("2029-03-01"));
    assertThat(invoices.lines(issued.get(1).number()).get(0).description())
        .contains("2029-03-01 – 2030-02-28");
    // WJA "au grand comptant": due on the invoice date, a Thursday
    assertThat(issued.get(1).dueDate()).isEqualTo(d("2029-03-01"));
    assertThat(contracts.require(contract).anniversaryDate()).isEqualTo(d("2030-03-01"));
    assertThat(driver.deadline(contract, "WJA-21", "Term ends").dueDate())
        .isEqualTo(d("2030-02-28"));
    driver.at(d("2029-04-01"));
    assertThat(fixtures.periodic(contract)).hasSize(2);
  }

  @Test
  void BDB_13_3_maintenance_confirmed_on_29_February_its_paid_renewal_covers_the_next_year_once() {
    String contract = fixtures.confirmed("debruijne", ContractKind.MAINTENANCE, "300.00",
        Period.YEARLY, d("2028-02-29"));
    var instance = fixtures.subscription(contract);
    assertThat(contracts.require(contract).anniversaryDate()).isEqualTo(d("2029-03-01"));
    driver.at(d("2029-01-15")); // J-45
    assertThat(driver.openTasks(instance.getId(), SubscriptionVariables.TASK_SET_RENEWAL_PRICE))
        .isOne();
    driver.at(d("2029-01-30")); // J-30
    assertThat(fixtures.notices(contract, NoticeType.RENEWAL_TARIFF)).hasSize(1);
    driver.at(d("2029-02-14")); // J-15
    Invoice renewal = fixtures.periodic(contract).get(1);
    assertThat(invoices.lines(renewal.number()).get(0).description())
        .contains("2029-03-01 – 2030-02-28");
    fixtures.pay(renewal);
    driver.at(d("2029-03-01"));
    assertThat(contracts.require(contract).anniversaryDate()).isEqualTo(d("2030-03-01"));
    driver.at(d("2029-06-01"));
    assertThat(fixtures.periodic(contract)).as("the renewal is the year's only invoice").hasSize(2);
    assertThat(contracts.require(contract).status()).isEqualTo(ContractStatus.ACTIVE);
  }

  @Test
  void BDB_13_4_1_a_stop_day_falling_on_a_weekend_and_whit_monday_moves_to_tuesday() {
    // J = Friday 30 April 2027; J+15 = Saturday 15 May, Whit Monday 17 May: stop on Tuesday 18
    String contract = fixtures.confirmed("debruijne", ContractKind.MAINTENANCE, "300.00",
        Period.YEARLY, d("2026-04-30"));
    driver.at(d("2027-04-30"));
    assertThat(fixtures.notices(contract, NoticeType.MAINTENANCE_CLOSING)).hasSize(1);
    assertThat(driver.deadline(contract, "BDB-13.3", "Renewal paid").dueDate())
        .isEqualTo(d("2027-05-18"));
    driver.at(d("2027-05-17"));
    assertThat(fixtures.notices(contract, NoticeType.MAINTENANCE_STOPPED)).isEmpty();
    assertThat(contracts.require(contract).status()).isEqualTo(ContractStatus.ACTIVE);
    driver.at(d("2027-05-18"));
    assertThat(fixtures.notices(contract, NoticeType.MAINTENANCE_STOPPED)).hasSize(1);
    assertThat(contracts.require(contract).status()).isEqualTo(ContractStatus.ENDED);
    assertThat(contracts.require(contract).effectiveEndDate()).isEqualTo(d("2027-04-29"));
  }

  @Test
  void BDB_13_4_1_a_renewal_paid_on_whit_monday_still_renews_the_maintenance() {
    String contract = fixtures.confirmed("debruijne", ContractKind.MAINTENANCE, "300.00",
        Period.YEARLY, d("2026-04-30"));
    driver.at(d("2027-05-17"));
    assertThat(fixtures.notices(contract, NoticeType.MAINTENANCE_CLOSING)).hasSize(1);
    fixtures.pay(fixtures.periodic(contract).get(1));
    driver.at(d("2027-05-18"));
    assertThat(fixtures.notices(contract, NoticeType.MAINTENANCE_STOPPED)).isEmpty();
    assertThat(contracts.require(contract).anniversaryDate()).isEqualTo(d("2028-04-30"));
    assertThat(driver.deadline(contract, "BDB-13.3", "Renewal paid").status())
        .isEqualTo(Deadline.Status.MET);
    assertThat(contracts.require(contract).status()).isEqualTo(ContractStatus.ACTIVE);
  }
}
