package be.contractflow.money;

import static be.contractflow.money.Calculation.inputs;

import java.math.BigDecimal;

/**
 * Extra time billed pro rata of the time spent (BDB-8.4: large text changes asked at delivery,
 * "un supplément au prorata du temps supplémentaire passé", after warning the client by email):
 * extra hours × the hourly rate, excl. VAT.
 */
public final class ExtraTime {

  private ExtraTime() {}

  /** {@code extraHours × hourlyRateExclVat}. */
  public static Calculation proRata(String clause, BigDecimal extraHours,
      BigDecimal hourlyRateExclVat) {
    Money.requireNotNegative(extraHours, "extraHours");
    Money.requireNotNegative(hourlyRateExclVat, "hourlyRateExclVat");
    return new Calculation(clause, "Extra time on large text changes, "
        + Money.plain(extraHours) + " h x " + Money.cents(hourlyRateExclVat).toPlainString()
        + " EUR", extraHours.multiply(hourlyRateExclVat),
        inputs("extraHours", extraHours, "hourlyRateExclVat", hourlyRateExclVat));
  }
}
