package be.contractflow.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalculationTest {

  @Test
  void the_amount_is_rounded_half_up_to_the_cent_once() {
    var line = new Calculation("X-1", "test", new BigDecimal("10.005"), Map.of());
    assertThat(line.amount()).isEqualByComparingTo("10.01").hasScaleOf(2);
    assertThat(Money.cents(new BigDecimal("10.004"))).isEqualTo("10.00");
    assertThat(Money.cents(new BigDecimal("-0.005"))).isEqualTo("-0.01");
  }

  @Test
  void inputs_keep_their_order_and_cannot_be_changed() {
    var line = new Calculation("X-1", "test", BigDecimal.ONE,
        Calculation.inputs("open", BigDecimal.TEN, "days", 3, "from", LocalDate.of(2026, 1, 1),
            "rule", "a"));
    assertThat(line.inputs().keySet()).containsExactly("open", "days", "from", "rule");
    assertThatThrownBy(() -> line.inputs().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void inputs_must_be_json_friendly() {
    assertThatThrownBy(() -> new Calculation("X-1", "test", BigDecimal.ONE,
        Calculation.inputs("list", List.of(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("input list must be a BigDecimal, String, Integer or LocalDate");
  }
}
