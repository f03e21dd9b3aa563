package be.contractflow.money;

import static be.contractflow.money.Calculation.inputs;

import java.math.BigDecimal;

/** VAT added on an amount excluding VAT (prices are excl. VAT, e.g. WJA-6). */
public final class Vat {

  /** The Belgian standard rate, 21 %. */
  public static final BigDecimal STANDARD_RATE = BigDecimal.valueOf(21);

  private Vat() {}

  /** {@code amountExclVat × ratePercent / 100}. */
  public static Calculation on(String clause, BigDecimal amountExclVat, BigDecimal ratePercent) {
    Money.requireNotNegative(amountExclVat, "amountExclVat");
    Money.requireNotNegative(ratePercent, "ratePercent");
    return new Calculation(clause, "VAT " + Money.plain(ratePercent) + "%",
        Money.percentOf(amountExclVat, ratePercent),
        inputs("amountExclVat", amountExclVat, "ratePercent", ratePercent));
  }
}
