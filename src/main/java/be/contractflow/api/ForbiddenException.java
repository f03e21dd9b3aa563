package be.contractflow.api;

/**
 * A request the caller's groups may not make, found once its body is read (e.g. the type of a
 * contract event); the API answers 403 with this message, naming the groups that may.
 */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
