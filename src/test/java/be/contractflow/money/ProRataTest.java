package be.contractflow.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProRataTest {

  @Test
  void VIR_7_a_last_period_is_billed_pro_rata_of_the_days_the_contract_runs() {
    // 2 Aug - 20 Aug of a period 2 Aug - 1 Sep: 310 x 19 / 31
    Calculation last = ProRata.of("VIR-7", new BigDecimal("310.00"), 19, 31);
    assertThat(last.amount()).isEqualTo("190.00");
    assertThat(last.inputs()).containsEntry("daysRun", 19).containsEntry("daysInPeriod", 31);
  }

  @Test
  void a_whole_period_is_its_price_and_29_of_30_days_rounds_half_up() {
    assertThat(ProRata.of("BDB-R5.2", new BigDecimal("49.00"), 28, 28).amount()).isEqualTo("49.00");
    // 49 x 29 / 30 = 47.3666...
    assertThat(ProRata.of("BDB-R5.2", new BigDecimal("49.00"), 29, 30).amount()).isEqualTo("47.37");
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void WJA_21_a_yearly_hosting_ended_mid_year_is_credited_the_days_after_its_last_day() {
    // year 10 Feb 2026 - 9 Feb 2027 (365 days) invoiced 120.00; last day 10 June 2026:
    // 11 June - 9 Feb = 244 days, 120 x 244 / 365 = 80.2191...
    Calculation credit = ProRata.credit("CC-5.226", new BigDecimal("120.00"), d("2026-02-10"),
        d("2027-02-09"), d("2026-06-10"));
    assertThat(credit.amount()).isEqualTo("80.22");
    assertThat(credit.clause()).isEqualTo("CC-5.226");
    assertThat(credit.inputs()).containsEntry("daysCredited", 244)
        .containsEntry("daysInPeriod", 365)
        .containsEntry("effectiveEndDate", d("2026-06-10"))
        .containsEntry("amountInvoiced", new BigDecimal("120.00"));
  }

  @Test
  void BDB_13_4_a_period_wholly_after_the_end_is_credited_in_full_one_before_not_at_all() {
    // maintenance debited on 25 May for 2 June - 1 July; ended on 28 May
    assertThat(ProRata.credit("BDB-13.4", new BigDecimal("30.00"), d("2026-06-02"),
        d("2026-07-01"), d("2026-05-28")).amount()).isEqualTo("30.00");
    // the period ends on the last day itself: nothing invoiced after it
    Calculation none = ProRata.credit("BDB-13.4", new BigDecimal("30.00"), d("2026-05-02"),
        d("2026-06-01"), d("2026-06-01"));
    assertThat(none.amount()).isEqualTo("0.00");
    assertThat(none.inputs()).containsEntry("daysCredited", 0);
  }

  @Test
  void BDB_R9_3_a_leap_february_counts_29_days() {
    // rental month 29 Feb 2028 - 28 Mar 2028 (29 days) of 49.00, last day 29 Feb: 28 days after
    Calculation credit = ProRata.credit("BDB-R9.3", new BigDecimal("49.00"), d("2028-02-29"),
        d("2028-03-28"), d("2028-02-29"));
    assertThat(credit.inputs()).containsEntry("daysInPeriod", 29).containsEntry("daysCredited", 28);
    assertThat(credit.amount()).isEqualTo("47.31"); // 49 x 28 / 29 = 47.3103...
  }
}
