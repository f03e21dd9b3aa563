package be.contractflow.ledger;

/**
 * A request the current state does not allow (a settled invoice paid again, an event the
 * contract's state refuses); the API answers 409 with this message, which says why.
 */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
