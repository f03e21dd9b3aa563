package be.contractflow.money;

import static be.contractflow.money.Calculation.inputs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

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

  /**
   * The part of a period invoiced in advance that falls after the contract's last day (issue 5,
   * "final or pro-rata invoices"): {@code amountInvoiced × daysAfterEnd / daysInPeriod}, calendar
   * days, where the period runs {@code periodStart}–{@code periodEnd} inclusive and the contract
   * runs until {@code effectiveEnd} inclusive. Zero when the period ends on or before the last day;
   * the whole amount when it starts after it.
   *
   * @param clause the clause that ended the contract (the credit's reason)
   * @param amountInvoiced the amount invoiced for the period, excl. VAT
   */
  public static Calculation credit(String clause, BigDecimal amountInvoiced, LocalDate periodStart,
      LocalDate periodEnd, LocalDate effectiveEnd) {
    Money.requireNotNegative(amountInvoiced, "amountInvoiced");
    if (periodEnd.isBefore(periodStart)) {
      throw new IllegalArgumentException("a period cannot end (" + periodEnd + ") before it starts ("
          + periodStart + ")");
    }
    int daysInPeriod = (int) ChronoUnit.DAYS.between(periodStart, periodEnd) + 1;
    LocalDate firstDayAfter = effectiveEnd.plusDays(1).isAfter(periodStart)
        ? effectiveEnd.plusDays(1) : periodStart;
    int daysAfter = firstDayAfter.isAfter(periodEnd) ? 0
        : (int) ChronoUnit.DAYS.between(firstDayAfter, periodEnd) + 1;
    BigDecimal amount = daysAfter == daysInPeriod ? amountInvoiced
        : amountInvoiced.multiply(BigDecimal.valueOf(daysAfter))
            .divide(BigDecimal.valueOf(daysInPeriod), Money.EXACT);
    return new Calculation(clause, "Credit for " + daysAfter + "/" + daysInPeriod
        + " days invoiced after the last day " + effectiveEnd, amount,
        inputs("amountInvoiced", amountInvoiced, "periodStart", periodStart, "periodEnd", periodEnd,
            "effectiveEndDate", effectiveEnd, "daysCredited", daysAfter,
            "daysInPeriod", daysInPeriod));
  }
}
