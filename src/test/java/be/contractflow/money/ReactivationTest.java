package be.contractflow.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReactivationTest {

  @Test
  void BDB_13_4_1_reactivation_after_the_stop_costs_the_renewal_price_plus_the_surcharge() {
    Calculation reactivation = Reactivation.of("BDB-13.4.1", new BigDecimal("345.50"),
        new BigDecimal("60"));
    assertThat(reactivation.amount()).isEqualTo("405.50");
    assertThat(reactivation.clause()).isEqualTo("BDB-13.4.1");
    assertThat(reactivation.inputs()).containsEntry("renewalPrice", new BigDecimal("345.50"))
        .containsEntry("surcharge", new BigDecimal("60"));
  }

  @Test
  void BDB_13_4_1_a_zero_surcharge_leaves_the_renewal_price_and_a_negative_one_is_refused() {
    assertThat(Reactivation.of("BDB-13.4.1", new BigDecimal("300.00"), BigDecimal.ZERO).amount())
        .isEqualTo("300.00");
    assertThatThrownBy(() -> Reactivation.of("BDB-13.4.1", new BigDecimal("300.00"),
        new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
  }
}
