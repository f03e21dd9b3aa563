package be.contractflow.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
}
