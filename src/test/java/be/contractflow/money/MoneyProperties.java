package be.contractflow.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.time.api.constraints.DateRange;

/** Invariants of the calculators, over generated amounts and dates. */
class MoneyProperties {

  private static final StatutoryRates RATES = StatutoryRates.shipped();

  // --- interest never decreases with time ---------------------------------------------------

  @Property
  void VIR_4r_simple_interest_never_decreases_with_time(
      @ForAll @BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal open,
      @ForAll @BigRange(min = "0", max = "20") @Scale(2) BigDecimal rate,
      @ForAll @DateRange(min = "2022-01-01", max = "2030-12-31") LocalDate due,
      @ForAll @IntRange(min = 0, max = 2000) int days, @ForAll @IntRange(min = 1, max = 400) int later) {
    BigDecimal earlier = LateInterest.simple("VIR-4.r", open, rate, due, due.plusDays(days)).amount();
    BigDecimal afterwards = LateInterest.simple("VIR-4.r", open, rate, due, due.plusDays(days + later)).amount();
    assertThat(afterwards).isGreaterThanOrEqualTo(earlier);
  }

  @Property
  void WJA_10b_started_month_interest_never_decreases_with_time(
      @ForAll @BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal open,
      @ForAll @DateRange(min = "2022-01-01", max = "2030-12-31") LocalDate issue,
      @ForAll @IntRange(min = 0, max = 2000) int days, @ForAll @IntRange(min = 1, max = 400) int later) {
    BigDecimal earlier = LateInterest.perStartedMonth("WJA-10b", open, BigDecimal.ONE, issue,
        issue.plusDays(days)).amount();
    BigDecimal afterwards = LateInterest.perStartedMonth("WJA-10b", open, BigDecimal.ONE, issue,
        issue.plusDays(days + later)).amount();
    assertThat(afterwards).isGreaterThanOrEqualTo(earlier);
  }

  @Property
  void WJA_10b_started_months_is_the_first_quantieme_on_or_after_the_payment(
      @ForAll @DateRange(min = "2022-01-01", max = "2030-12-31") LocalDate issue,
      @ForAll @IntRange(min = 1, max = 2000) int days) {
    LocalDate payment = issue.plusDays(days);
    int months = LateInterest.startedMonths(issue, payment);
    assertThat(issue.plusMonths(months)).isAfterOrEqualTo(payment);
    assertThat(issue.plusMonths(months - 1)).isBefore(payment);
  }

  @Property
  void BOOK_XIX_consumer_interest_never_decreases_with_time(
      @ForAll @BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal open,
      @ForAll @DateRange(min = "2022-01-01", max = "2028-12-31") LocalDate reminder,
      @ForAll @IntRange(min = 0, max = 1000) int days, @ForAll @IntRange(min = 1, max = 400) int later) {
    BigDecimal earlier = RATES.consumerInterest("WJA-10b", open, BigDecimal.valueOf(12), reminder,
        reminder.plusDays(days)).amount();
    BigDecimal afterwards = RATES.consumerInterest("WJA-10b", open, BigDecimal.valueOf(12), reminder,
        reminder.plusDays(days + later)).amount();
    assertThat(afterwards).isGreaterThanOrEqualTo(earlier);
  }

  // --- caps are never exceeded --------------------------------------------------------------

  @Property
  void BOOK_XIX_consumer_interest_never_exceeds_the_statutory_rate(
      @ForAll @BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal open,
      @ForAll @BigRange(min = "0", max = "30") @Scale(2) BigDecimal contractualRate,
      @ForAll @DateRange(min = "2022-01-01", max = "2028-12-31") LocalDate reminder,
      @ForAll @IntRange(min = 0, max = 1000) int days) {
    LocalDate payment = reminder.plusDays(days);
    BigDecimal capped = RATES.consumerInterest("X", open, contractualRate, reminder, payment).amount();
    BigDecimal statutory = RATES.statutoryInterest("X", open, reminder, payment).amount();
    BigDecimal contractual = LateInterest.simple("X", open, contractualRate, reminder, payment).amount();
    assertThat(capped).isLessThanOrEqualTo(statutory).isLessThanOrEqualTo(contractual);
  }

