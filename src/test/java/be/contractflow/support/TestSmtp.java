package be.contractflow.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-process SMTP servers (GreenMail) of the tests, each on a port that is free when it is
 * chosen: two builds on one machine no longer fight over a fixed port, and no test ever mails a
 * port another program opened (127.0.0.1:1025 is a developer's mail catcher). Every port handed out
 * here is remembered; {@link TestMailGuard} refuses a test context whose mail sender points anywhere
 * else, and {@link TestMailContextCustomizerFactory} points every context at {@link #sink()} unless
 * the test class sets {@code spring.mail.port} to its own server.
 */
public final class TestSmtp {

  private static final Set<Integer> OPENED = ConcurrentHashMap.newKeySet();
  private static GreenMail sink;

  private TestSmtp() {}

  /** An SMTP setup on 127.0.0.1 and a free port; pass its port to {@code spring.mail.port}. */
  public static ServerSetup onFreePort() {
    try (ServerSocket probe = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      int port = probe.getLocalPort();
      OPENED.add(port);
      return new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    } catch (IOException e) {
      throw new UncheckedIOException("no free port for the test SMTP server", e);
    }
  }

  /**
   * The SMTP server of every test context that brings none of its own (started once per test JVM,
   * stopped with it): whatever a test's notices send lands here, in this process.
   */
  public static synchronized GreenMail sink() {
    if (sink == null) {
      sink = new GreenMail(onFreePort());
      sink.start();
      GreenMail started = sink;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-smtp-sink-stop"));
    }
    return sink;
  }

  /** Whether {@code host:port} is an SMTP server a test of this JVM opened. */
  public static boolean openedByTests(String host, int port) {
    boolean loopback = "127.0.0.1".equals(host) || "localhost".equals(host) || "::1".equals(host);
    return loopback && OPENED.contains(port);
  }
}
