package be.contractflow.support;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The in-process SMTP server (GreenMail) of the tests that send mail, on a port that is free when
 * the test class loads: two builds on one machine (a developer's and a helper's, or CI's) no
 * longer fight over GreenMail's fixed 3025.
 */
public final class TestSmtp {

  private TestSmtp() {}

  /** An SMTP setup on 127.0.0.1 and a free port; pass its port to {@code spring.mail.port}. */
  public static ServerSetup onFreePort() {
    try (ServerSocket probe = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return new ServerSetup(probe.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    } catch (IOException e) {
      throw new UncheckedIOException("no free port for the test SMTP server", e);
    }
  }
}