  @Property
  void BOOK_XIX_consumer_indemnity_never_exceeds_2000_nor_its_tier(
      @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal balance,
      @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal contractual) {
    BigDecimal indemnity = Indemnities.consumer("WJA-10c", balance, contractual).amount();
    assertThat(indemnity).isLessThanOrEqualTo(new BigDecimal("2000.00"))
        .isLessThanOrEqualTo(contractual)
        .isLessThanOrEqualTo(Money.cents(tierFormula(balance)));
  }

  @Property
  void LAW_2002_art_6_a_professional_indemnity_is_at_least_40_and_never_both(
      @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal contractual) {
    BigDecimal indemnity = Indemnities.professional("X", contractual).amount();
    assertThat(indemnity).isEqualByComparingTo(contractual.max(new BigDecimal("40")));
  }

  @Property
  void VIR_10_compensation_never_exceeds_the_amount_billed(
      @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal price,
      @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal billed,
      @ForAll @IntRange(min = 0, max = 400) int failedDays,
      @ForAll @IntRange(min = 1, max = 366) int daysInPeriod) {
    assertThat(Compensation.of("VIR-10", price, failedDays, daysInPeriod, billed).amount())
        .isLessThanOrEqualTo(billed);
  }

  @Property
  void BDB_R10_a_buy_out_is_never_negative(
      @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal price,
      @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal paid) {
    assertThat(BuyOut.of("BDB-R10", price, paid).amount()).isNotNegative();
  }

  // --- rounding only at the end -------------------------------------------------------------

  @Property
  void WJA_2_schedule_shares_add_up_to_the_total_exactly(
      @ForAll @BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal total,
      @ForAll("shares") List<BigDecimal> percents) {
    BigDecimal sum = Deposits.schedule("WJA-2", total, percents).stream()
        .map(Calculation::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum).isEqualTo(total);
  }

  @Property
  void a_calculation_rounds_the_exact_result_once(
      @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal open,
      @ForAll @IntRange(min = 0, max = 3650) int days) {
    // rounding each day's interest would drift; the line equals the exact formula rounded once
    BigDecimal exact = open.multiply(BigDecimal.TEN).movePointLeft(2)
        .multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(365), Money.EXACT);
    LocalDate due = LocalDate.of(2026, 1, 1);
    assertThat(LateInterest.simple("VIR-4.r", open, BigDecimal.TEN, due, due.plusDays(days)).amount())
        .isEqualTo(Money.cents(exact));
  }

  @Property
  void imputation_parts_add_up_to_the_payment(
      @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal payment,
      @ForAll @BigRange(min = "0", max = "5000") @Scale(2) BigDecimal indemnity,
      @ForAll @BigRange(min = "0", max = "5000") @Scale(2) BigDecimal interest,
      @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal principal) {
    Imputation imputation = Imputation.of(payment, indemnity, interest, principal);
    assertThat(imputation.indemnity().add(imputation.interest()).add(imputation.principal())
        .add(imputation.excess())).isEqualTo(payment);
    assertThat(imputation.indemnity()).isLessThanOrEqualTo(indemnity);
    assertThat(imputation.interest()).isLessThanOrEqualTo(interest);
    assertThat(imputation.principal()).isLessThanOrEqualTo(principal);
    // nothing reaches the principal while indemnity or interest is still open
    if (imputation.principal().signum() > 0) {
      assertThat(imputation.indemnity()).isEqualTo(indemnity);
      assertThat(imputation.interest()).isEqualTo(interest);
    }
  }

  @Provide
  Arbitrary<List<BigDecimal>> shares() {
    // 1 to 5 shares in hundredths of a percent that add up to 100%
    return Arbitraries.integers().between(1, 9999).list().ofMinSize(0).ofMaxSize(4).uniqueElements()
        .map(cuts -> {
          List<Integer> points = new ArrayList<>(cuts);
          points.add(0);
          points.add(10000);
          Collections.sort(points);
          List<BigDecimal> percents = new ArrayList<>();
          for (int i = 1; i < points.size(); i++) {
            percents.add(BigDecimal.valueOf(points.get(i) - points.get(i - 1), 2));
          }
          return percents;
        });
  }

  /** The Book XIX tiers written out independently of {@link Indemnities#consumerCap}. */
  private static BigDecimal tierFormula(BigDecimal balance) {
    double b = balance.doubleValue();
    double cap = b <= 150 ? 20 : b <= 500 ? 30 + 0.10 * (b - 150) : 65 + 0.05 * (b - 500);
    return BigDecimal.valueOf(Math.min(cap, 2000)).add(new BigDecimal("0.005")); // double slack
  }
}
