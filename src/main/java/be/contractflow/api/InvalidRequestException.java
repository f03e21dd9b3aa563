package be.contractflow.api;

/** A field of a request that is missing or invalid; the API answers 400 naming the field. */
public class InvalidRequestException extends RuntimeException {

  private final String field;

  public InvalidRequestException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
