package be.contractflow.process.order;

import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.calendar.BusinessCalendarProperties;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** WJA-2, BDB-8.1: when an order whose deposit stays unpaid lapses ({@link OrderLapse}). */
class OrderLapseTest {

  private final BusinessCalendar calendar = new BusinessCalendar(new BusinessCalendarProperties(null, null));

  @Test
  void WJA_2_the_validity_end_later_than_the_due_date_sets_the_lapse() {
    var lapse = OrderLapse.of(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 3, 5), "WJA-2", calendar);
    assertThat(lapse.lapsesOn()).isEqualTo(LocalDate.of(2026, 4, 2));
    assertThat(lapse.setByDueDate()).isFalse();
    assertThat(lapse.clause()).isEqualTo("WJA-2");
  }

  @Test
  void BDB_8_1_the_due_date_later_than_the_validity_end_sets_the_lapse() {
    var lapse = OrderLapse.of(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 16), "BDB-8.1", calendar);
    assertThat(lapse.lapsesOn()).isEqualTo(LocalDate.of(2026, 4, 16));
    assertThat(lapse.setByDueDate()).isTrue();
  }

  @Test
  void WJA_2_a_lapse_day_that_is_not_a_business_day_rolls_to_the_next_one() {
    // Easter Monday 6 April 2026 -> Tuesday 7 April (art. 1.7)
    var lapse = OrderLapse.of(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 6), "WJA-2", calendar);
    assertThat(lapse.lapsesOn()).isEqualTo(LocalDate.of(2026, 4, 7));
  }
}
