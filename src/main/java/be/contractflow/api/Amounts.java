package be.contractflow.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts on the wire: JSON strings with two decimals ({@code "1210.00"}), as SPEC.md says. */
public final class Amounts {

  private Amounts() {}

  public static String format(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * Parses an amount sent as a string (or the text of a JSON number): more than zero, at most
   * two decimals and {@link Decimals#MAX_AMOUNT}, no exponent, read in bounded time.
   */
  public static BigDecimal parsePositive(String field, String value) {
    return Decimals.amount(field, value);
  }
}
