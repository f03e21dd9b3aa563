package be.contractflow.money;

import static be.contractflow.money.Calculation.inputs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Late-payment interest on an open amount (incl. VAT; interest carries no VAT).
 *
 * <ul>
 *   <li>Simple interest, actual days / 365, from the day after the due date to the payment date
 *       (VIR-4.r 10 %/year, BDB-16.6 10 %/year): the number of days is {@code paymentDate −
 *       dueDate}.
 *   <li>Per started month (WJA-10b): {@code open × monthly rate × started months} from the issue
 *       date, every started month due in full.
 * </ul>
 *
 * Consumer interest capped at the statutory rate is {@link StatutoryRates#consumerInterest}.
 */
public final class LateInterest {

  static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

  private LateInterest() {}

  /**
   * {@code open × annualRatePercent / 100 × days / 365} with {@code days = paymentDate − dueDate}
   * (0 when paid on or before the due date).
   */
  public static Calculation simple(String clause, BigDecimal open, BigDecimal annualRatePercent,
      LocalDate dueDate, LocalDate paymentDate) {
    Money.requireNotNegative(open, "open");
    Money.requireNotNegative(annualRatePercent, "annualRatePercent");
    int days = daysLate(dueDate, paymentDate);
    BigDecimal interest = Money.percentOf(open, annualRatePercent)
        .multiply(BigDecimal.valueOf(days))
        .divide(DAYS_PER_YEAR, Money.EXACT);
    return new Calculation(clause, "Late interest " + Money.plain(annualRatePercent) + "%/year",
        interest,
        inputs("open", open, "annualRatePercent", annualRatePercent, "dueDate", dueDate,
            "from", dueDate.plusDays(1), "to", paymentDate, "days", days, "dayCount", "actual/365"));
  }

  /**
   * WJA-10b: {@code open × monthlyRatePercent / 100 × startedMonths(issueDate, paymentDate)}.
   */
  public static Calculation perStartedMonth(String clause, BigDecimal open,
      BigDecimal monthlyRatePercent, LocalDate issueDate, LocalDate paymentDate) {
    Money.requireNotNegative(open, "open");
    Money.requireNotNegative(monthlyRatePercent, "monthlyRatePercent");
    int months = startedMonths(issueDate, paymentDate);
    return new Calculation(clause,
        "Late interest " + Money.plain(monthlyRatePercent) + "% per started month",
        Money.percentOf(open, monthlyRatePercent).multiply(BigDecimal.valueOf(months)),
        inputs("open", open, "monthlyRatePercent", monthlyRatePercent, "issueDate", issueDate,
            "paymentDate", paymentDate, "startedMonths", months));
  }

  /**
   * Calendar months started between {@code issueDate} and {@code paymentDate} (WJA-10b reading):
   * 0 when paid on the issue day, 1 from the next day up to and including the same quantième a
   * month later, 2 from the day after that, … Months are calendar months from the issue date:
   * issued 31 Jan, paid 28 Feb = 1 month, paid 1 Mar = 2 months.
   */
  public static int startedMonths(LocalDate issueDate, LocalDate paymentDate) {
    Objects.requireNonNull(issueDate, "issueDate");
    Objects.requireNonNull(paymentDate, "paymentDate");
    if (!paymentDate.isAfter(issueDate)) {
      return 0;
    }
    // the smallest k with issueDate + k months >= paymentDate; MONTHS.between is k or k - 1
    int months = (int) Math.max(1, ChronoUnit.MONTHS.between(issueDate, paymentDate));
    while (issueDate.plusMonths(months).isBefore(paymentDate)) {
      months++;
    }
    return months;
  }

  static int daysLate(LocalDate dueDate, LocalDate paymentDate) {
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(paymentDate, "paymentDate");
    return (int) Math.max(0, ChronoUnit.DAYS.between(dueDate, paymentDate));
  }
}
