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
   * Parses an amount sent as a string or a number; refuses anything else, negative or zero
   * amounts, and more than two decimals, saying what to send.
   */
  public static BigDecimal parsePositive(String field, Object value) {
    if (value == null || value.toString().isBlank()) {
      throw new InvalidRequestException(field,
          "'" + field + "' is required: send an amount such as \"1210.00\".");
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(field, "'" + field + "' is '" + value
          + "', which is not an amount: send a decimal number such as \"1210.00\" "
          + "(a dot for decimals, no currency sign, no thousands separator).");
    }
    if (amount.signum() <= 0) {
      throw new InvalidRequestException(field, "'" + field + "' is " + amount.toPlainString()
          + ": send a positive amount such as \"1210.00\".");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new InvalidRequestException(field, "'" + field + "' is " + amount.toPlainString()
          + ": amounts have at most two decimals (cents).");
    }
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }
}
