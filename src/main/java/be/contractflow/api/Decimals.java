package be.contractflow.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Decimals sent to {@code /api} (amounts, quantities, hours) read in bounded time: the text is
 * checked against a plain-decimal grammar of at most {@value #MAX_LENGTH} characters before
 * {@link BigDecimal} sees it, so {@code "1e10000000"} is refused as fast as {@code "abc"}, without
 * the unbounded work an exponent costs once the number is scaled or printed (issue 10, item 3).
 *
 * <p>Grammar: optional {@code +}, digits, optionally a dot and digits. No sign but plus, no
 * exponent, no thousands separator, no currency sign, no spaces inside.
 */
public final class Decimals {

  /** The largest amount {@code /api} takes: 1 000 000 000 (issue 10: "a sane magnitude"). */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

  static final int MAX_LENGTH = 32;

  private static final Pattern PLAIN = Pattern.compile("\\+?([0-9]+)(?:\\.([0-9]+))?");

  private Decimals() {}

  /**
   * A decimal of at most {@code scale} decimals between 0 (or more than 0 when {@code
   * zeroAllowed} is false) and {@code max}, read from a JSON string or the text of a JSON number.
   *
   * @param what how the refusal names the kind of value ("an amount", "a quantity")
   * @param example a value to show as "send e.g."
   */
  public static BigDecimal parse(String field, String value, int scale, BigDecimal max,
      boolean zeroAllowed, String what, String example) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException(field,
          "'" + field + "' is required: send " + what + " such as \"" + example + "\".");
    }
    String text = value.strip();
    if (text.length() > MAX_LENGTH) {
      throw new InvalidRequestException(field, "'" + field + "' is " + text.length()
          + " characters long, which is not " + what + ": send at most " + MAX_LENGTH
          + " characters, e.g. \"" + example + "\".");
    }
    if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
      throw new InvalidRequestException(field, "'" + field + "' is '" + text + "': exponent "
          + "notation is not accepted; write " + what + " out in full, e.g. \"" + example
          + "\".");
    }
    if (text.startsWith("-")) {
      throw new InvalidRequestException(field, "'" + field + "' is " + text + ": send a positive "
          + noun(what) + (zeroAllowed ? " or zero" : "") + " such as \"" + example + "\".");
    }
    var matcher = PLAIN.matcher(text);
    if (!matcher.matches()) {
      throw new InvalidRequestException(field, "'" + field + "' is '" + text + "', which is not "
          + what + ": send a decimal number such as \"" + example + "\" (a dot for decimals, "
          + "no currency sign, no thousands separator).");
    }
    String decimals = matcher.group(2) == null ? "" : matcher.group(2).replaceFirst("0+$", "");
    if (decimals.length() > scale) {
      throw new InvalidRequestException(field, "'" + field + "' is " + text + ": at most " + scale
          + (scale == 1 ? " decimal" : " decimals") + (scale == 2 ? " (cents)" : "")
          + ", e.g. \"" + example + "\".");
    }
    // at most MAX_LENGTH plain digits: BigDecimal's work is bounded
    BigDecimal number = new BigDecimal(text).setScale(scale, RoundingMode.UNNECESSARY);
    if (number.compareTo(max) > 0) {
      throw new InvalidRequestException(field, "'" + field + "' is " + text + ", more than the "
          + max.toPlainString() + " the API accepts: send " + what + " of at most "
          + max.toPlainString() + ".");
    }
    if (number.signum() == 0 && !zeroAllowed) {
      throw new InvalidRequestException(field, "'" + field + "' is " + text + ": send a positive "
          + noun(what) + " such as \"" + example + "\".");
    }
    return number;
  }

  private static String noun(String what) {
    return what.substring(what.indexOf(' ') + 1);
  }

  /** An amount in euros: more than 0, at most two decimals, at most {@link #MAX_AMOUNT}. */
  public static BigDecimal amount(String field, String value) {
    return parse(field, value, 2, MAX_AMOUNT, false, "an amount", "1210.00");
  }
}
