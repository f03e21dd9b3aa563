package be.contractflow.money;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Belgian consumer price index values by month (Statbel), each with its base (e.g.
 * {@code 2013=100}), for VIR-8 indexation. Shipped as {@value #RESOURCE}; staff extend it by adding
 * a line per published month, or point the application at their own file ({@link #load(Path)}).
 * No network access at run time.
 */
public final class CpiTable {

  /** The shipped table on the classpath. */
  public static final String RESOURCE = "money/cpi-be.csv";

  private static final String[] HEADER = {"month", "value", "base"};

  /** One published index value. */
  public record Cpi(YearMonth month, BigDecimal value, String base) {}

  private final String source;
  private final Map<YearMonth, Cpi> values = new TreeMap<>();

  /** Reads a table in the format of {@value #RESOURCE} ({@code month,value,base}). */
  public CpiTable(Reader csv) {
    this(CsvRows.read("CPI table", csv, HEADER));
  }

  private CpiTable(CsvRows table) {
    this.source = table.source();
    for (CsvRows.Row row : table.rows()) {
      YearMonth month;
      BigDecimal value;
      try {
        month = YearMonth.parse(row.cell(0));
      } catch (DateTimeParseException e) {
        throw table.error(row, "month must look like 2026-01, found " + row.cell(0));
      }
      try {
        value = new BigDecimal(row.cell(1));
      } catch (NumberFormatException e) {
        throw table.error(row, "value must be a number such as 128.73, found " + row.cell(1));
      }
      if (value.signum() <= 0) {
        throw table.error(row, "value must be positive, found " + row.cell(1));
      }
      if (row.cell(2).isEmpty()) {
        throw table.error(row, "base is missing (e.g. 2013=100)");
      }
      if (values.put(month, new Cpi(month, value, row.cell(2))) != null) {
        throw table.error(row, month + " appears twice");
      }
    }
  }

  /** The table shipped with the application ({@value #RESOURCE}). */
  public static CpiTable shipped() {
    return new CpiTable(CsvRows.classpath(RESOURCE, HEADER));
  }

  /** A table from a file in the format of {@value #RESOURCE}. */
  public static CpiTable load(Path csv) {
    return new CpiTable(CsvRows.file(csv, HEADER));
  }

  /**
   * The index of {@code month}.
   *
   * @throws IllegalStateException naming the month to add when the table does not have it
   */
  public Cpi of(YearMonth month) {
    Cpi cpi = values.get(month);
    if (cpi == null) {
      throw new IllegalStateException("the consumer price index of " + month + " is missing from "
          + source + ": add the line \"" + month + ",<value>,<base>\" with Statbel's published value");
    }
    return cpi;
  }
}
