package be.contractflow.support;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server that accepts every message, counts it and throws it away: the month-end
 * benchmark's stand-in for the agency's mail server, which runs on another host. GreenMail, the
 * tests' server, keeps every message and every recipient's mailbox in memory and finds a mailbox
 * by walking all of them: after five storms of 2 000 reminders to 500 clients each, the sink's
 * threads took as much CPU as a sixth of the application's job threads, on the same two cores
 * (docs/PERFORMANCE.md). This one only reads to the end of each message. On 127.0.0.1 and a port
 * of {@link TestSmtp#onFreePort()}, so the tests' mail guard knows it.
 */
public final class DiscardingSmtp implements AutoCloseable {

  private static final byte[] CRLF = {'\r', '\n'};

  private final ServerSocket server;
  private final ExecutorService connections = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "discarding-smtp");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicLong accepted = new AtomicLong();

  public DiscardingSmtp() {
    try {
      server = new ServerSocket(TestSmtp.onFreePort().getPort(), 50,
          InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException("the discarding SMTP server could not start", e);
    }
    connections.execute(this::accept);
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Messages accepted since the server started. */
  public long accepted() {
    return accepted.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        connections.execute(() -> serve(socket));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  /** One connection: any number of messages, each MAIL, RCPT..., DATA, until QUIT. */
  private void serve(Socket socket) {
    try (socket) {
      var in = new Input(socket.getInputStream());
      OutputStream out = new BufferedOutputStream(socket.getOutputStream());
      reply(out, "220 discarding-smtp ready");
      String line;
      while ((line = in.line()) != null) {
        String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
        switch (verb) {
          case "EHLO" -> reply(out, "250-discarding-smtp\r\n250 8BITMIME");
          case "DATA" -> {
            reply(out, "354 end with <CRLF>.<CRLF>");
            if (!in.skipMessage()) {
              return;
            }
            accepted.incrementAndGet();
            reply(out, "250 accepted");
          }
          case "QUIT" -> {
            reply(out, "221 bye");
            return;
          }
          default -> reply(out, "250 ok"); // HELO, MAIL, RCPT, RSET, NOOP
        }
      }
    } catch (IOException e) {
      // the client went away: nothing to keep
    }
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.US_ASCII));
    out.write(CRLF);
    out.flush();
  }

  /** Reads a connection in blocks of 64 KB (not a synchronized call per byte). */
  private static final class Input {
    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;

    Input(InputStream in) {
      this.in = in;
    }

    private int next() throws IOException {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return -1;
        }
      }
      return buffer[position++] & 0xFF;
    }

    /** A command line without its CR LF, or null at the end of the stream. */
    String line() throws IOException {
      var line = new StringBuilder();
      int b;
      while ((b = next()) != -1) {
        if (b == '\n') {
          int end = line.length();
          return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1)
              : line.toString();
        }
        line.append((char) b);
      }
      return null;
    }

    /** Reads up to the CR LF "." CR LF ending the message; false if the stream ended first. */
    boolean skipMessage() throws IOException {
      // how much of CR LF "." CR LF has been read; DATA's own line ended with CR LF
      int matched = 2;
      int b;
      while ((b = next()) != -1) {
        matched = switch (matched) {
          case 0, 3 -> b == '\r' ? matched + 1 : 0;
          case 1, 4 -> b == '\n' ? matched + 1 : b == '\r' ? 1 : 0;
          case 2 -> b == '.' ? 3 : b == '\r' ? 1 : 0;
          default -> throw new IllegalStateException();
        };
        if (matched == 5) {
          return true;
        }
      }
      return false;
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // closing
    }
    connections.shutdownNow();
  }
}
