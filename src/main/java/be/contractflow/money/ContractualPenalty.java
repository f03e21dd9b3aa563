package be.contractflow.money;

import static be.contractflow.money.Calculation.inputs;

import java.math.BigDecimal;

/**
 * A contractual penalty per violation found (BDB-17.3: 3 800 EUR for each violation of the
 * content rules, "autant de fois la pénalité que le nombre de violations"). Damages: no VAT.
 */
public final class ContractualPenalty {

  private ContractualPenalty() {}

  /** {@code penaltyPerViolation × violations}. */
  public static Calculation perViolation(String clause, BigDecimal penaltyPerViolation,
      int violations) {
    Money.requireNotNegative(penaltyPerViolation, "penaltyPerViolation");
    if (violations < 1) {
      throw new IllegalArgumentException("at least one violation, got " + violations);
    }
    return new Calculation(clause, "Contractual penalty, " + violations + " violation(s) x "
        + Money.cents(penaltyPerViolation).toPlainString() + " EUR",
        penaltyPerViolation.multiply(BigDecimal.valueOf(violations)),
        inputs("penaltyPerViolation", penaltyPerViolation, "violations", violations));
  }
}
