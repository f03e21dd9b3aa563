package be.contractflow.money;

import static be.contractflow.money.Calculation.inputs;

import be.contractflow.ledger.Period;
import java.math.BigDecimal;

/**
 * What a client owes when an order is cancelled: a percentage of the order amount (WJA-18: 30 %,
 * annualised for recurring services; BDB-10.2 before work starts: 30 %), or the share of the work
 * done (BDB-10.2 during the work), then net of what was already paid.
 */
public final class Cancellation {

  private Cancellation() {}

  /** {@code orderAmount × percent / 100} (WJA-18, BDB-10.2 before work starts: 30 %). */
  public static Calculation percentage(String clause, BigDecimal orderAmount, BigDecimal percent) {
    Money.requireNotNegative(orderAmount, "orderAmount");
    Money.requireNotNegative(percent, "percent");
    return new Calculation(clause, "Cancellation fee " + Money.plain(percent) + "% of the order",
        Money.percentOf(orderAmount, percent),
        inputs("orderAmount", orderAmount, "percent", percent));
  }

  /** WJA-18 recurring services: {@code periodic price × periods per year × percent / 100}. */
  public static Calculation annualised(String clause, BigDecimal periodicPrice, Period period,
      BigDecimal percent) {
    Money.requireNotNegative(periodicPrice, "periodicPrice");
    Money.requireNotNegative(percent, "percent");
    BigDecimal annualPrice = periodicPrice.multiply(BigDecimal.valueOf(period.perYear()));
    return new Calculation(clause,
        "Cancellation fee " + Money.plain(percent) + "% of the annualised price",
        Money.percentOf(annualPrice, percent),
        inputs("periodicPrice", periodicPrice, "period", period.name(),
            "periodsPerYear", period.perYear(), "annualPrice", annualPrice, "percent", percent));
  }

  /** BDB-10.2 during the work: the order amount pro rata of the work done (0–100 %). */
  public static Calculation proRata(String clause, BigDecimal orderAmount, BigDecimal percentDone) {
    Money.requireNotNegative(orderAmount, "orderAmount");
    Money.requireNotNegative(percentDone, "percentDone");
    if (percentDone.compareTo(Money.HUNDRED) > 0) {
      throw new IllegalArgumentException(
          "percentDone is a share of the work, at most 100, got " + Money.plain(percentDone));
    }
    return new Calculation(clause, "Cancellation, work done " + Money.plain(percentDone) + "%",
        Money.percentOf(orderAmount, percentDone),
        inputs("orderAmount", orderAmount, "percentDone", percentDone));
  }

  /**
   * The fee minus what the client already paid (e.g. the deposit). A negative result is a credit
   * note due to the client, returned signed and named so in {@code settlement}.
   */
  public static Calculation net(Calculation fee, BigDecimal alreadyPaid) {
    Money.requireNotNegative(alreadyPaid, "alreadyPaid");
    BigDecimal net = fee.amount().subtract(alreadyPaid);
    String settlement = net.signum() < 0
        ? "credit note: the client paid more than the fee"
        : net.signum() == 0 ? "settled by what was paid" : "invoice the balance";
    return new Calculation(fee.clause(), fee.label() + ", net of amounts paid", net,
        inputs("fee", fee.amount(), "feeLabel", fee.label(), "alreadyPaid", alreadyPaid,
            "settlement", settlement));
  }
}
