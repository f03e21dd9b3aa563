package be.contractflow.money;

import static be.contractflow.money.Calculation.inputs;

import be.contractflow.ledger.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Deposits and payment schedules at order: a percentage of the order (WJA-2, BDB-5.2b), of the
 * annualised price for recurring services (WJA-2), a flat number of régie hours (WJA-4), a
 * schedule of shares (WJA-2: 50/40/10), the first periodic payment (BDB-R5.1).
 */
public final class Deposits {

  private Deposits() {}

  /** {@code percent} % of the order total (WJA-2, BDB-5.2b: 50 %). */
  public static Calculation percentage(String clause, BigDecimal orderTotal, BigDecimal percent) {
    Money.requireNotNegative(orderTotal, "orderTotal");
    Money.requireNotNegative(percent, "percent");
    return new Calculation(clause, "Deposit " + Money.plain(percent) + "%",
        Money.percentOf(orderTotal, percent),
        inputs("orderTotal", orderTotal, "percent", percent));
  }

  /**
   * WJA-2 successive services: {@code percent} % of the annualised price (periodic price × periods
   * per year), whatever the contract's actual duration.
   */
  public static Calculation annualised(String clause, BigDecimal periodicPrice, Period period,
      BigDecimal percent) {
    Money.requireNotNegative(periodicPrice, "periodicPrice");
    Money.requireNotNegative(percent, "percent");
    BigDecimal annualPrice = periodicPrice.multiply(BigDecimal.valueOf(period.perYear()));
    return new Calculation(clause, "Deposit " + Money.plain(percent) + "% of the annualised price",
        Money.percentOf(annualPrice, percent),
        inputs("periodicPrice", periodicPrice, "period", period.name(),
            "periodsPerYear", period.perYear(), "annualPrice", annualPrice, "percent", percent));
  }

  /** WJA-4 work en régie: a flat deposit of {@code hours} at the hourly rate in force at order. */
  public static Calculation regieHours(String clause, BigDecimal hours, BigDecimal hourlyRate) {
    Money.requireNotNegative(hours, "hours");
    Money.requireNotNegative(hourlyRate, "hourlyRate");
    return new Calculation(clause, "Deposit " + Money.plain(hours) + " hours en régie",
        hours.multiply(hourlyRate), inputs("hours", hours, "hourlyRate", hourlyRate));
  }

  /**
   * A payment schedule (WJA-2 default: 50 % at order, 40 % during development, 10 % at delivery):
   * one line per share, each rounded to the cent, the last one taking the rounding remainder so
   * the lines add up to the total exactly.
   *
   * @param percents the shares in order, adding up to 100
   */
  public static List<Calculation> schedule(String clause, BigDecimal total, List<BigDecimal> percents) {
    Money.requireNotNegative(total, "total");
    Objects.requireNonNull(percents, "percents");
    if (percents.isEmpty()) {
      throw new IllegalArgumentException("a schedule needs at least one share");
    }
    percents.forEach(p -> Money.requireNotNegative(p, "share"));
    BigDecimal sum = percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.compareTo(Money.HUNDRED) != 0) {
      throw new IllegalArgumentException("schedule shares must add up to 100%, got "
          + Money.plain(sum) + "% " + percents.stream().map(Money::plain).toList());
    }
    BigDecimal target = Money.cents(total);
    List<Calculation> lines = new ArrayList<>();
    BigDecimal scheduled = BigDecimal.ZERO;
    for (int i = 0; i < percents.size(); i++) {
      BigDecimal percent = percents.get(i);
      boolean last = i == percents.size() - 1;
      BigDecimal share = last ? target.subtract(scheduled) : Money.cents(Money.percentOf(total, percent));
      scheduled = scheduled.add(share);
      lines.add(new Calculation(clause,
          "Instalment " + (i + 1) + " of " + percents.size() + " (" + Money.plain(percent) + "%)", share,
          inputs("total", total, "percent", percent, "instalment", i + 1,
              "instalments", percents.size(),
              "rounding", last ? "remainder of the total" : "half-up to the cent")));
    }
    return List.copyOf(lines);
  }

  /**
   * BDB-R5.1 / R5.2: the first monthly payment of a rental = the monthly price plus the monthly
   * price of the options.
   */
  public static Calculation firstMonthly(String clause, BigDecimal monthlyPrice, BigDecimal monthlyOptions) {
    Money.requireNotNegative(monthlyPrice, "monthlyPrice");
    Money.requireNotNegative(monthlyOptions, "monthlyOptions");
    return new Calculation(clause, "First monthly payment", monthlyPrice.add(monthlyOptions),
        inputs("monthlyPrice", monthlyPrice, "monthlyOptions", monthlyOptions));
  }

  /**
   * The balance at delivery (BDB-16.4, BDB-11.2, WJA-2): the price less everything already invoiced
   * for it — the deposit, the progress instalment and any intermediate invoice for the work done
   * while the client's elements were late (BDB-11.2: an instalment of the quoted price, not an
   * extra) — so that the invoices add up to the price to the cent. Never below zero.
   *
   * @param invoiced the price invoices already issued, number → amount excl. VAT, in issue order
   */
  public static Calculation balance(String clause, BigDecimal total,
      java.util.Map<String, BigDecimal> invoiced) {
    Money.requireNotNegative(total, "total");
    BigDecimal already = invoiced.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal rest = total.subtract(already);
    String list = invoiced.entrySet().stream()
        .map(e -> e.getKey() + " " + Money.cents(e.getValue()).toPlainString())
        .collect(java.util.stream.Collectors.joining(", "));
    return new Calculation(clause, "Balance: the price less " + invoiced.size()
        + " invoice(s) already issued", rest.signum() < 0 ? BigDecimal.ZERO : rest,
        inputs("total", total, "alreadyInvoiced", already,
            "invoices", list.isEmpty() ? "none" : list));
  }
}
