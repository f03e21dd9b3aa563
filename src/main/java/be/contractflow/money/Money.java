package be.contractflow.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Amount helpers shared by the calculators. Amounts are EUR {@link BigDecimal}s; intermediate
 * results stay exact (or 34 significant digits after a division) and are rounded half-up to the
 * cent once, on the final amount of each line (CLAUSES.md conventions).
 */
public final class Money {

  /** 0.00 €. */
  public static final BigDecimal ZERO = new BigDecimal("0.00");

  /** Precision of divisions before the final rounding. */
  static final MathContext EXACT = MathContext.DECIMAL128;

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Money() {}

  /** {@code amount} rounded half-up to the cent. */
  public static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** {@code percent} % of {@code amount}, unrounded. */
  static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
    return amount.multiply(percent).movePointLeft(2);
  }

  /** {@code 21}, {@code 12.5}: a number as people write it, for labels. */
  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  static BigDecimal requireNotNegative(BigDecimal amount, String name) {
    Objects.requireNonNull(amount, name);
    if (amount.signum() < 0) {
      throw new IllegalArgumentException(name + " must not be negative, got " + amount.toPlainString());
    }
    return amount;
  }

  static int requireNotNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, got " + value);
    }
    return value;
  }
}
