package be.contractflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Records the {@code /api} caller in the engine (issue 15: "who" on every timeline entry).
 *
 * <p>For the duration of an {@code /api} request the caller is the engine's authenticated user,
 * so Camunda writes them where it writes a Tasklist user: the operation log of a task completed
 * through {@code POST /api/quotes/{n}/signature}, the start user of a process the request starts.
 * The {@code /api} filter chain has already decided what the caller may do by group (see {@link
 * SecurityConfiguration}); the engine's authorization and tenant checks stay what they were for
 * these calls (off: the application acts on the caller's behalf), so recording the user changes
 * no outcome. {@code /engine-rest} and the webapps are untouched: they authenticate and check
 * themselves.
 */
@Component
public class ApiUserInEngine extends AbstractProcessEnginePlugin
    implements HandlerInterceptor, WebMvcConfigurer {

  private static final ThreadLocal<Boolean> RECORD_ONLY = new ThreadLocal<>();

  private final IdentityService identity;

  public ApiUserInEngine(@Lazy IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new RecordOnly());
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
      Object handler) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
      RECORD_ONLY.set(Boolean.TRUE);
      identity.setAuthentication(user.userId(), user.groupIds());
    }
    return true;
  }

  @Override
  public void afterCompletion(HttpServletRequest request, HttpServletResponse response,
      Object handler, Exception ex) {
    if (RECORD_ONLY.get() != null) {
      RECORD_ONLY.remove();
      identity.clearAuthentication();
    }
  }

  /** Inside a command of an {@code /api} request: the user is recorded, not checked. */
  static final class RecordOnly extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      CommandContext context = Context.getCommandContext();
      if (RECORD_ONLY.get() == null || context == null) {
        return next.execute(command);
      }
      boolean authorization = context.isAuthorizationCheckEnabled();
      boolean tenants = context.isTenantCheckEnabled();
      context.disableAuthorizationCheck();
      context.disableTenantCheck();
      try {
        return next.execute(command);
      } finally {
        if (authorization) {
          context.enableAuthorizationCheck();
        }
        if (tenants) {
          context.enableTenantCheck();
        }
      }
    }
  }
}
