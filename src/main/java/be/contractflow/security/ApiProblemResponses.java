package be.contractflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * RFC 7807 answers of {@code /api} when authentication fails (401 with {@code WWW-Authenticate:
 * Basic}) or the user's groups do not allow the request (403 naming the groups that would).
 */
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String REALM = "contractflow";

  private final ObjectMapper objectMapper;

  ApiProblemResponses(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String detail =
        exception instanceof BadCredentialsException
            ? "The user id or password was not accepted. Send the HTTP Basic credentials"
                + " (Authorization: Basic base64(userId:password)) of a contractflow user."
            : "This endpoint needs authentication. Send the HTTP Basic credentials"
                + " (Authorization: Basic base64(userId:password)) of a contractflow user.";
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
    write(request, response, HttpStatus.UNAUTHORIZED, detail);
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
      throws IOException {
    var rule = ApiAccess.ruleFor(request);
    List<String> groups = rule.map(ApiAccess.Rule::groups).orElse(List.of(ContractflowGroups.ADMINS));
    String what = rule.map(ApiAccess.Rule::what).orElse("call " + request.getMethod() + " "
        + request.getRequestURI());
    boolean write =
        !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod());
    String detail =
        "Only members of the groups " + String.join(", ", groups) + " may " + what
            + " through /api; the authenticated user is in none of them."
            + (write ? " " + ContractflowGroups.AUDITORS + " may only read (GET)." : "")
            + " The README's table \"Roles on /api\" lists who may call what.";
    write(request, response, HttpStatus.FORBIDDEN, detail);
  }

  private void write(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
