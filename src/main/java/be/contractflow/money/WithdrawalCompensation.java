package be.contractflow.money;

import static be.contractflow.money.Calculation.inputs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a consumer owes when withdrawing from a service contract after expressly asking the work to
 * start inside the withdrawal period: "un montant proportionnel à ce qui a été fourni jusqu'au
 * moment où il a informé le professionnel de l'exercice du droit de rétractation, par rapport à
 * l'ensemble des prestations prévues par le contrat", calculated on the total price agreed (Code of
 * Economic Law VI.51 §3). The amount pays for services actually supplied: it is a price, excl. VAT
 * here, VAT added on the invoice or netted against what was paid.
 */
public final class WithdrawalCompensation {

  /** Code of Economic Law, art. VI.51 §3. */
  public static final String CLAUSE = "CEL-VI.51";

  private WithdrawalCompensation() {}

  /**
   * A creation (website, one-off work): the total price × the share of the work done on the day
   * of the withdrawal, 0–100 %, as production assessed it.
   */
  public static Calculation byWorkDone(BigDecimal totalPriceExclVat, BigDecimal percentDone) {
    Money.requireNotNegative(totalPriceExclVat, "totalPriceExclVat");
    Money.requireNotNegative(percentDone, "percentDone");
    if (percentDone.compareTo(Money.HUNDRED) > 0) {
      throw new IllegalArgumentException(
          "percentDone is a share of the work, at most 100, got " + Money.plain(percentDone));
    }
    return new Calculation(CLAUSE, "Services supplied before the withdrawal, work done "
        + Money.plain(percentDone) + "%", Money.percentOf(totalPriceExclVat, percentDone),
        inputs("totalPriceExclVat", totalPriceExclVat, "percentDone", percentDone));
  }

  /**
   * A service supplied over time (rental, hosting, maintenance): the price of the committed term ×
   * the calendar days served, from the first day of service to the day of the withdrawal included,
   * / the days of the term. A withdrawal before the service started owes nothing.
   */
  public static Calculation byDays(BigDecimal termPriceExclVat, LocalDate serviceStart,
      LocalDate withdrawnOn, LocalDate termLastDay) {
    Money.requireNotNegative(termPriceExclVat, "termPriceExclVat");
    if (termLastDay.isBefore(serviceStart)) {
      throw new IllegalArgumentException("the term ends (" + termLastDay + ") before it starts ("
          + serviceStart + ")");
    }
    long termDays = ChronoUnit.DAYS.between(serviceStart, termLastDay) + 1;
    long served = withdrawnOn.isBefore(serviceStart) ? 0
        : Math.min(termDays, ChronoUnit.DAYS.between(serviceStart, withdrawnOn) + 1);
    BigDecimal amount = termPriceExclVat.multiply(BigDecimal.valueOf(served))
        .divide(BigDecimal.valueOf(termDays), 10, RoundingMode.HALF_UP);
    return new Calculation(CLAUSE, "Services supplied before the withdrawal, " + served + "/"
        + termDays + " days", amount,
        inputs("termPriceExclVat", termPriceExclVat, "serviceStart", serviceStart,
            "withdrawnOn", withdrawnOn, "termLastDay", termLastDay,
            "daysServed", (int) served, "termDays", (int) termDays));
  }
}
