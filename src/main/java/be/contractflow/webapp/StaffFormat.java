package be.contractflow.webapp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How amounts and dates are written for the agency's staff in Tasklist (cards and forms): the
 * Belgian way, {@code € 1.234,56} and {@code 02/12/2026}, never an ISO date nor a bare number.
 */
public final class StaffFormat {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private StaffFormat() {}

  /** {@code € 1.234,56}; {@code null} stays {@code null}. */
  public static String euros(BigDecimal amount) {
    if (amount == null) {
      return null;
    }
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
    return "€ " + format.format(amount.setScale(2, RoundingMode.HALF_UP));
  }

  /** {@code 02/12/2026}; {@code null} stays {@code null}. */
  public static String day(LocalDate date) {
    return date == null ? null : DAY.format(date);
  }
}
