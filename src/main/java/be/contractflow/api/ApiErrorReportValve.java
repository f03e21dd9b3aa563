package be.contractflow.api;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat's own error page — for requests it refuses before the application sees them, such as a
 * path with a broken percent-encoding ({@code /api/contracts/%zz}) — is {@code
 * application/problem+json} for {@code /api} paths instead of an HTML page (issue 10, finding 7).
 * Other paths keep Tomcat's page, without report or server version as Spring Boot sets it.
 */
public class ApiErrorReportValve extends ErrorReportValve {

  public ApiErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    String uri = request.getRequestURI();
    if (uri == null || !(uri.equals("/api") || uri.startsWith("/api/"))) {
      super.report(request, response, throwable);
      return;
    }
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    String detail = status == 400
        ? "The request could not be read: its URL or a header is malformed (e.g. a '%' not"
            + " followed by two hex digits, or a character that must be percent-encoded). Send"
            + " the URL the API documents at /api/docs."
        : "The server refused the request before the API could read it (HTTP " + status
            + "). See /api/docs for the requests the API takes.";
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write("{\"type\":\"" + ApiExceptionHandler.TYPE_BASE + "http-" + status
            + "\",\"title\":\"" + (status == 400 ? "Bad Request" : "Refused") + "\",\"status\":" + status + ",\"detail\":\"" + detail
            + "\"}");
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client went away, or the response was already committed
    }
  }

  /** Puts this valve in place of the host's {@link ErrorReportValve}. */
  @Component
  static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(context -> {
        Pipeline pipeline = context.getParent().getPipeline();
        for (Valve valve : pipeline.getValves()) {
          if (valve instanceof ErrorReportValve) {
            pipeline.removeValve(valve);
          }
        }
        pipeline.addValve(new ApiErrorReportValve());
        // else the host adds Tomcat's own valve when it starts, not seeing one of its class
        if (context.getParent() instanceof StandardHost host) {
          host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
        }
      });
    }
  }
}
