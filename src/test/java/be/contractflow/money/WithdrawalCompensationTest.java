package be.contractflow.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WithdrawalCompensationTest {

  @Test
  void CEL_VI_51_a_creation_started_early_owes_the_share_of_the_work_done() {
    Calculation owed = WithdrawalCompensation.byWorkDone(new BigDecimal("2000.00"),
        new BigDecimal("30"));
    assertThat(owed.amount()).isEqualTo("600.00");
    assertThat(owed.clause()).isEqualTo("CEL-VI.51");
    assertThat(owed.inputs()).containsEntry("totalPriceExclVat", new BigDecimal("2000.00"))
        .containsEntry("percentDone", new BigDecimal("30"));
  }

  @Test
  void CEL_VI_51_a_rental_started_early_owes_the_days_served_of_its_year() {
    // 49.00 x 12 = 588.00 for the year 4 March 2026 - 3 March 2027 (365 days);
    // served 4-13 March = 10 days: 588 x 10 / 365 = 16.109... = 16.11
    Calculation owed = WithdrawalCompensation.byDays(new BigDecimal("588.00"),
        LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 13), LocalDate.of(2027, 3, 3));
    assertThat(owed.amount()).isEqualTo("16.11");
    assertThat(owed.inputs()).containsEntry("daysServed", 10).containsEntry("termDays", 365);
  }

  @Test
  void CEL_VI_51_nothing_is_owed_before_the_service_started() {
    assertThat(WithdrawalCompensation.byDays(new BigDecimal("588.00"), LocalDate.of(2026, 3, 4),
        LocalDate.of(2026, 3, 3), LocalDate.of(2027, 3, 3)).amount()).isEqualTo("0.00");
  }

  @Test
  void CEL_VI_51_a_share_above_100_percent_is_refused() {
    assertThatThrownBy(() -> WithdrawalCompensation.byWorkDone(new BigDecimal("2000.00"),
        new BigDecimal("101"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 100");
  }
}
