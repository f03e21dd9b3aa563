package be.contractflow.terms;

import be.contractflow.ledger.Language;
import java.io.Serializable;

/**
 * Who an agency is on every document it sends: one row of the decision {@code agency-identity}
 * ({@code bpmn/agency-identity.dmn}), each component the output of the same name. Checked by
 * {@link AgencyIdentityChecks} at start and whenever a row is read.
 *
 * @param legalForm {@code SRL}, {@code SA}…; null for a natural person
 * @param enterpriseNumber the BCE/KBO number as {@code 0798.143.120}
 * @param vatNumber {@code BE} + the enterprise number's ten digits
 * @param iban the account clients pay to, grouped by four or compact
 * @param peppolParticipantId {@code 0208:} + the enterprise number's ten digits
 */
public record AgencyIdentity(
    String profile,
    String legalName,
    String legalForm,
    String street,
    String postalCode,
    String city,
    String countryCode,
    String enterpriseNumber,
    String vatNumber,
    String iban,
    String bic,
    String senderName,
    String senderEmail,
    String courtFr,
    String courtNl,
    String courtEn,
    String peppolParticipantId)
    implements Serializable {

  /** The legal name followed by the legal form: "Virtura SRL", "Benjamin De Bruijne". */
  public String displayName() {
    return legalForm == null || legalForm.isBlank() ? legalName : legalName + " " + legalForm;
  }

  /** "Rue de la Station 1, 4557 Tinlot". */
  public String addressLine() {
    return street + ", " + postalCode + " " + city;
  }

  /** The competent court, named in the client's language. */
  public String court(Language language) {
    return switch (language) {
      case fr -> courtFr;
      case nl -> courtNl;
      case en -> courtEn;
    };
  }

  /** The IBAN without spaces. */
  public String ibanCompact() {
    return iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
  }

  /** The IBAN in groups of four, as printed on paper: "BE41 0630 1234 5610". */
  public String ibanPrinted() {
    // printed on every notice and invoice: a loop, not a regular expression compiled per call
    String compact = ibanCompact();
    var printed = new StringBuilder(compact.length() + compact.length() / 4);
    for (int i = 0; i < compact.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        printed.append(' ');
      }
      printed.append(compact.charAt(i));
    }
    return printed.toString();
  }

  /** The enterprise number's ten digits ("0798143120"). */
  public String enterpriseDigits() {
    return BelgianEnterpriseNumber.digits(enterpriseNumber);
  }

  /** The Peppol participant identifier's scheme ("0208") and value ("0798143120"). */
  public String peppolScheme() {
    return peppolParticipantId.substring(0, peppolParticipantId.indexOf(':'));
  }

  public String peppolValue() {
    return peppolParticipantId.substring(peppolParticipantId.indexOf(':') + 1);
  }
}
