package be.contractflow.money;

import static be.contractflow.money.Calculation.inputs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * VIR-8: the régie hourly rate is indexed once a year on the contract anniversary by the Belgian
 * consumer price index: {@code rate = base rate × CPI(month before the anniversary) / CPI(month
 * before the contract start)}, both values in the same base (CLAUSES.md, reading "Indexation").
 */
public final class Indexation {

  private Indexation() {}

  /**
   * The indexed rate applying from {@code anniversary}.
   *
   * @throws IllegalStateException when an index value is missing (naming the month to add) or the
   *     two values are in different bases
   */
  public static Calculation rate(String clause, CpiTable cpi, BigDecimal baseRate,
      LocalDate contractStart, LocalDate anniversary) {
    Objects.requireNonNull(cpi, "cpi");
    Money.requireNotNegative(baseRate, "baseRate");
    if (!anniversary.isAfter(contractStart)) {
      throw new IllegalArgumentException("the anniversary " + anniversary
          + " must come after the contract start " + contractStart);
    }
    CpiTable.Cpi start = cpi.of(YearMonth.from(contractStart).minusMonths(1));
    CpiTable.Cpi current = cpi.of(YearMonth.from(anniversary).minusMonths(1));
    if (!start.base().equals(current.base())) {
      throw new IllegalStateException("cannot index with CPI values in different bases: "
          + start.month() + " is in base " + start.base() + ", " + current.month() + " in base "
          + current.base() + "; add both months to the CPI table in the same base");
    }
    BigDecimal rate = baseRate.multiply(current.value()).divide(start.value(), Money.EXACT);
    return new Calculation(clause, "Hourly rate indexed on the anniversary", rate,
        inputs("baseRate", baseRate, "contractStart", contractStart, "anniversary", anniversary,
            "startIndexMonth", start.month().toString(), "startIndex", start.value(),
            "anniversaryIndexMonth", current.month().toString(), "anniversaryIndex", current.value(),
            "indexBase", start.base()));
  }
}
