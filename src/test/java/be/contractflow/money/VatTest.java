package be.contractflow.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VatTest {

  @Test
  void WJA_6_vat_21_percent_is_added_to_prices_excluding_vat() {
    Calculation vat = Vat.on("WJA-6", new BigDecimal("1000.00"), Vat.STANDARD_RATE);
    assertThat(vat.amount()).isEqualTo("210.00");
    assertThat(vat.clause()).isEqualTo("WJA-6");
    assertThat(vat.label()).isEqualTo("VAT 21%");
    assertThat(vat.inputs()).containsEntry("amountExclVat", new BigDecimal("1000.00"))
        .containsEntry("ratePercent", BigDecimal.valueOf(21));
  }

  @Test
  void vat_is_rounded_half_up_on_the_final_amount() {
    // 99.99 × 21% = 20.9979
    assertThat(Vat.on("WJA-6", new BigDecimal("99.99"), Vat.STANDARD_RATE).amount()).isEqualTo("21.00");
    // 0.50 × 21% = 0.105
    assertThat(Vat.on("WJA-6", new BigDecimal("0.50"), Vat.STANDARD_RATE).amount()).isEqualTo("0.11");
  }
}
