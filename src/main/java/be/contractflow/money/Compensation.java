package be.contractflow.money;

import static be.contractflow.money.Calculation.inputs;

import java.math.BigDecimal;

/**
 * VIR-10: for a proven provider fault, compensation = price of the service × days the service
 * failed / days in the billing period, capped at the amount billed for that service.
 */
public final class Compensation {

  private Compensation() {}

  /**
   * {@code min(price × failedDays / daysInPeriod, billed)}.
   *
   * @param price the price of the service for the billing period
   * @param billed the amount billed for that service (the cap)
   */
  public static Calculation of(String clause, BigDecimal price, int failedDays, int daysInPeriod,
      BigDecimal billed) {
    Money.requireNotNegative(price, "price");
    Money.requireNotNegative(billed, "billed");
    Money.requireNotNegative(failedDays, "failedDays");
    if (daysInPeriod < 1) {
      throw new IllegalArgumentException("a billing period has at least 1 day, got " + daysInPeriod);
    }
    BigDecimal proRata = price.multiply(BigDecimal.valueOf(failedDays))
        .divide(BigDecimal.valueOf(daysInPeriod), Money.EXACT);
    boolean capped = proRata.compareTo(billed) > 0;
    return new Calculation(clause, "Compensation for " + failedDays + " days without service",
        capped ? billed : proRata,
        inputs("price", price, "failedDays", failedDays, "daysInPeriod", daysInPeriod,
            "billed", billed, "rule", capped ? "capped at the amount billed" : "pro rata of the days"));
  }
}
