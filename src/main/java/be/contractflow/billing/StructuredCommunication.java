package be.contractflow.billing;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Belgian structured communication ("communication structurée", OGM/VCS) a payment quotes
 * instead of the invoice number: ten digits plus a two-digit check, the ten digits modulo 97
 * (97 when the remainder is 0), written {@code +++123/4567/89012+++}.
 */
public final class StructuredCommunication {

  private static final Pattern LENIENT = Pattern.compile("^\\s*[+*]{0,3}\\s*(\\d{3})\\s*/?\\s*(\\d{4})\\s*/?\\s*(\\d{5})\\s*[+*]{0,3}\\s*$");

  private StructuredCommunication() {}

  /** The 12 digits for a base of at most ten digits (e.g. year and sequence). */
  public static String of(long base) {
    if (base < 0 || base > 9_999_999_999L) {
      throw new IllegalArgumentException("base must have at most ten digits: " + base);
    }
    long check = base % 97;
    return String.format("%010d%02d", base, check == 0 ? 97 : check);
  }

  /** For invoice {@code seq} of {@code year}: year (4 digits) + sequence (6 digits) + check. */
  public static String forInvoice(int year, int seq) {
    return of(year * 1_000_000L + seq);
  }

  /** {@code +++123/4567/89012+++} for 12 digits. */
  public static String format(String digits) {
    return "+++" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/"
        + digits.substring(7) + "+++";
  }

  /**
   * The 12 digits of a communication written in any usual way ({@code +++…+++}, {@code ***…***},
   * with or without slashes), if its check digits are right.
   */
  public static Optional<String> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    var matcher = LENIENT.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String digits = matcher.group(1) + matcher.group(2) + matcher.group(3);
    long base = Long.parseLong(digits.substring(0, 10));
    return of(base).equals(digits) ? Optional.of(digits) : Optional.empty();
  }
}
