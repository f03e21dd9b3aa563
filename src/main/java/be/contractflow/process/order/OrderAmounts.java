package be.contractflow.process.order;

import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.Period;
import be.contractflow.ledger.Quote;
import be.contractflow.money.Calculation;
import be.contractflow.money.Cancellation;
import be.contractflow.money.Deposits;
import be.contractflow.terms.Terms;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * The amounts of an order, chosen by the terms (never by profile name) and computed by the
 * calculators of {@code be.contractflow.money}: pure, no side effects.
 *
 * <p>The order amount excl. VAT is the quote's one-off lines, plus the régie estimate (hourly rate
 * × estimated hours) for {@link ContractKind#REGIE}, plus the annualised periodic price (periodic
 * price × periods per year) for recurring kinds (WJA-2, WJA-18: "annualised").
 */
public final class OrderAmounts {

  /** What the order's first invoice bills. */
  public record FirstInvoice(InvoiceKind kind, Calculation amount) {}

  private OrderAmounts() {}

  /** The one-off lines plus the régie estimate, excl. VAT. */
  public static BigDecimal oneOffExclVat(Quote quote) {
    BigDecimal total = quote.linesTotalExclVat();
    if (quote.kind() == ContractKind.REGIE && quote.hourlyRate() != null
        && quote.estimatedHours() != null) {
      total = total.add(quote.hourlyRate().multiply(quote.estimatedHours()));
    }
    return total;
  }

  /** The periodic price × periods per year, or zero for a one-off order. */
  public static BigDecimal annualisedExclVat(Quote quote) {
    if (!quote.kind().isRecurring() || quote.periodicPrice() == null || quote.period() == null) {
      return BigDecimal.ZERO;
    }
    return quote.periodicPrice().multiply(BigDecimal.valueOf(quote.period().perYear()));
  }

  /** The order amount excl. VAT: one-off part plus the annualised recurring part. */
  public static BigDecimal orderTotalExclVat(Quote quote) {
    return oneOffExclVat(quote).add(annualisedExclVat(quote));
  }

  /**
   * The order's first invoice per the terms' {@code depositKind}: a percentage of the order
   * (WJA-2, BDB-5.2b, BDB-16.4; of the annualised price for recurring services when the terms say
   * so), a flat number of régie hours (WJA-4), the first period in advance (BDB-R5.1, WJA-21,
   * VIR-4), or nothing (VIR-2: the quote's milestones).
   */
  public static Optional<FirstInvoice> firstInvoice(Terms.Order terms, Quote quote) {
    String clause = terms.depositClause();
    return switch (terms.depositKind()) {
      case NONE -> Optional.empty();
      case PERCENT -> {
        boolean onlyRecurring = quote.kind().isRecurring() && quote.lines().isEmpty()
            && quote.periodicPrice() != null;
        Calculation deposit = terms.depositAnnualised() && onlyRecurring
            ? Deposits.annualised(clause, quote.periodicPrice(), quote.period(),
                terms.depositPercent())
            : Deposits.percentage(clause, orderTotalExclVat(quote), terms.depositPercent());
        yield Optional.of(new FirstInvoice(InvoiceKind.DEPOSIT, deposit));
      }
      case REGIE_HOURS -> {
        if (quote.hourlyRate() == null) {
          throw new IllegalStateException("Quote " + quote.number() + " has no hourly rate: the "
              + clause + " deposit is " + terms.depositRegieHours() + " hours at that rate");
        }
        yield Optional.of(new FirstInvoice(InvoiceKind.DEPOSIT, Deposits.regieHours(clause,
            BigDecimal.valueOf(terms.depositRegieHours()), quote.hourlyRate())));
      }
      case FIRST_PERIOD -> {
        if (!quote.kind().isRecurring() || quote.periodicPrice() == null) {
          yield Optional.empty();
        }
        yield Optional.of(new FirstInvoice(InvoiceKind.PERIODIC, firstPeriod(clause, quote)));
      }
    };
  }

  private static Calculation firstPeriod(String clause, Quote quote) {
    if (quote.period() == Period.MONTHLY) {
      return Deposits.firstMonthly(clause, quote.periodicPrice(), BigDecimal.ZERO);
    }
    var inputs = new LinkedHashMap<String, Object>();
    inputs.put("periodicPrice", quote.periodicPrice());
    inputs.put("period", quote.period().name());
    return new Calculation(clause, "First period in advance", quote.periodicPrice(), inputs);
  }

  /**
   * The damages for a cancellation before work starts (WJA-18: 30 % of the order, annualised for
   * recurring services; BDB-10.2: 30 % of the total), or empty when the terms set none.
   */
  public static Optional<Calculation> cancellationFee(Terms.Order terms, Quote quote) {
    if (terms.cancellationPercent() == null) {
      return Optional.empty();
    }
    String clause = terms.cancellationClause();
    boolean onlyRecurring = quote.kind().isRecurring() && quote.lines().isEmpty()
        && quote.periodicPrice() != null;
    return Optional.of(terms.cancellationAnnualised() && onlyRecurring
        ? Cancellation.annualised(clause, quote.periodicPrice(), quote.period(),
            terms.cancellationPercent())
        : Cancellation.percentage(clause, orderTotalExclVat(quote), terms.cancellationPercent()));
  }

  /**
   * The amount for a cancellation during the work where the terms count the work done (BDB-10.2:
   * "au prorata des travaux effectués"; CC-1794 where the terms are silent): the order amount
   * excl. VAT × the share done.
   */
  public static Calculation proRataCancellationFee(Terms.Order terms, Quote quote,
      BigDecimal workDonePercent) {
    if (workDonePercent == null) {
      throw new IllegalArgumentException("the share of the work done is missing: "
          + terms.cancellationClause() + " counts the cancellation pro rata of the work done");
    }
    return Cancellation.proRata(terms.cancellationClause(), orderTotalExclVat(quote),
        workDonePercent);
  }
}
