package be.contractflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * In {@code prod} ({@code contractflow.engine-rest.hide-internal-errors=true}), a 5xx answer of
 * {@code /engine-rest} carries no internal exception text (issue 10, finding 7): Camunda's REST
 * layer writes the exception's message — SQL, class names, stack details — into the body. The body
 * is replaced by a problem naming a reference; the original is logged under that reference. 4xx
 * answers (the caller's mistake, worded for the caller) pass unchanged.
 */
public class EngineRestErrorBodies extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestErrorBodies.class);

  private final ObjectMapper objectMapper;

  public EngineRestErrorBodies(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, cached);
    } finally {
      if (cached.getStatus() >= 500) {
        String reference = UUID.randomUUID().toString();
        LOG.error(
            "{} {} answered {} (reference {}): {}",
            request.getMethod(),
            request.getRequestURI(),
            cached.getStatus(),
            reference,
            new String(cached.getContentAsByteArray(), StandardCharsets.UTF_8));
        HttpStatus status = HttpStatus.valueOf(cached.getStatus());
        ProblemDetail problem =
            ProblemDetail.forStatusAndDetail(
                status,
                "The engine could not complete this request. The details are in the server log under"
                    + " reference " + reference + ".");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("reference", reference);
        cached.resetBuffer();
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        byte[] body = objectMapper.writeValueAsBytes(problem);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
      } else {
        cached.copyBodyToResponse();
      }
    }
  }
}
