package be.contractflow.money;

import static be.contractflow.money.Calculation.inputs;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statutory interest rate for commercial transactions by half-year (law of 2 Aug 2002 art. 5),
 * read from a data file staff extend ({@value #RESOURCE}), and the interest it caps: consumer
 * interest may not exceed the statutory rate of each half-year it runs in (Code of Economic Law,
 * Book XIX; CLAUSES.md "Consumer clients"). A date after the last half-year of the table uses the
 * last known rate and says so ({@code rateSource}).
 */
public final class StatutoryRates {

  /** The shipped table on the classpath. */
  public static final String RESOURCE = "money/statutory-rates.csv";

  private static final String[] HEADER = {"halfYear", "ratePercent"};
  private static final Pattern HALF_YEAR = Pattern.compile("(\\d{4})-H([12])");

  /** The statutory rate that applies on a day, and where it comes from. */
  public record Rate(String halfYear, BigDecimal ratePercent, String source) {}

  private final TreeMap<HalfYear, BigDecimal> rates = new TreeMap<>();

  /** Reads a table in the format of {@value #RESOURCE}; refuses duplicates and gaps. */
  public StatutoryRates(Reader csv) {
    this(CsvRows.read("statutory rates", csv, HEADER));
  }

  private StatutoryRates(CsvRows table) {
    for (CsvRows.Row row : table.rows()) {
      Matcher key = HALF_YEAR.matcher(row.cell(0));
      if (!key.matches()) {
        throw table.error(row, "halfYear must look like 2026-H1 or 2026-H2, found " + row.cell(0));
      }
      HalfYear halfYear = new HalfYear(Integer.parseInt(key.group(1)), Integer.parseInt(key.group(2)));
      BigDecimal rate;
      try {
        rate = new BigDecimal(row.cell(1));
      } catch (NumberFormatException e) {
        throw table.error(row, "ratePercent must be a number such as 10.5, found " + row.cell(1));
      }
      if (rate.signum() < 0) {
        throw table.error(row, "ratePercent must not be negative, found " + row.cell(1));
      }
      if (rates.put(halfYear, rate) != null) {
        throw table.error(row, halfYear + " appears twice");
      }
    }
    if (rates.isEmpty()) {
      throw new IllegalArgumentException(table.source() + " holds no rate");
    }
    for (HalfYear h = rates.firstKey(); h.compareTo(rates.lastKey()) < 0; h = h.next()) {
      if (!rates.containsKey(h.next())) {
        throw new IllegalArgumentException(table.source() + ": " + h.next() + " is missing");
      }
    }
  }

  /** The table shipped with the application ({@value #RESOURCE}). */
  public static StatutoryRates shipped() {
    return new StatutoryRates(CsvRows.classpath(RESOURCE, HEADER));
  }

  /** A table from a file in the format of {@value #RESOURCE}. */
  public static StatutoryRates load(Path csv) {
    return new StatutoryRates(CsvRows.file(csv, HEADER));
  }

  /** The statutory rate of the half-year of {@code day}, or the last known one after the table. */
  public Rate rateOn(LocalDate day) {
    HalfYear halfYear = HalfYear.of(day);
    BigDecimal rate = rates.get(halfYear);
    if (rate != null) {
      return new Rate(halfYear.toString(), rate, "statutory rate " + halfYear);
    }
    if (halfYear.compareTo(rates.firstKey()) < 0) {
      throw new IllegalStateException("no statutory interest rate for " + halfYear + " (" + day
          + "): the table starts at " + rates.firstKey() + "; add the earlier half-years to "
          + RESOURCE);
    }
    HalfYear last = rates.lastKey();
    return new Rate(halfYear.toString(), rates.get(last),
        halfYear + " not yet in the table: last known rate (" + last + ") used");
  }

  /**
   * Consumer interest: simple interest, actual days / 365, on {@code open} for each day after
   * {@code accruesAfter} up to and including {@code paymentDate}, at the contractual rate capped,
   * half-year by half-year, at the statutory rate.
   *
   * @param clause the contractual interest clause being capped (e.g. {@code VIR-4}, {@code WJA-10b})
   * @param contractualAnnualRatePercent the contract's rate per year (WJA-10b's 1 %/month = 12);
   *     {@code null} when the contract states none: the statutory rate applies
   * @param accruesAfter the last day without interest (for a consumer, the day of the free email
   *     reminder: interest from the next day)
   */
  public Calculation consumerInterest(String clause, BigDecimal open,
      BigDecimal contractualAnnualRatePercent, LocalDate accruesAfter, LocalDate paymentDate) {
    Money.requireNotNegative(open, "open");
    if (contractualAnnualRatePercent != null) {
      Money.requireNotNegative(contractualAnnualRatePercent, "contractualAnnualRatePercent");
    }
    int days = LateInterest.daysLate(accruesAfter, paymentDate);
    BigDecimal interest = BigDecimal.ZERO;
    List<String> segments = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    boolean capped = false;
    LocalDate cursor = accruesAfter; // interest is due for the days after the cursor
    while (cursor.isBefore(paymentDate)) {
      LocalDate first = cursor.plusDays(1);
      LocalDate segmentEnd = min(HalfYear.of(first).lastDay(), paymentDate);
      int segmentDays = (int) ChronoUnit.DAYS.between(cursor, segmentEnd);
      Rate statutory = rateOn(first);
      BigDecimal rate = statutory.ratePercent();
      if (contractualAnnualRatePercent != null) {
        if (contractualAnnualRatePercent.compareTo(rate) > 0) {
          capped = true;
        } else {
          rate = contractualAnnualRatePercent;
        }
      }
      interest = interest.add(Money.percentOf(open, rate).multiply(BigDecimal.valueOf(segmentDays))
          .divide(LateInterest.DAYS_PER_YEAR, Money.EXACT));
      segments.add(statutory.halfYear() + ": " + segmentDays + " days at " + Money.plain(rate) + "%");
      if (!sources.contains(statutory.source())) {
        sources.add(statutory.source());
      }
      cursor = segmentEnd;
    }
    String contractual = contractualAnnualRatePercent == null
        ? "none stated" : Money.plain(contractualAnnualRatePercent) + "%/year";
    Map<String, Object> inputs = inputs("open", open, "contractualRate", contractual,
        "from", accruesAfter.plusDays(1), "to", paymentDate, "days", days, "dayCount", "actual/365",
        "segments", segments.isEmpty() ? "none" : String.join("; ", segments),
        "rateSource", sources.isEmpty() ? "none" : String.join("; ", sources),
        "cap", contractualAnnualRatePercent == null
            ? "no contractual rate: statutory rate (law of 2 Aug 2002 art. 5)"
            : capped ? "contractual rate capped at the statutory rate (CEL Book XIX)"
                : "contractual rate within the statutory rate");
    return new Calculation(clause,
        "Late interest, consumer, at most the statutory rate", interest, inputs);
  }

  /** Interest at the statutory rate where the contract states none (law of 2 Aug 2002 art. 5). */
  public Calculation statutoryInterest(String clause, BigDecimal open, LocalDate accruesAfter,
      LocalDate paymentDate) {
    Calculation interest = consumerInterest(clause, open, null, accruesAfter, paymentDate);
    return new Calculation(clause, "Late interest at the statutory rate", interest.amount(),
        interest.inputs());
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private record HalfYear(int year, int half) implements Comparable<HalfYear> {

    static HalfYear of(LocalDate day) {
      return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    HalfYear next() {
      return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
    }

    LocalDate lastDay() {
      return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    @Override
    public int compareTo(HalfYear other) {
      return Integer.compare(year * 2 + half, other.year * 2 + other.half);
    }

    @Override
    public String toString() {
      return year + "-H" + half;
    }
  }
}
