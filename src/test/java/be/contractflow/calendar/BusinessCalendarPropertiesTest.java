package be.contractflow.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The definition of a business day is configuration a process owner can change. */
class BusinessCalendarPropertiesTest {

  @Configuration
  @EnableConfigurationProperties(BusinessCalendarProperties.class)
  @Import(BusinessCalendar.class)
  static class CalendarOnly {}

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(CalendarOnly.class);

  @Test
  void by_default_monday_to_friday_minus_public_holidays_are_business_days() {
    context.run(ctx -> {
      BusinessCalendar calendar = ctx.getBean("businessCalendar", BusinessCalendar.class);
      assertThat(calendar.isBusinessDay(parse("2026-02-28"))).as("Saturday").isFalse();
      assertThat(calendar.isBusinessDay(parse("2026-05-25"))).as("Whit Monday").isFalse();
      assertThat(calendar.afterDays(parse("2026-05-09"), 15)).isEqualTo("2026-05-26");
    });
  }

  @Test
  void a_process_owner_can_make_saturday_a_business_day() {
    context
        .withPropertyValues(
            "contractflow.calendar.business-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY")
        .run(ctx -> {
          BusinessCalendar calendar = ctx.getBean(BusinessCalendar.class);
          assertThat(calendar.isBusinessDay(parse("2026-02-28"))).as("Saturday").isTrue();
          assertThat(calendar.isBusinessDay(parse("2026-08-15"))).as("15 Aug, a Saturday").isFalse();
          assertThat(calendar.rollForward(parse("2026-08-15"))).isEqualTo("2026-08-17");
        });
  }

  @Test
  void a_process_owner_can_also_close_on_observances() {
    context
        .withPropertyValues("contractflow.calendar.holiday-types=PUBLIC_HOLIDAY,OBSERVANCE")
        .run(ctx -> {
          BusinessCalendar calendar = ctx.getBean(BusinessCalendar.class);
          assertThat(calendar.isBusinessDay(parse("2026-11-02"))).as("All Souls").isFalse();
          assertThat(calendar.rollForward(parse("2026-11-01"))).isEqualTo("2026-11-03");
        });
  }
}
