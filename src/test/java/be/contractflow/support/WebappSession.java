package be.contractflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A browser's session with the Camunda web apps: a cookie jar, the web apps' CSRF token from a
 * page, then their login form. The session cookie then opens the audit view ({@code /audit/**}).
 * Redirects are not followed, so a test sees them.
 */
public final class WebappSession {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String root;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  private WebappSession(TestRestTemplate http) {
    this.root = http.getRootUri();
    this.client = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** No one signed in: a stranger's browser. */
  public static WebappSession anonymous(TestRestTemplate http) {
    return new WebappSession(http);
  }

  /** Signs {@code user} (password = user id) in to the web apps' {@code app} (welcome, cockpit…). */
  public static WebappSession signIn(TestRestTemplate http, String user, String app) {
    var session = new WebappSession(http);
    session.send(HttpRequest.newBuilder(session.uri("/camunda/app/welcome/default/")).GET());
    String token = session.cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
        .orElseThrow();
    var login = session.send(HttpRequest.newBuilder(
            session.uri("/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password="
            + enc(user))));
    assertThat(login.statusCode()).as("login %s: %s", user, login.body()).isEqualTo(200);
    return session;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
  }

  public HttpResponse<byte[]> bytes(String path) {
    try {
      return client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET {@code path}, expecting 200 and JSON. */
  public JsonNode json(String path) {
    var response = get(path);
    assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** GET asking for HTML, as a browser navigating does. */
  public HttpResponse<String> page(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
  }

  /** POSTs one file as multipart/form-data field {@code file}, with extra headers (name, value…). */
  public HttpResponse<String> upload(String path, byte[] content, String... headers) {
    String boundary = "----cf" + UUID.randomUUID();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
        + " filename=\"from-the-client.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    var request = HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  public HttpResponse<String> send(String method, String path) {
    return send(HttpRequest.newBuilder(uri(path)).method(method,
        HttpRequest.BodyPublishers.noBody()));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create(root + path);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
