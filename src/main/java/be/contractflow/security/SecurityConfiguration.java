package be.contractflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what over HTTP (issue 2, "Security").
 *
 * <ul>
 *   <li>{@code /engine-rest/*}: HTTP Basic by Camunda's own {@link
 *       ProcessEngineAuthenticationFilter}; the engine's authorizations (see {@link AccessSetup})
 *       decide the rest. Spring Security stays out of the way there.
 *   <li>{@code /camunda/**}: the webapps' own login, session and CSRF filter; Spring Security
 *       stays out of the way there too. So does {@code GET /camunda-welcome}: every webapp login
 *       page probes it (Camunda's "first visit" box, answered here by a plain 404). Challenged
 *       with HTTP Basic like the rest of the server, that XHR made the browser open its own
 *       "Sign in" prompt over Tasklist's login page, which then took no typing nor clicks until
 *       dismissed (in headless Chromium, never).
 *   <li>{@code /api/**}: stateless HTTP Basic against the same Camunda identity ({@link
 *       CamundaIdentityAuthenticationProvider}); each endpoint for the groups {@link ApiAccess}
 *       lists (the README's table "Roles on /api"), anything unlisted for administrators; RFC 7807
 *       errors. The OpenAPI document and
 *       its UI are public: they describe the API's shape (already public in SPEC.md), hold no
 *       data, and integrators can read them before they have credentials; every operation they
 *       list still needs credentials.
 *   <li>{@code /actuator/health/**} and {@code /actuator/info} are public (load balancers and
 *       container health checks); everything else needs an authenticated user.
 * </ul>
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

  private static final PathPatternRequestMatcher.Builder PATHS =
      PathPatternRequestMatcher.withDefaults();

  /**
   * Requested by the login page of Tasklist, Cockpit and Admin at the server root, outside the
   * webapps' application path; any answer but 200 just hides the "first visit" box.
   */
  static final String CAMUNDA_WELCOME_PROBE = "/camunda-welcome";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-rest-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    // before EngineRestOperations, which reads the user this filter authenticated
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
    return registration;
  }

  /** Who may call which /engine-rest operation, before the engine sees it (issue 10). */
  @Bean
  FilterRegistrationBean<EngineRestOperations> engineRestOperationsFilter(
      ObjectProvider<IdentityService> identityService, ObjectMapper objectMapper) {
    // looked up at the first request: filters are created with the web server, and asking for the
    // engine then would build it before Flyway has migrated the application's tables
    var registration = new FilterRegistrationBean<>(new EngineRestOperations(identityService, objectMapper));
    registration.setName("contractflow-engine-rest-operations");
    // the webapps (Tasklist, Cockpit) call the same operations under /camunda/api/engine
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }

  /**
   * Failed sign-ins limited per address and per account (issue 10). Off in the test profile only:
   * there every client is 127.0.0.1 and contexts are shared between test classes.
   */
  @Bean
  @ConditionalOnProperty(name = "contractflow.sign-in-limit.enabled", havingValue = "true", matchIfMissing = true)
  FilterRegistrationBean<SignInRateLimit> signInRateLimitFilter(ObjectMapper objectMapper) {
    var registration = new FilterRegistrationBean<>(new SignInRateLimit(objectMapper));
    registration.setName("contractflow-sign-in-rate-limit");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** prod: 5xx bodies of /engine-rest carry no internal exception text (issue 10). */
  @Bean
  @ConditionalOnProperty(name = "contractflow.engine-rest.hide-internal-errors", havingValue = "true")
  FilterRegistrationBean<EngineRestErrorBodies> engineRestErrorBodiesFilter(ObjectMapper objectMapper) {
    var registration = new FilterRegistrationBean<>(new EngineRestErrorBodies(objectMapper));
    registration.setName("contractflow-engine-rest-error-bodies");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper objectMapper) throws Exception {
    var problems = new ApiProblemResponses(objectMapper);
    http.securityMatcher(PATHS.matcher("/api/**"))
        .authorizeHttpRequests(
            requests -> {
              requests.requestMatchers(apiDocumentation()).permitAll();
              // issue 10, item 4: the rights of ApiAccess, first match decides, the rest is
              // for administrators only
              for (ApiAccess.Rule rule : ApiAccess.RULES) {
                requests.requestMatchers(rule.matcher()).hasAnyAuthority(authorities(rule.groups()));
              }
              requests.anyRequest().hasAnyAuthority(authorities(List.of(ContractflowGroups.ADMINS)));
            })
        .httpBasic(basic -> basic.realmName(ApiProblemResponses.REALM).authenticationEntryPoint(problems))
        .exceptionHandling(
            exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.disable());
    return http.build();
  }

  /** Camunda's webapps and REST API bring their own authentication; health is public. */
  @Bean
  @Order(2)
  SecurityFilterChain camundaAndPublicSecurity(HttpSecurity http) throws Exception {
    http.securityMatcher(
            new OrRequestMatcher(
                PATHS.matcher("/engine-rest/**"),
                PATHS.matcher("/camunda/**"),
                PATHS.matcher(HttpMethod.GET, CAMUNDA_WELCOME_PROBE),
                PATHS.matcher("/actuator/health/**"),
                PATHS.matcher(HttpMethod.GET, "/actuator/info"),
                PATHS.matcher(HttpMethod.GET, "/"),
                PATHS.matcher("/error")))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        // the webapps protect themselves with Camunda's CsrfPreventionFilter; the REST API is
        // stateless (credentials on every request), so there is no session to ride on
        .csrf(csrf -> csrf.disable())
        // the webapps set their own caching headers for their static assets
        .headers(headers -> headers.cacheControl(cache -> cache.disable()))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable());
    return http.build();
  }

  /** Anything else (nothing yet) is closed to anonymous callers. */
  @Bean
  @Order(3)
  SecurityFilterChain defaultSecurity(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName(ApiProblemResponses.REALM))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable());
    return http.build();
  }

  private static RequestMatcher apiDocumentation() {
    // springdoc: the document at /api/openapi, the UI at /api/docs (redirecting into
    // /api/swagger-ui/), see application.yaml
    return new OrRequestMatcher(
        PATHS.matcher(HttpMethod.GET, "/api/openapi"),
        PATHS.matcher(HttpMethod.GET, "/api/openapi/**"),
        PATHS.matcher(HttpMethod.GET, "/api/docs"),
        PATHS.matcher(HttpMethod.GET, "/api/docs/**"),
        PATHS.matcher(HttpMethod.GET, "/api/swagger-ui/**"));
  }

  private static String[] authorities(List<String> groupIds) {
    return groupIds.stream().map(ContractflowGroups::authority).toArray(String[]::new);
  }
}
