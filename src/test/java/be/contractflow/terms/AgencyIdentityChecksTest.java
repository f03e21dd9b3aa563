package be.contractflow.terms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks a row of agency-identity.dmn must pass before any invoice carries it. */
class AgencyIdentityChecksTest {

  static AgencyIdentity wja() {
    return new AgencyIdentity("wja", "WJA", "SRL", "Rue de Namur 12", "1400", "Nivelles", "BE",
        "0712.345.630", "BE0712345630", "BE12 0010 4567 8992", "GEBABEBB", "WJA",
        "factures@wja.example", "Tribunal de l’entreprise du Brabant wallon (Nivelles)",
        "Ondernemingsrechtbank Waals-Brabant (Nijvel)",
        "Enterprise Court of Walloon Brabant (Nivelles)", "0208:0712345630");
  }

  private static AgencyIdentity with(String field, String value) {
    var w = wja();
    return new AgencyIdentity(w.profile(), w.legalName(), w.legalForm(), w.street(),
        w.postalCode(), w.city(), w.countryCode(),
        field.equals("enterpriseNumber") ? value : w.enterpriseNumber(),
        field.equals("vatNumber") ? value : w.vatNumber(),
        field.equals("iban") ? value : w.iban(),
        field.equals("bic") ? value : w.bic(),
        w.senderName(),
        field.equals("senderEmail") ? value : w.senderEmail(),
        w.courtFr(), w.courtNl(),
        field.equals("courtEn") ? value : w.courtEn(),
        field.equals("peppolParticipantId") ? value : w.peppolParticipantId());
  }

  @Test
  void a_complete_row_with_good_check_digits_passes() {
    assertThat(AgencyIdentityChecks.problems(wja())).isEmpty();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      // one digit changed: mod 97 no longer 1
      "iban | BE12 0010 4567 8993 | is not a valid IBAN",
      "iban | BE12 0010 4567 89 | is not a valid IBAN",
      // check digits 30 → 31
      "enterpriseNumber | 0712.345.631 | is not a Belgian enterprise number",
      "enterpriseNumber | 2712.345.630 | is not a Belgian enterprise number",
      "vatNumber | BE0712345631 | is not a Belgian VAT number",
      "vatNumber | FR0712345630 | is not a Belgian VAT number",
      "vatNumber | BE0798143120 | is not the enterprise number 0712.345.630 prefixed with BE",
      "bic | GEBA BE | is not a BIC",
      "bic | GEBAFRPP | is in country FR but the IBAN is in BE",
      "senderEmail | factures at wja | is not an e-mail address",
      "peppolParticipantId | 9925:BE0712345630 | must be the scheme 0208",
      "courtEn | '' | is missing"})
  void a_bad_value_is_named_with_its_profile_and_field(String field, String value, String what) {
    // a wrong enterprise number also makes the VAT number and the Peppol id disagree with it
    assertThat(AgencyIdentityChecks.problems(with(field, value)))
        .first().asString()
        .startsWith("agency-identity row 'wja', output '" + field + "' = ")
        .contains(what);
  }

  @Test
  void the_enterprise_number_check_digits_are_97_minus_the_first_eight_mod_97() {
    // Virtura SRL, as published in the CBE: 7981431 mod 97 = 77, 97 − 77 = 20
    assertThat(BelgianEnterpriseNumber.isValid("0798.143.120")).isTrue();
    assertThat(BelgianEnterpriseNumber.isValid("BE 0798 143 120")).isTrue();
    assertThat(BelgianEnterpriseNumber.isValid("0798.143.121")).isFalse();
    assertThat(BelgianEnterpriseNumber.isValidVat("BE0798.143.120")).isTrue();
    assertThat(BelgianEnterpriseNumber.isValidVat("0798143120")).isFalse();
    assertThat(BelgianEnterpriseNumber.printed("BE0798143120")).isEqualTo("0798.143.120");
  }
}
