package be.contractflow.money;

import static be.contractflow.money.Calculation.inputs;

import java.math.BigDecimal;

/**
 * A period's price for the part of it a contract runs: the last period of a contract that ends
 * before the period does (issue 5, "final or pro-rata invoices"):
 * {@code price × daysRun / daysInPeriod}, calendar days.
 */
public final class ProRata {

  private ProRata() {}

  public static Calculation of(String clause, BigDecimal price, int daysRun, int daysInPeriod) {
    Money.requireNotNegative(price, "price");
    Money.requireNotNegative(daysRun, "daysRun");
    if (daysInPeriod < 1 || daysRun > daysInPeriod) {
      throw new IllegalArgumentException("a period of " + daysInPeriod + " days cannot run "
          + daysRun + " days");
    }
    BigDecimal amount = daysRun == daysInPeriod ? price
        : price.multiply(BigDecimal.valueOf(daysRun))
            .divide(BigDecimal.valueOf(daysInPeriod), Money.EXACT);
    return new Calculation(clause, daysRun == daysInPeriod ? "Period in advance"
        : "Last period pro rata (" + daysRun + "/" + daysInPeriod + " days)", amount,
        inputs("price", price, "daysRun", daysRun, "daysInPeriod", daysInPeriod));
  }
}
