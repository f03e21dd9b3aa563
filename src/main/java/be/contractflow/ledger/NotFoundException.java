package be.contractflow.ledger;

/** An id or number that names nothing in the ledger; the API answers 404 with this message. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
