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
 * and the interest it caps: consumer interest may not exceed the statutory rate of each half-year
 * it runs in (Code of Economic Law, Book XIX; CLAUSES.md "Consumer clients"). The table is data a
 * process owner extends without a build: the DMN decision {@value #DECISION} ({@value
 * #RESOURCE}, deployed from Camunda Modeler), one row per published half-year whose annotation
 * cites its source ({@link #fromDecision}); a CSV in the same shape is read for tests. A date
 * after the last half-year of the table uses the last known rate and says so ({@code rateSource},
 * {@link Rate#published()} false).
 */
public final class StatutoryRates {

  /** The decision holding the table. */
  public static final String DECISION = "statutory-rate";
  /** The shipped table on the classpath. */
  public static final String RESOURCE = "bpmn/statutory-rates.dmn";

  private static final String[] HEADER = {"halfYear", "ratePercent"};
  private static final Pattern HALF_YEAR = Pattern.compile("(\\d{4})-H([12])");

  /**
   * The statutory rate that applies on a day, and where it comes from.
   *
   * @param published false when the half-year is not in the table yet and the last known rate
   *     stands in for it (to be confirmed before a consumer notice carries it)
   */
  public record Rate(String halfYear, BigDecimal ratePercent, String source, boolean published) {}

  /** One row of the table: the half-year ({@code 2026-H2}), its rate, the source it cites. */
  public record Row(String halfYear, String ratePercent, String source) {}

  private final TreeMap<HalfYear, BigDecimal> rates = new TreeMap<>();
  private final java.util.Map<HalfYear, String> rowSources = new java.util.HashMap<>();
  private final String tableName;

  /** Reads a table in the format of {@value #RESOURCE}; refuses duplicates and gaps. */
  public StatutoryRates(Reader csv) {
    this(CsvRows.read("statutory rates", csv, HEADER));
  }

  private StatutoryRates(CsvRows table) {
    this(table.source(), table.rows().stream()
        .map(row -> new Row(row.cell(0), row.cell(1), null)).toList(),
        index -> table.error(table.rows().get(index), ""));
  }

  private StatutoryRates(String tableName, List<Row> rows,
      java.util.function.IntFunction<IllegalArgumentException> where) {
    this.tableName = tableName;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      String at = where.apply(i).getMessage();
      Matcher key = HALF_YEAR.matcher(row.halfYear() == null ? "" : row.halfYear().trim());
      if (!key.matches()) {
        throw new IllegalArgumentException(at + "halfYear must look like 2026-H1 or 2026-H2, found "
            + row.halfYear());
      }
      HalfYear halfYear = new HalfYear(Integer.parseInt(key.group(1)), Integer.parseInt(key.group(2)));
      BigDecimal rate;
      try {
        rate = new BigDecimal(row.ratePercent().trim()).stripTrailingZeros();
      } catch (NumberFormatException | NullPointerException e) {
        throw new IllegalArgumentException(at + "ratePercent must be a number such as 10.5, found "
            + row.ratePercent());
      }
      if (rate.signum() < 0) {
        throw new IllegalArgumentException(at + "ratePercent must not be negative, found "
            + row.ratePercent());
      }
      if (rate.scale() < 0) {
        rate = rate.setScale(0);
      }
      if (rates.put(halfYear, rate) != null) {
        throw new IllegalArgumentException(at + halfYear + " appears twice");
      }
      if (row.source() != null && !row.source().isBlank()) {
        rowSources.put(halfYear, row.source().trim());
      }
    }
    if (rates.isEmpty()) {
      throw new IllegalArgumentException(tableName + " holds no rate");
    }
    for (HalfYear h = rates.firstKey(); h.compareTo(rates.lastKey()) < 0; h = h.next()) {
      if (!rates.containsKey(h.next())) {
        throw new IllegalArgumentException(tableName + ": " + h.next() + " is missing");
      }
    }
  }

  /** A table from rows (e.g. a DMN decision's rules); {@code tableName} names it in messages. */
  public static StatutoryRates of(String tableName, List<Row> rows) {
    return new StatutoryRates(tableName, rows, index -> new IllegalArgumentException(
        tableName + ", row " + (index + 1) + ": "));
  }

  /**
   * The table of a {@value #DECISION} decision: one rule per half-year (input entry {@code
   * "2026-H2"}, output the rate), its annotation (rule description) the source it cites.
   */
  public static StatutoryRates fromDecision(String tableName,
      org.camunda.bpm.model.dmn.DmnModelInstance model) {
    var decision = (org.camunda.bpm.model.dmn.instance.Decision) model.getModelElementById(DECISION);
    if (decision == null) {
      throw new IllegalArgumentException(tableName + " has no decision '" + DECISION + "'");
    }
    var table = (org.camunda.bpm.model.dmn.instance.DecisionTable) decision.getExpression();
    List<Row> rows = new ArrayList<>();
    for (var rule : table.getRules()) {
      String halfYear = rule.getInputEntries().iterator().next().getTextContent()
          .replace("\"", "").trim();
      String rate = rule.getOutputEntries().iterator().next().getTextContent().trim();
      String source = rule.getDescription() == null ? null : rule.getDescription().getTextContent();
      rows.add(new Row(halfYear, rate, source));
    }
    return of(tableName, rows);
  }

  /** The table shipped with the application ({@value #RESOURCE}), for tests and tools. */
  public static StatutoryRates shipped() {
    try (var in = StatutoryRates.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      return fromDecision(RESOURCE, org.camunda.bpm.model.dmn.Dmn.readModelFromStream(in));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The last half-year in the table, e.g. {@code 2026-H2}. */
  public String lastKnownHalfYear() {
    return rates.lastKey().toString();
  }

  /** Whether the half-year of {@code day} is in the table (its rate is published). */
  public boolean isPublished(LocalDate day) {
    return rates.containsKey(HalfYear.of(day));
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
      String source = rowSources.get(halfYear);
      return new Rate(halfYear.toString(), rate, "statutory rate " + halfYear
          + (source == null ? "" : " (" + source + ")"), true);
    }
    if (halfYear.compareTo(rates.firstKey()) < 0) {
      throw new IllegalStateException("no statutory interest rate for " + halfYear + " (" + day
          + "): the table starts at " + rates.firstKey() + "; add the earlier half-years to "
          + tableName);
    }
    HalfYear last = rates.lastKey();
    return new Rate(halfYear.toString(), rates.get(last),
        halfYear + " not yet in the table: last known rate (" + last + ") used", false);
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
    boolean allPublished = true;
    for (LocalDate d = accruesAfter.plusDays(1); !d.isAfter(paymentDate);
        d = HalfYear.of(d).lastDay().plusDays(1)) {
      allPublished &= isPublished(d);
    }
    Map<String, Object> inputs = inputs("open", open, "contractualRate", contractual,
        "from", accruesAfter.plusDays(1), "to", paymentDate, "days", days, "dayCount", "actual/365",
        "segments", segments.isEmpty() ? "none" : String.join("; ", segments),
        "rateSource", sources.isEmpty() ? "none" : String.join("; ", sources),
        "ratePublished", allPublished ? "yes" : "no: last known rate used, to be confirmed",
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
