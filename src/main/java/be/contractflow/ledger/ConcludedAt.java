package be.contractflow.ledger;

/**
 * Where a contract was concluded, recorded at signature (Code of Economic Law, Book VI): only a
 * contract concluded at a distance (VI.45, web form, e-mail, post) or off premises (at the client's
 * home or office, VI.46) opens a consumer's 14-day withdrawal right (VI.47); one concluded at the
 * agency's premises does not.
 */
public enum ConcludedAt {
  DISTANCE,
  OFF_PREMISES,
  PREMISES;

  /** Whether a consumer has the statutory withdrawal right (CEL VI.47) for such a contract. */
  public boolean opensConsumerWithdrawal() {
    return this != PREMISES;
  }
}
