package be.contractflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * JSON calls to the running application as a demo user (HTTP Basic, password = user id), for the
 * tests that go through {@code /api} as an integrator would.
 */
public final class Api {

  private Api() {}

  /** POSTs {@code json} as {@code user}; the response whatever its status. */
  public static ResponseEntity<JsonNode> post(TestRestTemplate http, String user, String path,
      String json) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), JsonNode.class);
  }

  /** GETs {@code path} as {@code user}; the response whatever its status. */
  public static ResponseEntity<JsonNode> get(TestRestTemplate http, String user, String path) {
    return http.withBasicAuth(user, user).getForEntity(path, JsonNode.class);
  }

  /** GETs {@code path} as the auditor, who may read everything, and expects 200. */
  public static JsonNode read(TestRestTemplate http, String path) {
    var response = get(http, "auditor", path);
    assertThat(response.getStatusCode()).as("GET %s: %s", path, response.getBody())
        .isEqualTo(HttpStatus.OK);
    return response.getBody();
  }
}
