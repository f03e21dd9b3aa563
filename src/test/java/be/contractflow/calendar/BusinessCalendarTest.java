package be.contractflow.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** The period rules of the Civil Code art. 1.7 and the Belgian public holidays (CLAUSES.md). */
class BusinessCalendarTest {

  private final BusinessCalendar calendar = BusinessCalendar.belgian();

  // --- public holidays (law of 4 Jan 1974) --------------------------------------------------

  @Test
  void the_ten_legal_public_holidays_of_2026_are_not_business_days() {
    var holidays = new String[] {"2026-01-01", "2026-04-06", "2026-05-01", "2026-05-14",
        "2026-05-25", "2026-07-21", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25"};
    for (String day : holidays) {
      assertThat(calendar.isPublicHoliday(day)).as(day).isTrue();
      assertThat(calendar.isBusinessDay(day)).as(day).isFalse();
    }
    assertThat(calendar.publicHolidays(2026)).contains(
        Arrays.stream(holidays).map(LocalDate::parse).toArray(LocalDate[]::new));
  }

  @Test
  void easter_monday_ascension_and_whit_monday_move_with_easter() {
    assertThat(calendar.isPublicHoliday(parse("2026-04-06"))).as("Easter Monday 2026").isTrue();
    assertThat(calendar.isPublicHoliday(parse("2026-05-14"))).as("Ascension 2026").isTrue();
    assertThat(calendar.isPublicHoliday(parse("2026-05-25"))).as("Whit Monday 2026").isTrue();
    assertThat(calendar.isPublicHoliday(parse("2027-03-29"))).as("Easter Monday 2027").isTrue();
    assertThat(calendar.isPublicHoliday(parse("2027-05-06"))).as("Ascension 2027").isTrue();
    assertThat(calendar.isPublicHoliday(parse("2027-05-17"))).as("Whit Monday 2027").isTrue();
    assertThat(calendar.isBusinessDay(parse("2026-04-03"))).as("Good Friday is worked").isTrue();
  }

  @Test
  void all_souls_kings_feast_and_new_years_eve_are_observances_not_holidays() {
    assertThat(calendar.isBusinessDay(parse("2026-11-02"))).as("2 Nov 2026, a Monday").isTrue();
    assertThat(calendar.isBusinessDay(parse("2027-11-15"))).as("15 Nov 2027, a Monday").isTrue();
    assertThat(calendar.isBusinessDay(parse("2026-12-31"))).as("31 Dec 2026, a Thursday").isTrue();
    assertThat(calendar.publicHolidays(2026))
        .doesNotContain(parse("2026-11-02"), parse("2026-11-15"), parse("2026-12-31"));
  }

  @Test
  void a_holiday_on_a_weekend_is_not_moved_to_the_monday() {
    // 15 Aug 2026 is a Saturday, 1 Nov 2026 a Sunday: no replacement day in the law
    assertThat(calendar.isPublicHoliday(parse("2026-08-15"))).isTrue();
    assertThat(calendar.rollForward(parse("2026-08-15"))).isEqualTo("2026-08-17");
    assertThat(calendar.isPublicHoliday(parse("2026-11-01"))).isTrue();
    assertThat(calendar.rollForward(parse("2026-11-01"))).as("2 Nov is worked").isEqualTo("2026-11-02");
  }

  @Test
  void weekends_are_not_business_days_and_roll_to_monday() {
    assertThat(calendar.isBusinessDay(parse("2026-02-28"))).as("Saturday").isFalse();
    assertThat(calendar.rollForward(parse("2026-02-28"))).isEqualTo("2026-03-02");
    assertThat(calendar.rollForward(parse("2026-02-17"))).as("a Tuesday stays").isEqualTo("2026-02-17");
  }

  @Test
  void leap_day_2028_is_an_ordinary_business_day() {
    assertThat(calendar.isBusinessDay(parse("2028-02-29"))).isTrue();
    assertThat(calendar.afterDays(parse("2028-02-14"), 15)).isEqualTo("2028-02-29");
  }

  // --- periods in days ----------------------------------------------------------------------

  @Test
  void ART_1_7_a_period_in_days_starts_the_day_after_the_event() {
    // invoice of Monday 2 Feb 2026, 15 days: 3 Feb is day 1, 17 Feb day 15 (a Tuesday)
    assertThat(calendar.afterDays(parse("2026-02-02"), 15)).isEqualTo("2026-02-17");
    assertThat(calendar.afterDays(parse("2026-02-02"), 0)).isEqualTo("2026-02-02");
  }

  @Test
  void ART_1_7_a_15_day_period_ending_on_the_sunday_before_whit_monday_ends_on_tuesday() {
    // 9 May 2026 + 15 days = Sunday 24 May; Monday 25 May is Whit Monday
    assertThat(calendar.afterDays(parse("2026-05-09"), 15)).isEqualTo("2026-05-26");
  }

  @Test
  void ART_1_7_a_period_ending_on_easter_sunday_ends_on_tuesday() {
    assertThat(calendar.afterDays(parse("2026-03-21"), 15)).isEqualTo("2026-04-07");
  }

  @Test
  void BDB_6_3_ten_business_days_across_easter_skip_easter_monday_but_not_good_friday() {
    // Thursday 2 Apr 2026: Fri 3 (1), Mon 6 holiday, Tue 7 (2) ... Fri 17 Apr (10)
    assertThat(calendar.afterBusinessDays(parse("2026-04-02"), 10)).isEqualTo("2026-04-17");
    assertThat(calendar.afterBusinessDays(parse("2026-04-02"), 2)).isEqualTo("2026-04-07");
  }

  @Test
  void BDB_11_3_five_business_days_from_a_friday_before_ascension() {
    // Fri 8 May 2026: Mon 11 (1), Tue 12 (2), Wed 13 (3), Thu 14 Ascension, Fri 15 (4), Mon 18 (5)
    assertThat(calendar.afterBusinessDays(parse("2026-05-08"), 5)).isEqualTo("2026-05-18");
  }

  // --- periods in months and years ----------------------------------------------------------

  @Test
  void VIR_7_three_months_notice_received_20_may_runs_to_20_august() {
    assertThat(calendar.afterMonths(parse("2026-05-20"), 3)).isEqualTo("2026-08-20");
  }

  @Test
  void ART_1_7_one_month_from_30_january_ends_on_the_last_day_of_february_then_rolls() {
    // 28 Feb 2026 is a Saturday: the deadline moves to Monday 2 March
    assertThat(calendar.afterMonths(parse("2026-01-30"), 1)).isEqualTo("2026-03-02");
    // 29 Feb 2028 is a Tuesday
    assertThat(calendar.afterMonths(parse("2028-01-31"), 1)).isEqualTo("2028-02-29");
  }

  @Test
  void ART_1_7_a_period_in_years_from_a_leap_day_ends_on_28_february() {
    assertThat(calendar.afterYears(parse("2028-02-29"), 1)).isEqualTo("2029-02-28");
    // the term from 29 Feb 2028 ends on 28 Feb 2029: the next term starts on 1 March
    assertThat(calendar.lastDayOfTerm(parse("2028-02-29"), 12)).isEqualTo("2029-02-28");
    assertThat(calendar.anniversary(parse("2028-02-29"), 1)).isEqualTo("2029-03-01");
    assertThat(calendar.anniversary(parse("2028-02-29"), 4)).isEqualTo("2032-02-29");
    assertThat(calendar.anniversary(parse("2026-02-10"), 1)).isEqualTo("2027-02-10");
  }

  @Test
  void BDB_R10_a_one_year_term_from_10_february_2026_ends_on_9_february_2027() {
    assertThat(calendar.lastDayOfTerm(parse("2026-02-10"), 12)).isEqualTo("2027-02-09");
  }

  @Test
  void a_term_ends_the_day_before_the_same_quantieme_or_on_the_last_day_of_a_short_month() {
    assertThat(calendar.lastDayOfTerm(parse("2026-03-01"), 1)).isEqualTo("2026-03-31");
    assertThat(calendar.lastDayOfTerm(parse("2026-01-31"), 1)).isEqualTo("2026-02-28");
    assertThat(calendar.lastDayOfTerm(parse("2028-01-31"), 1)).isEqualTo("2028-02-29");
    assertThat(calendar.lastDayOfTerm(parse("2028-01-30"), 1)).isEqualTo("2028-02-29");
    assertThat(calendar.lastDayOfTerm(parse("2026-01-15"), 1)).isEqualTo("2026-02-14");
  }

  @Test
  void the_last_day_of_a_term_is_not_rolled_to_a_business_day() {
    // 28 Feb 2026 is a Saturday: the contract still runs until then
    assertThat(calendar.lastDayOfTerm(parse("2025-03-01"), 12)).isEqualTo("2026-02-28");
  }

  @Test
  void negative_periods_are_refused() {
    assertThatThrownBy(() -> calendar.afterDays(parse("2026-01-01"), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days");
    assertThatThrownBy(() -> calendar.lastDayOfTerm(parse("2026-01-01"), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 month");
  }

  // --- instants -----------------------------------------------------------------------------

  @Test
  void a_deadline_ends_at_24h_brussels_time_on_its_last_day() {
    assertThat(calendar.endOf(parse("2026-05-26"))).isEqualTo(at("2026-05-26T22:00:00Z"));
    assertThat(calendar.endOf(parse("2026-12-24"))).isEqualTo(at("2026-12-24T23:00:00Z"));
    assertThat(calendar.isoEndOf(parse("2026-05-26"))).isEqualTo("2026-05-27T00:00:00+02:00");
    assertThat(calendar.isoEndOf(parse("2026-12-24"))).isEqualTo("2026-12-25T00:00:00+01:00");
  }

  @Test
  void the_day_clocks_go_forward_still_starts_and_ends_at_midnight_brussels() {
    // 29 Mar 2026: CET -> CEST at 02:00, a 23-hour day
    assertThat(calendar.startOf(parse("2026-03-29"))).isEqualTo(at("2026-03-28T23:00:00Z"));
    assertThat(calendar.endOf(parse("2026-03-29"))).isEqualTo(at("2026-03-29T22:00:00Z"));
  }

  @Test
  void a_task_is_due_at_23_59_brussels_on_the_last_day() {
    assertThat(calendar.taskDue(parse("2026-05-26"))).isEqualTo(at("2026-05-26T21:59:00Z"));
  }

  @Test
  void iso_date_strings_work_like_dates_for_expressions() {
    assertThat(calendar.afterDays("2026-05-09", 15)).isEqualTo("2026-05-26");
    assertThat(calendar.afterBusinessDays("2026-04-02", 10)).isEqualTo("2026-04-17");
    assertThat(calendar.afterMonths("2026-05-20", 3)).isEqualTo("2026-08-20");
    assertThat(calendar.afterYears("2026-02-10", 1)).isEqualTo("2027-02-10");
    assertThat(calendar.lastDayOfTerm("2026-02-10", 12)).isEqualTo("2027-02-09");
    assertThat(calendar.anniversary("2026-02-10", 1)).isEqualTo("2027-02-10");
    assertThat(calendar.rollForward("2026-08-15")).isEqualTo("2026-08-17");
    assertThat(calendar.endOf("2026-05-26")).isEqualTo(calendar.endOf(parse("2026-05-26")));
    assertThat(calendar.startOf("2026-05-26")).isEqualTo(calendar.startOf(parse("2026-05-26")));
    assertThat(calendar.taskDue("2026-05-26")).isEqualTo(calendar.taskDue(parse("2026-05-26")));
    assertThat(calendar.isoEndOf("2026-05-26")).isEqualTo("2026-05-27T00:00:00+02:00");
  }

  private static Date at(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
