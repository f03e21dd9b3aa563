package be.contractflow.money;

import static be.contractflow.money.Calculation.inputs;

import java.math.BigDecimal;

/**
 * BDB-13.4.1: a maintenance contract stopped for good at J+15 (renewal unpaid) is reactivated
 * only once "toutes les sommes" are received: the price of the maintenance contract plus a
 * surcharge for the interruption of service. The terms give no amount for the surcharge: it is
 * the agency's tariff, set by sales with the renewal price (BDB-16.2; docs/READINGS.md).
 */
public final class Reactivation {

  private Reactivation() {}

  /** {@code renewalPrice + surcharge}: what reactivates the contract, excl. VAT. */
  public static Calculation of(String clause, BigDecimal renewalPrice, BigDecimal surcharge) {
    Money.requireNotNegative(renewalPrice, "renewalPrice");
    Money.requireNotNegative(surcharge, "surcharge");
    return new Calculation(clause, "Reactivation after the definitive stop",
        renewalPrice.add(surcharge),
        inputs("renewalPrice", renewalPrice, "surcharge", surcharge,
            "rule", "price of the maintenance contract plus the surcharge for the interruption"));
  }
}
