package be.contractflow.terms;

/**
 * One terms decision as a contract uses it: {@code terms-payment} version 3 has the definition id
 * {@code terms-payment:3:…}. Pinned at signature, or the latest one before a contract is signed.
 */
public record TermsVersion(String decisionKey, String decisionDefinitionId, int version) {

  /** {@code terms-payment v3}, as the timeline and the audit view show it. */
  public String label() {
    return decisionKey + " v" + version;
  }
}
