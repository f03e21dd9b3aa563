package be.contractflow.process.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.Period;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.support.LedgerFixtures;
import be.contractflow.support.ProcessDriver;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Production after an outage (issue 11 item 12): the job executor was stopped for three months
 * while the clock ran on. When it runs again, every missed period is invoiced that day — an invoice
 * is dated when it is issued — naming the period it bills, due from that date; none is missing,
 * none is billed twice (docs/READINGS.md, "Late periodic invoices").
 */
@SpringBootTest
@ActiveProfiles("test")
class SubscriptionLateJobsTest {

  @Autowired ProcessDriver driver;
  @Autowired SubscriptionFixtures fixtures;
  @Autowired InvoiceRepository invoices;
  @Autowired NoticeService notices;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private String period(Invoice invoice) {
    return invoices.lines(invoice.number()).get(0).description();
  }

  @Test
  void after_a_three_month_outage_each_missed_period_is_invoiced_on_the_restart_day_naming_its_period() {
    String contract = fixtures.confirmed("virtura", ContractKind.RECURRING, "100.00",
        Period.MONTHLY, d("2026-01-05"));
    fixtures.runUntil(d("2026-01-05"), d("2026-02-10"));
    // the job executor stops on 11 February; the clock runs on, no job runs until it restarts
    LedgerFixtures.today(d("2026-05-20"));
    assertThat(fixtures.periodic(contract)).hasSize(2);

    driver.runDueJobs(); // restarted on Wednesday 20 May 2026

    var issued = fixtures.periodic(contract);
    assertThat(issued).extracting(Invoice::issueDate).containsExactly(d("2026-01-05"),
        d("2026-02-05"), d("2026-05-20"), d("2026-05-20"), d("2026-05-20"));
    assertThat(issued.subList(2, 5)).extracting(this::period).satisfiesExactly(
        march -> assertThat(march).endsWith("2026-03-05 – 2026-04-04"),
        april -> assertThat(april).endsWith("2026-04-05 – 2026-05-04"),
        may -> assertThat(may).endsWith("2026-05-05 – 2026-06-04"));
    // VIR-4, statutory 30 days from the day the client receives it: 20 May + 30 = Friday 19 June
    assertThat(issued.subList(2, 5)).extracting(Invoice::dueDate).containsOnly(d("2026-06-19"));
    var mail = notices.forContract(contract).stream()
        .filter(n -> n.type() == NoticeType.INVOICE_SENT
            && issued.get(2).number().equals(n.invoiceNumber()))
        .findFirst().orElseThrow();
    assertThat(notices.body(mail.id()).orElseThrow())
        .contains("du 20 mai 2026")
        .contains("Elle couvre la période du 5 mars 2026 au 4 avril 2026")
        .contains("19 juin 2026");

    driver.at(d("2026-05-21"));
    driver.at(d("2026-06-04"));
    assertThat(fixtures.periodic(contract)).as("no period billed twice").hasSize(5);
    driver.at(d("2026-06-05"));
    var next = fixtures.periodic(contract).get(5);
    assertThat(next.issueDate()).as("back on its own day").isEqualTo(d("2026-06-05"));
    assertThat(period(next)).endsWith("2026-06-05 – 2026-07-04");
  }
}
