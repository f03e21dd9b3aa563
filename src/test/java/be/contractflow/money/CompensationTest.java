package be.contractflow.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CompensationTest {

  @Test
  void VIR_10_compensation_is_the_price_pro_rata_of_the_days_the_service_failed() {
    // 120 × 5 / 31 = 19.354
    Calculation compensation = Compensation.of("VIR-10", new BigDecimal("120.00"), 5, 31,
        new BigDecimal("120.00"));
    assertThat(compensation.amount()).isEqualTo("19.35");
    assertThat(compensation.inputs()).containsEntry("failedDays", 5).containsEntry("daysInPeriod", 31)
        .containsEntry("rule", "pro rata of the days");
  }

  @Test
  void VIR_10_compensation_is_capped_at_the_amount_billed() {
    // the whole period failed, but only 100 was billed (discount)
    Calculation compensation = Compensation.of("VIR-10", new BigDecimal("120.00"), 30, 30,
        new BigDecimal("100.00"));
    assertThat(compensation.amount()).isEqualTo("100.00");
    assertThat(compensation.inputs()).containsEntry("rule", "capped at the amount billed");
  }
}
