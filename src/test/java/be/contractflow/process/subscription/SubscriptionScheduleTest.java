package be.contractflow.process.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.process.subscription.SubscriptionSchedule.State;
import be.contractflow.process.subscription.SubscriptionSchedule.Step;
import be.contractflow.process.subscription.SubscriptionSchedule.StepType;
import be.contractflow.terms.Terms;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
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

  // --- calendar edge cases of the renewal steps (issue 5) ------------------------------------

  /** Renewal rules with the given values, every other one null/false. */
  private static Terms.Renewal rules(Map<String, Object> values) {
    RecordComponent[] components = Terms.Renewal.class.getRecordComponents();
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Object value = values.get(components[i].getName());
      args[i] = value != null ? value : components[i].getType() == boolean.class ? false : null;
    }
    try {
      return Terms.Renewal.class.getDeclaredConstructor(Arrays.stream(components)
          .map(RecordComponent::getType).toArray(Class<?>[]::new)).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** De Bruijne maintenance as terms-renewal states it (BDB-13.3, BDB-16.2, BDB-13.4.1). */
  private static final Terms.Renewal MAINTENANCE = rules(Map.of("initialTermMonths", 12,
      "tariffNoticeOffsetDays", -30, "renewalPriceTaskOffsetDays", -45,
      "renewalReminderOffsetDays", -15, "closingOffsetDays", 0, "stopOffsetDays", 15));

  private static State yearOfMaintenance(String start, String anniversary, StepType... done) {
    LocalDate j = d(anniversary);
    var steps = EnumSet.noneOf(StepType.class);
    steps.addAll(Arrays.asList(done));
    return new State(d(start), 12, null, j.minusDays(1), j.minusDays(1), j, steps, null);
  }

  @Test
  void BDB_16_2_the_renewal_price_task_opens_45_days_before_J_ahead_of_the_tariff_at_J_minus_30() {
    State s = yearOfMaintenance("2026-03-02", "2027-03-02");
    assertThat(SubscriptionSchedule.next(calendar, MAINTENANCE, s))
        .contains(new Step(StepType.RENEWAL_PRICE, d("2027-01-16")));
    // J-30 is Sunday 31 January 2027: the e-mail goes out that day, it is not a deadline to roll
    assertThat(SubscriptionSchedule.next(calendar, MAINTENANCE,
        yearOfMaintenance("2026-03-02", "2027-03-02", StepType.RENEWAL_PRICE)))
        .contains(new Step(StepType.TARIFF, d("2027-01-31")));
    // sales must set it by the last business day before that Sunday: Friday 29 January
    assertThat(SubscriptionSchedule.renewalPriceDueDate(calendar, MAINTENANCE, d("2027-03-02")))
        .isEqualTo(d("2027-01-29"));
  }

  @Test
  void BDB_16_2_no_renewal_price_task_where_the_terms_set_no_offset() {
    Terms.Renewal withoutTask = rules(Map.of("initialTermMonths", 12,
        "tariffNoticeOffsetDays", -30, "renewalReminderOffsetDays", -15, "stopOffsetDays", 15));
    assertThat(SubscriptionSchedule.next(calendar, withoutTask,
        yearOfMaintenance("2026-03-02", "2027-03-02")))
        .contains(new Step(StepType.TARIFF, d("2027-01-31")));
  }

  @Test
  void BDB_13_4_1_a_stop_day_on_a_weekend_and_whit_monday_moves_to_tuesday() {
    // J = 30 April 2027: J+15 = Saturday 15 May, then Sunday, then Whit Monday 17 May
    assertThat(SubscriptionSchedule.stopDate(calendar, MAINTENANCE, d("2027-04-30")))
        .isEqualTo(d("2027-05-18"));
    assertThat(SubscriptionSchedule.next(calendar, MAINTENANCE,
        yearOfMaintenance("2026-04-30", "2027-04-30", StepType.RENEWAL_PRICE, StepType.TARIFF,
            StepType.REMINDER, StepType.ANNIVERSARY)))
        .contains(new Step(StepType.STOP, d("2027-05-18")));
  }

  @Test
  void BDB_13_4_1_a_stop_day_on_the_national_holiday_moves_to_the_next_day() {
    // J = 6 July 2026: J+15 = Tuesday 21 July (national holiday) -> Wednesday 22 July
    assertThat(SubscriptionSchedule.stopDate(calendar, MAINTENANCE, d("2026-07-06")))
        .isEqualTo(d("2026-07-22"));
    // a business day stays: J = 2 March 2027, J+15 = Wednesday 17 March
    assertThat(SubscriptionSchedule.stopDate(calendar, MAINTENANCE, d("2027-03-02")))
        .isEqualTo(d("2027-03-17"));
  }

  @Test
  void BDB_R5_2_a_period_starting_on_a_sunday_or_a_holiday_is_invoiced_that_day() {
    Terms.Renewal rental = rules(Map.of("initialTermMonths", 12, "tacitRenewal", true));
    // from 31 January 2026 the second month starts on Sunday 1 March, the fourth on Friday 1 May
    State march = new State(d("2026-01-31"), 1, null, d("2026-02-28"), d("2027-01-30"),
        d("2027-01-31"), EnumSet.noneOf(StepType.class), null);
    assertThat(SubscriptionSchedule.next(calendar, rental, march))
        .contains(new Step(StepType.INVOICE, d("2026-03-01")));
    State may = new State(d("2026-01-31"), 1, null, d("2026-04-30"), d("2027-01-30"),
        d("2027-01-31"), EnumSet.noneOf(StepType.class), null);
    assertThat(SubscriptionSchedule.next(calendar, rental, may))
        .contains(new Step(StepType.INVOICE, d("2026-05-01")));
  }

  @Test
  void WJA_21_a_contract_confirmed_on_29_February_renews_on_1_March_and_its_next_year_is_whole() {
    LocalDate start = d("2028-02-29");
    assertThat(calendar.anniversary(start, 1)).isEqualTo(d("2029-03-01"));
    assertThat(SubscriptionSchedule.periodEnd(calendar, start, 12, d("2029-03-01")))
        .isEqualTo(d("2030-02-28"));
    assertThat(calendar.anniversary(start, 2)).isEqualTo(d("2030-03-01"));
    // in the next leap year the quantième exists again
    assertThat(SubscriptionSchedule.periodEnd(calendar, start, 12, d("2031-03-01")))
        .isEqualTo(d("2032-02-28"));
    assertThat(calendar.anniversary(start, 4)).isEqualTo(d("2032-02-29"));
  }

  @Test
  void BDB_16_4_monthly_periods_from_29_February_end_on_the_28th() {
    LocalDate start = d("2028-02-29");
    assertThat(SubscriptionSchedule.periodEnd(calendar, start, 1, start)).isEqualTo(d("2028-03-28"));
    assertThat(SubscriptionSchedule.periodEnd(calendar, start, 1, d("2028-03-29")))
        .isEqualTo(d("2028-04-28"));
    assertThat(SubscriptionSchedule.periodEnd(calendar, start, 1, d("2029-01-29")))
        .isEqualTo(d("2029-02-28"));
  }
}
