package be.contractflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 10, finding 6: nobody locks an account out by guessing. Failed sign-ins are limited per
 * client address and per account (429 with Retry-After, lifting by itself), and Camunda's own login
 * delay never becomes a permanent lock: the account signs in again at most 60 s after the last
 * failure. Time is moved on the engine clock, never slept.
 */
// its own context: it exhausts the buckets of 127.0.0.1 and delays the demo users' sign-in
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"contractflow.test.context=sign-in-rate-limit", "contractflow.sign-in-limit.enabled=true"})
@ActiveProfiles("test")
// closed after the class: one more cached context with an engine and a web server is memory the
// suite's single JVM does not have to spare
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SignInRateLimitTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void wrong_passwords_from_one_address_are_answered_429_with_retry_after_and_the_limit_lifts_by_itself() {
    ClockUtil.setCurrentTime(new Date());
    for (int attempt = 1; attempt <= SignInRateLimit.PER_ADDRESS; attempt++) {
      assertThat(get("sales", "wrong-" + attempt).getStatusCode()).as("attempt " + attempt).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    ResponseEntity<JsonNode> limited = get("sales", "sales");

    assertThat(limited.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(limited.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(Long.parseLong(limited.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 91L);
    assertThat(limited.getBody().path("detail").asText()).contains("Too many failed sign-ins from your address");

    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + SignInRateLimit.WINDOW.toMillis()));

    assertThat(get("sales", "sales").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void a_locked_account_signs_in_again_at_most_60_seconds_after_the_last_failure() {
    ClockUtil.setCurrentTime(new Date());
    for (int attempt = 1; attempt <= 15; attempt++) {
      identityService.checkPassword("production", "wrong-" + attempt);
    }
    assertThat(identityService.checkPassword("production", "production")).as("delayed right after").isFalse();

    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofSeconds(61).toMillis()));

    assertThat(identityService.checkPassword("production", "production")).isTrue();
  }

  @Test
  void one_account_guessed_from_many_addresses_is_limited_too_including_the_webapp_login() throws Exception {
    SignInRateLimit filter = new SignInRateLimit(new ObjectMapper());
    ClockUtil.setCurrentTime(new Date());
    for (int attempt = 1; attempt <= SignInRateLimit.PER_ACCOUNT; attempt++) {
      MockHttpServletResponse response = webappLogin(filter, "10.0.0." + attempt, "accounting");
      assertThat(response.getStatus()).as("attempt " + attempt).isEqualTo(401);
    }

    MockHttpServletResponse limited = webappLogin(filter, "10.0.1.1", "accounting");
    MockHttpServletResponse otherAccount = webappLogin(filter, "10.0.1.1", "sales");

    assertThat(limited.getStatus()).isEqualTo(429);
    assertThat(limited.getContentAsString()).contains("Too many failed sign-ins from this account");
    assertThat(otherAccount.getStatus()).isEqualTo(401);
  }

  private static MockHttpServletResponse webappLogin(SignInRateLimit filter, String address, String user)
      throws Exception {
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", "/camunda/api/admin/auth/user/default/login/tasklist");
    request.setRemoteAddr(address);
    request.addParameter("username", user);
    request.addParameter("password", "wrong");
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain() {
      @Override
      public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
        ((MockHttpServletResponse) res).setStatus(401);
      }
    });
    return response;
  }

  private ResponseEntity<JsonNode> get(String user, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.AUTHORIZATION,
        "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return http.exchange("/engine-rest/process-definition/count", org.springframework.http.HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(headers), JsonNode.class);
  }
}
