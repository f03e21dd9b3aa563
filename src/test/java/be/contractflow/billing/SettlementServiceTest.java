package be.contractflow.billing;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.DunningState.ReminderChannel;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.Language;
import be.contractflow.support.LedgerFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** What settles an invoice on a date, per profile and client type, to the cent. */
@SpringBootTest
@ActiveProfiles("test")
class SettlementServiceTest {

  @Autowired LedgerFixtures ledger;
  @Autowired InvoicingService invoicing;
  @Autowired SettlementService settlements;
  @Autowired PaymentService payments;
  @Autowired InvoiceRepository invoices;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Invoice invoice(String profile, ClientType type, LocalDate issued, String exclVat) {
    today(issued);
    var client = ledger.client(type, Language.fr);
    var contract = ledger.contract(profile, ContractKind.PROJECT, client);
    return ledger.invoice(contract, InvoiceKind.DEPOSIT, "WJA-2", exclVat);
  }

  private static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void WJA_7_invoice_is_due_on_its_date_and_costs_nothing_extra_that_day() {
    var invoice = invoice("wja", ClientType.PROFESSIONAL, LocalDate.of(2026, 3, 10), "1000.00");

    assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 3, 10));
    var s = settlements.at(invoice, LocalDate.of(2026, 3, 10));
    assertThat(s.principal()).isEqualByComparingTo("1210.00");
    assertThat(s.total()).isEqualByComparingTo("1210.00");
  }

  @Test
  void WJA_10b_10c_first_day_late_costs_a_started_month_and_15_percent() {
    var invoice = invoice("wja", ClientType.PROFESSIONAL, LocalDate.of(2026, 3, 10), "1000.00");

    var s = settlements.at(invoice, LocalDate.of(2026, 3, 11));

    assertThat(s.interest()).isEqualByComparingTo("12.10");
    assertThat(s.indemnity()).isEqualByComparingTo("181.50");
    assertThat(s.total()).isEqualByComparingTo("1403.60");
    assertThat(s.lines()).extracting(l -> l.clause()).contains("WJA-10b", "WJA-10c");
  }

  @Test
  void WJA_10b_same_quantieme_a_month_later_is_one_month_the_day_after_two() {
    var invoice = invoice("wja", ClientType.PROFESSIONAL, LocalDate.of(2026, 3, 10), "1000.00");

    assertThat(settlements.at(invoice, LocalDate.of(2026, 4, 10)).interest()).isEqualByComparingTo("12.10");
    assertThat(settlements.at(invoice, LocalDate.of(2026, 4, 11)).interest()).isEqualByComparingTo("24.20");
  }

  @Test
  void WJA_10c_indemnity_is_at_least_150_euros() {
    var invoice = invoice("wja", ClientType.PROFESSIONAL, LocalDate.of(2026, 3, 10), "500.00");

    assertThat(settlements.at(invoice, LocalDate.of(2026, 3, 11)).indemnity()).isEqualByComparingTo("150.00");
  }

  @Test
  void WJA_10b_a_partial_payment_is_imputed_indemnity_interest_principal_and_stops_its_interest() {
    var invoice = invoice("wja", ClientType.PROFESSIONAL, LocalDate.of(2026, 3, 10), "1000.00");
    today(LocalDate.of(2026, 3, 20));

    var receipt = payments.record(new PaymentCommand(invoice.number(), eur("500.00"), null, "BANK-1", "accounting"));

    assertThat(receipt.payment().toIndemnity()).isEqualByComparingTo("181.50");
    assertThat(receipt.payment().toInterest()).isEqualByComparingTo("12.10");
    assertThat(receipt.payment().toPrincipal()).isEqualByComparingTo("306.40");
    var later = settlements.at(invoice.number(), LocalDate.of(2026, 4, 20));
    assertThat(later.principal()).isEqualByComparingTo("903.60");
    // 306.40 x 1% x 1 month (paid 20 Mar) + 903.60 x 1% x 2 months - 12.10 already paid
    assertThat(later.interest()).isEqualByComparingTo("9.03");
    assertThat(later.indemnity()).isEqualByComparingTo("0.00");
  }

  @Test
  void VIR_4r_interest_10_percent_a_year_from_the_day_after_the_due_date_and_40_euros() {
    var invoice = invoice("virtura", ClientType.PROFESSIONAL, LocalDate.of(2026, 3, 2), "1000.00");

    assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(settlements.at(invoice, LocalDate.of(2026, 4, 1)).total()).isEqualByComparingTo("1210.00");
    // VIR-4: interest once the single reminder (sent 2 April) stays unpaid past 17 April
    invoices.recordFirstReminder(invoice.number(), LocalDate.of(2026, 4, 2), ReminderChannel.EMAIL);
    var s = settlements.at(invoice, LocalDate.of(2026, 5, 1));
    // 1210 x 10% x 30 / 365 = 9.945...
    assertThat(s.interest()).isEqualByComparingTo("9.95");
    assertThat(s.indemnity()).isEqualByComparingTo("40.00");
  }

  @Test
  void BDB_16_6_due_15_days_after_the_invoice_then_10_percent_a_year_and_40_euros() {
    var invoice = invoice("debruijne", ClientType.PROFESSIONAL, LocalDate.of(2026, 3, 2), "1000.00");

    assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 3, 17));
    var s = settlements.at(invoice, LocalDate.of(2026, 3, 18));
    assertThat(s.interest()).isEqualByComparingTo("0.33");
    assertThat(s.indemnity()).isEqualByComparingTo("40.00");
  }

  @Test
  void BDB_16_6_due_date_on_a_holiday_rolls_to_the_next_business_day() {
    // 15 days after 29 April 2026 is Thursday 14 May, Ascension Day: due Friday 15 May
    var invoice = invoice("debruijne", ClientType.PROFESSIONAL, LocalDate.of(2026, 4, 29), "100.00");

    assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 5, 15));
    assertThat(settlements.at(invoice, LocalDate.of(2026, 5, 15)).interest()).isEqualByComparingTo("0.00");
  }

  @Test
  void CEL_XIX_a_consumer_owes_only_the_principal_before_a_free_reminder_and_14_days() {
    var invoice = invoice("debruijne", ClientType.CONSUMER, LocalDate.of(2026, 3, 2), "1000.00");

    var s = settlements.at(invoice, LocalDate.of(2026, 6, 1));

    assertThat(s.total()).isEqualByComparingTo("1210.00");
    assertThat(s.lines()).extracting(l -> l.clause()).contains("CEL-XIX.2");
  }

  @Test
  void CEL_XIX_after_an_email_reminder_interest_counts_from_the_next_day_once_14_days_passed() {
    var invoice = invoice("debruijne", ClientType.CONSUMER, LocalDate.of(2026, 3, 2), "1000.00");
    invoices.recordFirstReminder(invoice.number(), LocalDate.of(2026, 3, 20), ReminderChannel.EMAIL);

    assertThat(settlements.at(invoice, LocalDate.of(2026, 4, 3)).total()).isEqualByComparingTo("1210.00");
    var s = settlements.at(invoice, LocalDate.of(2026, 4, 4));
    // 15 days (21 Mar..4 Apr) at 10% (below the statutory 10.5% of 2026 H1) on 1210
    assertThat(s.interest()).isEqualByComparingTo("4.97");
    // De Bruijne's 40 EUR is for professional clients only
    assertThat(s.indemnity()).isEqualByComparingTo("0.00");
  }

  @Test
  void CEL_XIX_wja_consumer_interest_and_indemnity_are_capped_by_law() {
    var invoice = invoice("wja", ClientType.CONSUMER, LocalDate.of(2026, 3, 10), "1000.00");
    invoices.recordFirstReminder(invoice.number(), LocalDate.of(2026, 3, 11), ReminderChannel.EMAIL);

    var s = settlements.at(invoice, LocalDate.of(2026, 4, 10));
    // 30 days (12 Mar..10 Apr) at the statutory 10.5% instead of WJA's 12% a year: 10.44
    assertThat(s.interest()).isEqualByComparingTo("10.44");
    // 15% of 1210 = 181.50, capped at 65 + 5% x (1210 - 500) = 100.50
    assertThat(s.indemnity()).isEqualByComparingTo("100.50");
  }
}
