package be.contractflow.process.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.process.subscription.SubscriptionSchedule.State;
import be.contractflow.process.subscription.SubscriptionSchedule.StepType;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Periods and invoice dates of the schedule, month ends and leap years included. */
class SubscriptionScheduleTest {

  private final BusinessCalendar calendar = BusinessCalendar.belgian();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private LocalDate end(String start, String periodStart) {
    return SubscriptionSchedule.periodEnd(calendar, d(start), 1, d(periodStart));
  }

  @Test
  void BDB_R5_2_months_from_31_January_end_on_28_February_then_30_March() {
    assertThat(end("2026-01-31", "2026-01-31")).isEqualTo(d("2026-02-28"));
    assertThat(end("2026-01-31", "2026-03-01")).isEqualTo(d("2026-03-30"));
    assertThat(end("2026-01-31", "2026-03-31")).isEqualTo(d("2026-04-30"));
  }

  @Test
  void BDB_R5_2_in_a_leap_year_the_first_month_from_31_January_ends_on_29_February() {
    assertThat(end("2028-01-31", "2028-01-31")).isEqualTo(d("2028-02-29"));
  }

  @Test
  void WJA_21_a_yearly_period_from_29_February_ends_on_28_February() {
    assertThat(SubscriptionSchedule.periodEnd(calendar, d("2028-02-29"), 12, d("2028-02-29")))
        .isEqualTo(d("2029-02-28"));
  }

  @Test
  void BDB_16_4_a_monthly_debit_is_taken_on_the_last_25th_before_the_period() {
    State monthly = new State(d("2026-03-02"), 1, 25, d("2026-04-01"), null, d("2027-03-02"),
        EnumSet.noneOf(StepType.class), null);
    assertThat(SubscriptionSchedule.invoiceDate(monthly, d("2026-04-02"))).isEqualTo(d("2026-03-25"));
    assertThat(SubscriptionSchedule.invoiceDate(monthly, d("2026-04-26"))).isEqualTo(d("2026-04-25"));
    assertThat(SubscriptionSchedule.invoiceDate(monthly, d("2026-04-25"))).isEqualTo(d("2026-03-25"));
    State yearly = new State(d("2026-03-02"), 12, 25, d("2027-03-01"), null, d("2027-03-02"),
        EnumSet.noneOf(StepType.class), null);
    assertThat(SubscriptionSchedule.invoiceDate(yearly, d("2027-03-02"))).isEqualTo(d("2027-03-02"));
  }
}
