package be.contractflow.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls "as the user": sets the Camunda authentication (user id and groups) on the
 * current thread for the duration of one call, so the engine checks that user's authorizations
 * and records the user in history and the operation log; then restores what was set before.
 * Without it, calls from {@code /api} run unchecked, as the application.
 */
@Component
public class EngineAuthentication {

  private final IdentityService identityService;

  public EngineAuthentication(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Calls {@code call} as {@code user} and returns its result. */
  public <T> T callAs(CurrentUser user, Supplier<T> call) {
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.setAuthentication(user.userId(), user.groupIds());
    try {
      return call.get();
    } finally {
      if (previous == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(previous);
      }
    }
  }

  /** Runs {@code call} as {@code user}. */
  public void runAs(CurrentUser user, Runnable call) {
    callAs(
        user,
        () -> {
          call.run();
          return null;
        });
  }
}
