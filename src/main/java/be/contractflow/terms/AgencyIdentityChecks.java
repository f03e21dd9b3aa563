package be.contractflow.terms;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * Pure checks of an {@link AgencyIdentity}: every problem says the profile, the field, the value
 * and what to write instead, so a process owner who deployed a wrong row knows what to fix.
 */
public final class AgencyIdentityChecks {

  /** Fields a natural person may leave empty. */
  private static final Set<String> OPTIONAL = Set.of("legalForm");

  /** ISO 9362: bank (4 letters), country (2 letters), location (2), optional branch (3). */
  private static final Pattern BIC = Pattern.compile("[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}([A-Z0-9]{3})?");

  private AgencyIdentityChecks() {}

  /** Every problem of this row, empty when it may be printed on an invoice. */
  public static List<String> problems(AgencyIdentity identity) {
    var problems = new ArrayList<String>();
    String profile = identity.profile() == null ? "?" : identity.profile();
    for (RecordComponent component : AgencyIdentity.class.getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(identity);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      if ((value == null || value.toString().isBlank()) && !OPTIONAL.contains(component.getName())) {
        problems.add(problem(profile, component.getName(), value, "is missing: every row must state it"));
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    if (!"BE".equals(identity.countryCode())) {
      problems.add(problem(profile, "countryCode", identity.countryCode(),
          "is not supported: contractflow issues Belgian invoices, write \"BE\""));
    }
    if (!BelgianEnterpriseNumber.isValid(identity.enterpriseNumber())) {
      problems.add(problem(profile, "enterpriseNumber", identity.enterpriseNumber(),
          "is not a Belgian enterprise number (ten digits starting with 0 or 1, the last two = 97"
              + " − the first eight mod 97), e.g. \"0798.143.120\""));
    }
    if (!BelgianEnterpriseNumber.isValidVat(identity.vatNumber())) {
      problems.add(problem(profile, "vatNumber", identity.vatNumber(),
          "is not a Belgian VAT number (\"BE\" + a valid enterprise number), e.g. \"BE0798143120\""));
    } else if (!BelgianEnterpriseNumber.digits(identity.vatNumber())
        .equals(BelgianEnterpriseNumber.digits(identity.enterpriseNumber()))) {
      problems.add(problem(profile, "vatNumber", identity.vatNumber(),
          "is not the enterprise number " + identity.enterpriseNumber() + " prefixed with BE"));
    }
    if (!IBANValidator.getInstance().isValid(identity.ibanCompact())) {
      problems.add(problem(profile, "iban", identity.iban(),
          "is not a valid IBAN (ISO 13616: country, two check digits, account; mod 97 = 1)"));
    }
    var bic = BIC.matcher(identity.bic().trim());
    if (!bic.matches()) {
      problems.add(problem(profile, "bic", identity.bic(),
          "is not a BIC (ISO 9362: 8 or 11 letters and digits, e.g. \"GEBABEBB\")"));
    } else if (!identity.ibanCompact().startsWith(bic.group(1))) {
      problems.add(problem(profile, "bic", identity.bic(),
          "is in country " + bic.group(1) + " but the IBAN is in " + identity.ibanCompact().substring(0, 2)));
    }
    try {
      new InternetAddress(identity.senderEmail(), true).validate();
    } catch (AddressException e) {
      problems.add(problem(profile, "senderEmail", identity.senderEmail(),
          "is not an e-mail address (" + e.getMessage() + ")"));
    }
    String peppol = "0208:" + BelgianEnterpriseNumber.digits(identity.enterpriseNumber());
    if (!peppol.equals(identity.peppolParticipantId())) {
      problems.add(problem(profile, "peppolParticipantId", identity.peppolParticipantId(),
          "must be the scheme 0208 (Belgian enterprise number) and the enterprise number: \""
              + peppol + "\""));
    }
    return problems;
  }

  private static String problem(String profile, String field, Object value, String what) {
    return "agency-identity row '" + profile + "', output '" + field + "' = "
        + (value == null ? "null" : "'" + value + "'") + " " + what;
  }
}
