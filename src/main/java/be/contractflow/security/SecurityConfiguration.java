package be.contractflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
 *       CamundaIdentityAuthenticationProvider}); reads for {@link ContractflowGroups#READERS},
 *       writes for {@link ContractflowGroups#WRITERS}; RFC 7807 errors. The OpenAPI document and
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
    return registration;
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper objectMapper) throws Exception {
    var problems = new ApiProblemResponses(objectMapper);
    http.securityMatcher(PATHS.matcher("/api/**"))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(apiDocumentation())
                    .permitAll()
                    .requestMatchers(
                        PATHS.matcher(HttpMethod.GET, "/**"), PATHS.matcher(HttpMethod.HEAD, "/**"))
                    .hasAnyAuthority(authorities(ContractflowGroups.READERS))
                    .anyRequest()
                    .hasAnyAuthority(authorities(ContractflowGroups.WRITERS)))
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
                // PDFs linked from Tasklist tasks: the controller checks the webapps' session
                // and the engine's authorizations itself (DocumentController)
                PATHS.matcher(HttpMethod.GET, "/documents/**"),
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
