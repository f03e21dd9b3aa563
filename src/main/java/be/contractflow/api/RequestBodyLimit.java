package be.contractflow.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies of {@code /api} are capped at {@value #MAX_BYTES} bytes before anything reads
 * them (issue 10: 5 MB bodies were read before validation). A {@code Content-Length} above the
 * cap is answered 413 at once, before authentication and before a byte of the body is read; a
 * body without length (chunked) is read through a counting stream that stops at the cap, and
 * the handler answers the same 413. The largest valid request (a quote of 200 lines of 500
 * characters) is about 130 KB.
 */
@Configuration
public class RequestBodyLimit {

  /** 256 KB. */
  public static final int MAX_BYTES = 256 * 1024;

  /** Thrown by the counting stream once a body without length passes the cap. */
  public static class TooLargeException extends IOException {
    TooLargeException() {
      super("request body larger than " + MAX_BYTES + " bytes");
    }
  }

  static ProblemDetail problem() {
    var problem = ApiExceptionHandler.problem(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large",
        "Request body too large", "The request body is larger than " + MAX_BYTES + " bytes ("
            + (MAX_BYTES / 1024) + " KB), the most /api reads; nothing was read or changed. "
            + "Send a smaller body (a quote has at most " + QuoteController.MAX_LINES
            + " lines).");
    problem.setProperty("maxBytes", MAX_BYTES);
    return problem;
  }

  @Bean
  FilterRegistrationBean<Filter> apiRequestBodyLimit(ObjectMapper objectMapper) {
    var registration = new FilterRegistrationBean<>(new Filter(objectMapper));
    registration.setName("api-request-body-limit");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final ObjectMapper objectMapper;

    Filter(ObjectMapper objectMapper) {
      this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      if (request.getContentLengthLong() > MAX_BYTES) {
        var problem = problem();
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // the client may still be sending: do not keep the connection for the rest of it
        response.setHeader("Connection", "close");
        objectMapper.writeValue(response.getOutputStream(), problem);
        return;
      }
      chain.doFilter(new Capped(request), response);
    }
  }

  /** The request with its body read through a stream that stops at {@link #MAX_BYTES}. */
  static final class Capped extends HttpServletRequestWrapper {

    private ServletInputStream stream;
    private BufferedReader reader;

    Capped(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingStream(super.getInputStream());
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      if (reader == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
      }
      return reader;
    }
  }

  static final class CountingStream extends ServletInputStream {

    private final ServletInputStream in;
    private long count;

    CountingStream(ServletInputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, (int) Math.min(length, MAX_BYTES + 1L - count));
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLargeException {
      count += n;
      if (count > MAX_BYTES) {
        throw new TooLargeException();
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
