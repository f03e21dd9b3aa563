package be.contractflow.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BuyOutTest {

  @Test
  void BDB_R10_the_amounts_already_paid_are_deducted_from_the_buy_out_price() {
    // 12 monthly payments of 59.00 = 708.00
    Calculation buyOut = BuyOut.of("BDB-R10", new BigDecimal("2400.00"), new BigDecimal("708.00"));
    assertThat(buyOut.amount()).isEqualTo("1692.00");
    assertThat(buyOut.clause()).isEqualTo("BDB-R10");
  }

  @Test
  void BDB_R10_the_buy_out_price_never_goes_below_zero() {
    Calculation buyOut = BuyOut.of("BDB-R10", new BigDecimal("600.00"), new BigDecimal("708.00"));
    assertThat(buyOut.amount()).isEqualTo("0.00");
    assertThat(buyOut.inputs()).containsEntry("rule", "paid more than the price: nothing due, no refund");
  }
}
