package be.contractflow.money;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LateInterestTest {

  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal ONE = BigDecimal.ONE;

  @Test
  void VIR_4r_interest_10_percent_a_year_from_the_day_after_the_due_date_actual_365() {
    // due Mon 2 Mar 2026, paid 1 Apr 2026: 3 Mar .. 1 Apr = 30 days; 1210 × 10% × 30/365 = 9.945
    Calculation interest = LateInterest.simple("VIR-4.r", new BigDecimal("1210.00"), TEN,
        parse("2026-03-02"), parse("2026-04-01"));
    assertThat(interest.amount()).isEqualTo("9.95");
    assertThat(interest.inputs())
        .containsEntry("from", parse("2026-03-03"))
        .containsEntry("to", parse("2026-04-01"))
        .containsEntry("days", 30)
        .containsEntry("dayCount", "actual/365");
  }

  @Test
  void BDB_16_6_interest_10_percent_a_year_after_the_15_day_term() {
    // invoice 10 Jan 2026, due 25 Jan, paid 26 Mar: 60 days; 2420 × 10% × 60/365 = 39.7808
    Calculation interest = LateInterest.simple("BDB-16.6", new BigDecimal("2420.00"), TEN,
        parse("2026-01-25"), parse("2026-03-26"));
    assertThat(interest.amount()).isEqualTo("39.78");
    assertThat(interest.inputs()).containsEntry("days", 60);
  }

  @Test
  void no_interest_when_paid_on_or_before_the_due_date_and_one_day_the_day_after() {
    BigDecimal open = new BigDecimal("3650.00");
    assertThat(LateInterest.simple("VIR-4.r", open, TEN, parse("2026-03-02"), parse("2026-03-01"))
        .amount()).isEqualTo("0.00");
    assertThat(LateInterest.simple("VIR-4.r", open, TEN, parse("2026-03-02"), parse("2026-03-02"))
        .amount()).isEqualTo("0.00");
    assertThat(LateInterest.simple("VIR-4.r", open, TEN, parse("2026-03-02"), parse("2026-03-03"))
        .amount()).isEqualTo("1.00");
  }

  @Test
  void WJA_10b_every_started_month_counts_in_full() {
    BigDecimal open = new BigDecimal("1210.00");
    assertThat(wja10b(open, "2026-01-15", "2026-01-15").amount()).as("issue day").isEqualTo("0.00");
    assertThat(wja10b(open, "2026-01-15", "2026-01-16").amount()).as("next day").isEqualTo("12.10");
    assertThat(wja10b(open, "2026-01-15", "2026-02-15").amount()).as("a month later").isEqualTo("12.10");
    assertThat(wja10b(open, "2026-01-15", "2026-02-16").amount()).as("one day more").isEqualTo("24.20");
    Calculation tenMonths = wja10b(open, "2026-01-15", "2026-11-02");
    assertThat(tenMonths.amount()).isEqualTo("121.00");
    assertThat(tenMonths.inputs()).containsEntry("startedMonths", 10)
        .containsEntry("issueDate", parse("2026-01-15"));
  }

  @Test
  void WJA_10b_months_from_31_january_follow_the_end_of_february() {
    assertThat(LateInterest.startedMonths(parse("2026-01-31"), parse("2026-02-28"))).isEqualTo(1);
    assertThat(LateInterest.startedMonths(parse("2026-01-31"), parse("2026-03-01"))).isEqualTo(2);
    assertThat(LateInterest.startedMonths(parse("2026-01-31"), parse("2026-03-31"))).isEqualTo(2);
    assertThat(LateInterest.startedMonths(parse("2026-01-31"), parse("2026-04-01"))).isEqualTo(3);
    assertThat(LateInterest.startedMonths(parse("2028-01-31"), parse("2028-02-29"))).isEqualTo(1);
    assertThat(LateInterest.startedMonths(parse("2028-01-31"), parse("2028-03-01"))).isEqualTo(2);
    assertThat(LateInterest.startedMonths(parse("2026-03-31"), parse("2026-04-30"))).isEqualTo(1);
    assertThat(LateInterest.startedMonths(parse("2026-03-31"), parse("2026-05-01"))).isEqualTo(2);
    assertThat(LateInterest.startedMonths(parse("2026-01-15"), parse("2026-01-01"))).isZero();
  }

  private static Calculation wja10b(BigDecimal open, String issue, String payment) {
    return LateInterest.perStartedMonth("WJA-10b", open, ONE, parse(issue), parse(payment));
  }
}
