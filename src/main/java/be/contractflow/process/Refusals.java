package be.contractflow.process;

import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.RejectedException;

/**
 * A step that refuses a request (a listener checking an event or a task's form values) throws
 * {@link ConflictException} or {@link RejectedException}; the engine may wrap it (a task listener's
 * exception comes back as a {@code ProcessEngineException}). The API answers with the step's own
 * refusal, so it is unwrapped here.
 */
public final class Refusals {

  private Refusals() {}

  /** The refusal a step threw, unwrapped from the engine's exceptions, else {@code e} itself. */
  public static RuntimeException unwrap(RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConflictException || cause instanceof RejectedException) {
        return (RuntimeException) cause;
      }
    }
    return e;
  }
}
