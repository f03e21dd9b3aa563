package be.contractflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Failed sign-ins are rate-limited per client address and per account (issue 10, "no lock-out by
 * strangers"), with Bucket4j token buckets: HTTP Basic on {@code /api} and {@code /engine-rest}, and
 * the webapps' login form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}). Each
 * failed attempt (answered 401) takes a token from the address's bucket and from the account's; once
 * either is empty, further attempts from that address or on that account are answered {@code 429}
 * (problem+json, {@code Retry-After}) without reaching Camunda, so they neither guess passwords nor
 * lengthen Camunda's login delay. Buckets refill on their own; successful calls take nothing.
 *
 * <p>The buckets run on the engine clock ({@link ClockUtil}), like Camunda's login delay, so tests
 * move time instead of sleeping.
 */
public class SignInRateLimit extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(SignInRateLimit.class);

  /** Failed sign-ins one client address may make: this many, then one per (window / this). */
  public static final int PER_ADDRESS = 10;

  /** Failed sign-ins on one account, from anywhere. */
  public static final int PER_ACCOUNT = 20;

  public static final Duration WINDOW = Duration.ofMinutes(15);

  private static final int MAX_TRACKED = 10_000;

  private static final Pattern WEBAPP_LOGIN =
      Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");

  /** The engine clock, so a test that moves it moves the buckets too. */
  private static final TimeMeter ENGINE_CLOCK =
      new TimeMeter() {
        @Override
        public long currentTimeNanos() {
          return ClockUtil.getCurrentTime().getTime() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
          return true;
        }
      };

  private final Map<String, Bucket> buckets = Collections.synchronizedMap(lru());
  private final ObjectMapper objectMapper;

  public SignInRateLimit(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> account = account(request);
    if (account.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Bucket byAddress = bucket("address:" + request.getRemoteAddr(), PER_ADDRESS);
    Bucket byAccount = bucket("account:" + account.get().toLowerCase(Locale.ROOT), PER_ACCOUNT);
    EstimationProbe address = byAddress.estimateAbilityToConsume(1);
    EstimationProbe user = byAccount.estimateAbilityToConsume(1);
    if (!address.canBeConsumed() || !user.canBeConsumed()) {
      long waitNanos = Math.max(address.getNanosToWaitForRefill(), user.getNanosToWaitForRefill());
      long seconds = Math.max(1, Duration.ofNanos(waitNanos).toSeconds() + 1);
      LOG.warn(
          "Sign-in attempts refused for {} from {}: too many failures (retry in {} s)",
          account.get(), request.getRemoteAddr(), seconds);
      tooMany(request, response, seconds, address.canBeConsumed() ? "this account" : "your address");
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
      byAddress.tryConsume(1);
      byAccount.tryConsume(1);
    }
  }

  /** The account a request signs in as, if it signs in at all. */
  static Optional<String> account(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches()) {
      return Optional.ofNullable(request.getParameter("username")).or(() -> Optional.of(""));
    }
    if (!(path.startsWith("/api/") || path.startsWith("/engine-rest/"))) {
      return Optional.empty();
    }
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
    } catch (IllegalArgumentException e) {
      return Optional.of("");
    }
  }

  private Bucket bucket(String key, int capacity) {
    return buckets.computeIfAbsent(
        key,
        ignored ->
            Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, WINDOW))
                .withCustomTimePrecision(ENGINE_CLOCK)
                .build());
  }

  private void tooMany(HttpServletRequest request, HttpServletResponse response, long seconds, String whose)
      throws IOException {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.TOO_MANY_REQUESTS,
            "Too many failed sign-ins from " + whose + ". Try again in " + seconds + " seconds with the"
                + " right user id and password; the limit lifts by itself.");
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("retryAfterSeconds", seconds);
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), problem);
  }

  /** At most {@value #MAX_TRACKED} buckets, least recently used dropped first. */
  private static Map<String, Bucket> lru() {
    return new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
        return size() > MAX_TRACKED;
      }
    };
  }
}
