package be.contractflow.ledger;

/**
 * Well-formed input that the business rules refuse (an overpayment, a negative amount); the API
 * answers 422 with this message, which says what to send instead.
 */
public class RejectedException extends RuntimeException {

  public RejectedException(String message) {
    super(message);
  }
}
