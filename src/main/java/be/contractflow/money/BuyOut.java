package be.contractflow.money;

import static be.contractflow.money.Calculation.inputs;

import java.math.BigDecimal;

/**
 * BDB-R10: after the first year, at the end of a contract year, a rental client may buy the site
 * out; the amounts already paid are deducted from the buy-out price, never below 0.
 */
public final class BuyOut {

  private BuyOut() {}

  /** {@code max(buyOutPrice − alreadyPaid, 0)}. */
  public static Calculation of(String clause, BigDecimal buyOutPrice, BigDecimal alreadyPaid) {
    Money.requireNotNegative(buyOutPrice, "buyOutPrice");
    Money.requireNotNegative(alreadyPaid, "alreadyPaid");
    BigDecimal rest = buyOutPrice.subtract(alreadyPaid);
    boolean floored = rest.signum() < 0;
    return new Calculation(clause, "Buy-out price net of amounts paid",
        floored ? BigDecimal.ZERO : rest,
        inputs("buyOutPrice", buyOutPrice, "alreadyPaid", alreadyPaid,
            "rule", floored ? "paid more than the price: nothing due, no refund" : "price minus amounts paid"));
  }
}
