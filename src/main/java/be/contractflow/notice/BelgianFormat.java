package be.contractflow.notice;

import be.contractflow.ledger.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one way amounts, numbers and dates are written in every e-mail, letter, quote, invoice and
 * credit note, in the client's language (README "Documents"):
 *
 * <ul>
 *   <li>French: {@code 1.234,56 €}, {@code 2 décembre 2026} — Belgian usage: a dot groups the
 *       thousands (as on Belgian bank statements and invoices), the euro sign follows;
 *   <li>Dutch: {@code € 1.234,56}, {@code 2 december 2026} — Belgian Dutch usage, the sign first;
 *   <li>English: {@code €1,234.56}, {@code 2 December 2026} — British usage.
 * </ul>
 *
 * The space around the euro sign is a no-break space, so an amount is never split over two lines.
 * Templates reach it as {@code fmt}: {@code ${fmt.amount(invoice.total)}}.
 */
public final class BelgianFormat {

  private static final char NBSP = '\u00a0';

  private final Language language;
  private final Locale locale;

  private BelgianFormat(Language language) {
    this.language = language;
    this.locale = switch (language) {
      case fr -> Locale.forLanguageTag("fr-BE");
      case nl -> Locale.forLanguageTag("nl-BE");
      case en -> Locale.forLanguageTag("en-GB");
    };
  }

  public static BelgianFormat of(Language language) {
    return new BelgianFormat(language);
  }

  /** The format of a locale made by {@link #locale()} (fr, nl, else en). */
  public static BelgianFormat of(Locale locale) {
    return of(switch (locale.getLanguage()) {
      case "fr" -> Language.fr;
      case "nl" -> Language.nl;
      default -> Language.en;
    });
  }

  public Language language() {
    return language;
  }

  /** The locale the dates and words use (fr-BE, nl-BE, en-GB). */
  public Locale locale() {
    return locale;
  }

  /** An amount in euro, two decimals: {@code 1.234,56 €}, {@code € 1.234,56}, {@code €1,234.56}. */
  public String amount(BigDecimal amount) {
    if (amount == null) {
      return NoticeRenderer.MISSING;
    }
    String sign = amount.signum() < 0 ? "-" : "";
    String digits = number(amount.abs(), 2, 2);
    return switch (language) {
      case fr -> sign + digits + NBSP + "€";
      case nl -> "€" + NBSP + sign + digits;
      case en -> sign + "€" + digits;
    };
  }

  /** A quantity or a number of hours: {@code 1,5}, {@code 12}, {@code 1.5}. */
  public String quantity(BigDecimal quantity) {
    return quantity == null ? NoticeRenderer.MISSING : number(quantity, 0, 2);
  }

  /** A percentage given in percent (21 → {@code 21 %}, {@code 21 %}, {@code 21%}). */
  public String percent(BigDecimal percent) {
    if (percent == null) {
      return NoticeRenderer.MISSING;
    }
    String digits = number(percent, 0, 2);
    return language == Language.en ? digits + "%" : digits + NBSP + "%";
  }

  /** A calendar day: {@code 2 décembre 2026}, {@code 2 december 2026}, {@code 2 December 2026}. */
  public String date(LocalDate date) {
    return date == null ? NoticeRenderer.MISSING
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
  }

  private String number(BigDecimal value, int minDecimals, int maxDecimals) {
    var symbols = new DecimalFormatSymbols(Locale.ROOT);
    boolean continental = language != Language.en;
    symbols.setGroupingSeparator(continental ? '.' : ',');
    symbols.setDecimalSeparator(continental ? ',' : '.');
    var format = new DecimalFormat("#,##0", symbols);
    format.setMinimumFractionDigits(minDecimals);
    format.setMaximumFractionDigits(maxDecimals);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }
}
