package be.contractflow.money;

import static be.contractflow.money.Calculation.inputs;

import be.contractflow.ledger.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * WJA-12: when non-payment persists after a formal notice, this contract and all other running
 * contracts with the client are resolved; the indemnity is a percentage (30 %) of the total price
 * of all resolved contracts, recurring ones annualised.
 */
public final class ResolutionIndemnity {

  /**
   * A resolved contract and its price: the total of a one-off contract, or the periodic price of a
   * recurring one (then annualised).
   */
  public record ResolvedContract(String contractNumber, BigDecimal price, Period period) {

    public ResolvedContract {
      Objects.requireNonNull(contractNumber, "contractNumber");
      Money.requireNotNegative(price, "price");
    }

    public static ResolvedContract oneOff(String contractNumber, BigDecimal totalPrice) {
      return new ResolvedContract(contractNumber, totalPrice, null);
    }

    public static ResolvedContract recurring(String contractNumber, BigDecimal periodicPrice,
        Period period) {
      return new ResolvedContract(contractNumber, periodicPrice, Objects.requireNonNull(period));
    }

    /** The price counted in the base: the total, or the periodic price × periods per year. */
    public BigDecimal annualisedPrice() {
      return period == null ? price : price.multiply(BigDecimal.valueOf(period.perYear()));
    }

    private String describe() {
      return period == null
          ? contractNumber + " " + price.toPlainString()
          : contractNumber + " " + price.toPlainString() + " × " + period.perYear() + " ("
              + period.name() + ") = " + annualisedPrice().toPlainString();
    }
  }

  private ResolutionIndemnity() {}

  /** {@code percent} % of the sum of the resolved contracts' (annualised) prices. */
  public static Calculation of(String clause, List<ResolvedContract> contracts, BigDecimal percent) {
    Objects.requireNonNull(contracts, "contracts");
    Money.requireNotNegative(percent, "percent");
    if (contracts.isEmpty()) {
      throw new IllegalArgumentException("a resolution resolves at least one contract");
    }
    BigDecimal base = contracts.stream()
        .map(ResolvedContract::annualisedPrice)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Calculation(clause,
        "Resolution indemnity " + Money.plain(percent) + "% of the resolved contracts",
        Money.percentOf(base, percent),
        inputs("contracts", contracts.stream().map(ResolvedContract::describe)
                .collect(Collectors.joining("; ")),
            "contractCount", contracts.size(), "base", base, "percent", percent));
  }
}
