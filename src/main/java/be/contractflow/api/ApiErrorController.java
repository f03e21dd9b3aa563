package be.contractflow.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that never reach {@link ApiExceptionHandler} — raised by the servlet container or a
 * filter (a URL the firewall rejects, an exception before the controller) and forwarded to {@code
 * /error} — are answered as {@code application/problem+json} too when the request was for {@code
 * /api}, instead of Spring's generic JSON or an HTML page (issue 10, finding 7). Other paths keep
 * Spring Boot's answers.
 */
@Controller
public class ApiErrorController extends BasicErrorController {

  public ApiErrorController(ErrorAttributes errorAttributes, ServerProperties server,
      ObjectProvider<ErrorViewResolver> errorViewResolvers) {
    super(errorAttributes, server.getError(), errorViewResolvers.orderedStream().toList());
  }

  @Override
  public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
    if (!isApi(request)) {
      return super.errorHtml(request, response);
    }
    try {
      response.setStatus(getStatus(request).value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      new com.fasterxml.jackson.databind.ObjectMapper()
          .writeValue(response.getOutputStream(), problem(request));
    } catch (IOException e) {
      // the client went away
    }
    return new ModelAndView();
  }

  @Override
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    if (!isApi(request)) {
      return super.error(request);
    }
    return ResponseEntity.status(getStatus(request))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem(request));
  }

  private static boolean isApi(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return uri != null && (uri.toString().equals("/api") || uri.toString().startsWith("/api/"));
  }

  private Map<String, Object> problem(HttpServletRequest request) {
    HttpStatus status = getStatus(request);
    String detail = switch (status) {
      case BAD_REQUEST -> "The request could not be read: its URL, a header or the body is "
          + "malformed (e.g. an encoded slash or '..' in the path). Send the URL and JSON body the "
          + "API documents at /api/docs.";
      case NOT_FOUND -> "No /api endpoint has this path; the endpoints are listed at /api/docs.";
      case METHOD_NOT_ALLOWED -> "This /api endpoint does not take this method; see /api/docs.";
      default -> status.is5xxServerError()
          ? "The server could not handle this request; nothing was changed. It is logged for the "
              + "operators; if it happens again, send them the time of the request."
          : status.getReasonPhrase() + ". See /api/docs for the requests the API takes.";
    };
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", ApiExceptionHandler.TYPE_BASE + "http-" + status.value());
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
    return problem;
  }
}
