package be.contractflow.security;

import java.util.List;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The Camunda user behind an {@code /api} request: the principal of its Spring Security
 * authentication. Controllers take it as {@code @AuthenticationPrincipal CurrentUser user}, or call
 * {@link #require()}; {@link EngineAuthentication} runs engine calls as this user.
 *
 * @param userId the Camunda user id
 * @param groupIds the Camunda groups the user is a member of (see {@link ContractflowGroups})
 */
public record CurrentUser(String userId, List<String> groupIds) implements AuthenticatedPrincipal {

  public CurrentUser {
    groupIds = List.copyOf(groupIds);
  }

  @Override
  public String getName() {
    return userId;
  }

  /**
   * The user of the current request.
   *
   * @throws AuthenticationCredentialsNotFoundException when the request is not authenticated as a
   *     Camunda user (outside {@code /api}, or in a background thread)
   */
  public static CurrentUser require() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
      return user;
    }
    throw new AuthenticationCredentialsNotFoundException("no contractflow user is authenticated");
  }
}
