package be.contractflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may call which {@code /engine-rest} operation (and the same operation through the webapps'
 * copy of that API, {@code /camunda/api/engine}), decided <em>before</em> the engine sees the
 * call (issue 10, "a refused call changes nothing"). The engine's own authorization check comes too
 * late for some operations: {@code POST /job/{id}/execute} by a user without the right ran the job,
 * failed on the authorization check inside it, and the failure lowered the job's retries — three
 * such 403s stopped a real dunning timer with an incident.
 *
 * <p>The first matching row of {@link #RULES} names the groups that may pass; the engine's
 * authorizations ({@link AccessSetup}) still decide within what passes:
 *
 * <ul>
 *   <li>jobs, job definitions, external tasks — list, read, execute, retries, suspension, due
 *       date: {@link #OPERATORS} only (auditors do not list job ids either);
 *   <li>queries sent as POST (task, process instance, history, filter lists): every group;
 *   <li>task work (claim, complete, forms, task variables), message correlation and start forms
 *       (Tasklist's "Start process"; the engine's CREATE_INSTANCE grants decide which): staff and
 *       operators;
 *   <li>reads (GET): every group; identity (users changing their own password, admins managing
 *       users and groups): passed to the engine;
 *   <li>everything else that changes state — process instance modification, migration, suspension,
 *       variables, deletion, deployment, process start, incidents, batches, history deletion: {@link
 *       #OPERATORS} only.
 * </ul>
 *
 * Also answers {@code PUT /group/{id}/members/{userId}} for an existing membership with 409 instead
 * of the engine's 500 (a duplicate key).
 */
public class EngineRestOperations extends OncePerRequestFilter {

  /** May operate the engine: administrators and process owners. */
  static final List<String> OPERATORS = List.of(ContractflowGroups.ADMINS, ContractflowGroups.PROCESS_OWNERS);

  /** Operators and staff. */
  static final List<String> WORKERS = concat(OPERATORS, ContractflowGroups.STAFF);

  /** Every contractflow group. */
  static final List<String> READERS = concat(WORKERS, List.of(ContractflowGroups.AUDITORS));

  private static final Set<String> ANY_METHOD = Set.of();
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  /** One row: methods (empty = any), a path under /engine-rest, who may, what it is. */
  record Rule(Set<String> methods, Pattern path, List<String> groups, String what) {

    boolean matches(String method, String path) {
      return (methods.isEmpty() || methods.contains(method)) && this.path.matcher(path).matches();
    }
  }

  static final List<Rule> RULES =
      List.of(
          new Rule(ANY_METHOD, Pattern.compile("/(job|job-definition|external-task)(/.*)?"), OPERATORS,
              "jobs, job definitions and external tasks"),
          new Rule(Set.of("POST"),
              Pattern.compile("/(task|process-instance|execution|variable-instance|process-definition"
                  + "|filter/[^/]+/(list|count|singleResult)|history/(?!cleanup)[a-z-]+)(/count)?"),
              READERS, "queries"),
          new Rule(Set.of("POST"), Pattern.compile("/identity/(verify|password-policy)"), READERS,
              "password checks"),
          new Rule(ANY_METHOD, Pattern.compile("/task/[^/]+(/.*)?"), WORKERS, "task work"),
          new Rule(Set.of("POST"), Pattern.compile("/message"), WORKERS, "message correlation"),
          // Tasklist's "Start process" submits a start form; the engine's CREATE_INSTANCE grants
          // (AccessSetup: accounting's two start forms) decide which definition a clerk may start
          new Rule(Set.of("POST"), Pattern.compile("/process-definition/(key/[^/]+|[^/]+)/submit-form"),
              WORKERS, "start forms"),
          new Rule(READ_METHODS, Pattern.compile(".*"), READERS, "reads"),
          new Rule(ANY_METHOD, Pattern.compile("/(user|group|tenant|authorization)(/.*)?"), READERS,
              "identity (checked by the engine)"),
          new Rule(ANY_METHOD, Pattern.compile(".*"), OPERATORS, "operations that change state"));

  /** {@code /engine-rest}, or the webapps' copy of it, {@code /camunda/api/engine}. */
  private static final Pattern REST_PREFIX = Pattern.compile("^(/engine-rest|/[^/]+/api/engine)");

  /** The webapps' copy names the engine: {@code /camunda/api/engine/engine/default/job}. */
  private static final Pattern WEBAPP_ENGINE = Pattern.compile("^/[^/]+/api/engine/engine/([^/]+)/.*");

  /** {@code /engine-rest/engine/default/job} is {@code /engine-rest/job} on a named engine. */
  private static final Pattern NAMED_ENGINE = Pattern.compile("^/engine/[^/]+(/.*)$");

  private static final Pattern GROUP_MEMBER = Pattern.compile("/group/([^/]+)/members/([^/]+)");

  private final ObjectProvider<IdentityService> identityServices;
  private final ObjectMapper objectMapper;

  public EngineRestOperations(ObjectProvider<IdentityService> identityServices, ObjectMapper objectMapper) {
    this.identityServices = identityServices;
    this.objectMapper = objectMapper;
  }

  /** The path of the operation under {@code /engine-rest}, without a named-engine prefix. */
  static String operationPath(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher prefix = REST_PREFIX.matcher(path);
    if (prefix.find()) {
      path = path.substring(prefix.end());
    }
    Matcher named = NAMED_ENGINE.matcher(path);
    if (named.matches()) {
      path = named.group(1);
    }
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path.isEmpty() ? "/" : path;
  }

  /** The first rule matching the call. */
  static Rule ruleFor(String method, String path) {
    return RULES.stream().filter(rule -> rule.matches(method, path)).findFirst().orElseThrow();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = currentUser(request);
    if (authentication == null || authentication.getUserId() == null) {
      // ProcessEngineAuthenticationFilter answered 401 already, or lets an unauthenticated
      // resource (/engine-rest/engine) through
      chain.doFilter(request, response);
      return;
    }
    String method = request.getMethod();
    String path = operationPath(request);
    Rule rule = ruleFor(method, path);
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    if (groups.stream().noneMatch(rule.groups()::contains)) {
      write(request, response, HttpStatus.FORBIDDEN,
          method + " " + path + " (" + rule.what() + ") is for members of " + String.join(", ", rule.groups())
              + "; " + authentication.getUserId() + " is in " + (groups.isEmpty() ? "no group" : String.join(", ", groups))
              + ". Nothing was changed.");
      return;
    }
    Matcher member = GROUP_MEMBER.matcher(path);
    if ("PUT".equals(method) && member.matches() && isMember(member.group(2), member.group(1))) {
      write(request, response, HttpStatus.CONFLICT,
          "User '" + member.group(2) + "' is already a member of group '" + member.group(1)
              + "'. Nothing was changed; DELETE the same path to remove the membership.");
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * The caller: on {@code /engine-rest} the user {@code ProcessEngineAuthenticationFilter} set on
   * the engine; on the webapps' copy, the user signed in to the webapps (their session).
   */
  private Authentication currentUser(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher webapp = WEBAPP_ENGINE.matcher(path);
    if (!webapp.matches()) {
      return identityServices.getObject().getCurrentAuthentication();
    }
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine(webapp.group(1)) instanceof UserAuthentication user)) {
      return null;
    }
    return new Authentication(user.getIdentityId(), user.getGroupIds());
  }

  private boolean isMember(String userId, String groupId) {
    return identityServices.getObject().createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
  }

  private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), problem);
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }
}
