package be.contractflow.terms;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Belgian enterprise number (BCE/KBO, Code of economic law art. III.17) and the VAT number
 * built on it: ten digits starting with 0 or 1, the last two being 97 − (the first eight mod 97).
 * A Belgian VAT number is {@code BE} followed by those ten digits. No maintained Java library on
 * Maven Central checks these; commons-validator covers the IBAN only.
 */
public final class BelgianEnterpriseNumber {

  private static final Pattern SHAPE = Pattern.compile("[01]\\d{9}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");

  private BelgianEnterpriseNumber() {}

  /** The ten digits of a number written {@code 0798.143.120}, {@code 0798 143 120} or {@code BE0798143120}. */
  public static String digits(String number) {
    if (number == null) {
      return "";
    }
    String compact = SEPARATORS.matcher(number.trim()).replaceAll("");
    if (compact.regionMatches(true, 0, "BE", 0, 2)) {
      compact = compact.substring(2);
    }
    return compact;
  }

  /** Whether the number has ten digits (nine-digit old numbers get a leading 0) and its check digits hold. */
  public static boolean isValid(String number) {
    String d = digits(number);
    if (d.length() == 9) {
      d = "0" + d;
    }
    if (!SHAPE.matcher(d).matches()) {
      return false;
    }
    long base = Long.parseLong(d.substring(0, 8));
    int check = Integer.parseInt(d.substring(8));
    return 97 - base % 97 == check;
  }

  /**
   * Whether {@code vatNumber} is a Belgian VAT number: {@code BE} then a valid enterprise number
   * (spaces and dots allowed).
   */
  public static boolean isValidVat(String vatNumber) {
    if (vatNumber == null) {
      return false;
    }
    String compact = SEPARATORS.matcher(vatNumber.trim()).replaceAll("");
    return compact.length() == 12 && compact.regionMatches(true, 0, "BE", 0, 2)
        && SHAPE.matcher(compact.substring(2)).matches() && isValid(compact.substring(2));
  }

  /** The VAT number in its compact form {@code BE0798143120}, when valid. */
  public static Optional<String> vatCompact(String vatNumber) {
    return isValidVat(vatNumber) ? Optional.of("BE" + digits(vatNumber)) : Optional.empty();
  }

  /** {@code 0798.143.120}. */
  public static String printed(String number) {
    String d = digits(number);
    return d.length() != 10 ? number : d.substring(0, 4) + "." + d.substring(4, 7) + "." + d.substring(7);
  }
}
