package be.contractflow.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.contractflow.support.TestSmtp;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.Provider;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The relay's e-mails of one batch share one SMTP connection (issue 16), each accepted on its own;
 * a failure closes the connection and the next message opens a new one. Counted at the client's
 * transport: how many times it connected.
 */
class SmtpBatchTest {

  /** An SMTP transport that counts its connections (the session's provider for smtp). */
  public static final class CountingTransport extends SMTPTransport {
    static final AtomicInteger CONNECTIONS = new AtomicInteger();

    public CountingTransport(Session session, URLName url) {
      super(session, url);
    }

    @Override
    protected synchronized boolean protocolConnect(String host, int port, String user,
        String password) throws MessagingException {
      CONNECTIONS.incrementAndGet();
      return super.protocolConnect(host, port, user, password);
    }
  }

  private final GreenMail server = new GreenMail(TestSmtp.onFreePort());
  private final JavaMailSenderImpl sender = new JavaMailSenderImpl();

  @BeforeEach
  void start() {
    server.start();
    sender.setHost("127.0.0.1");
    sender.setPort(server.getSmtp().getPort());
    var properties = new Properties();
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "5000");
    Session session = Session.getInstance(properties);
    try {
      session.setProvider(new Provider(Provider.Type.TRANSPORT, "smtp",
          CountingTransport.class.getName(), "contractflow tests", null));
    } catch (jakarta.mail.NoSuchProviderException e) {
      throw new IllegalStateException(e);
    }
    sender.setSession(session);
    CountingTransport.CONNECTIONS.set(0);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void three_reminders_of_one_batch_go_over_one_connection_each_delivered_once() throws Exception {
    try (var batch = new SmtpBatch(sender)) {
      batch.send(message("a@example.be", "Rappel 1"));
      batch.send(message("b@example.be", "Rappel 2"));
      batch.send(message("c@example.be", "Rappel 3"));
    }

    assertThat(CountingTransport.CONNECTIONS).hasValue(1);
    assertThat(server.getReceivedMessages()).extracting(MimeMessage::getSubject)
        .containsExactly("Rappel 1", "Rappel 2", "Rappel 3");
    assertThat(GreenMailUtil.getBody(server.getReceivedMessages()[1])).contains("Sauf erreur");
  }

  @Test
  void after_a_failed_message_the_next_one_opens_a_new_connection() throws Exception {
    try (var batch = new SmtpBatch(sender)) {
      batch.send(message("a@example.be", "Rappel 1"));
      server.stop(); // the server goes away in the middle of the batch
      assertThatThrownBy(() -> batch.send(message("b@example.be", "Rappel 2")))
          .isInstanceOf(MessagingException.class);
      server.start();
      batch.send(message("b@example.be", "Rappel 2"));
    }

    assertThat(CountingTransport.CONNECTIONS).hasValue(2);
    assertThat(server.getReceivedMessages()).extracting(MimeMessage::getSubject)
        .containsExactly("Rappel 2");
  }

  @Test
  void a_server_that_cannot_be_reached_fails_the_first_message_on_connecting() {
    server.stop();
    try (var batch = new SmtpBatch(sender)) {
      assertThatThrownBy(() -> batch.send(message("a@example.be", "Rappel 1")))
          .isInstanceOf(MessagingException.class)
          .hasRootCauseInstanceOf(java.net.ConnectException.class);
    }
  }

  private MimeMessage message(String to, String subject) throws MessagingException {
    var message = sender.createMimeMessage();
    var helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom("facturation@virtura.be");
    helper.setTo(to);
    helper.setSubject(subject);
    helper.setText("<p>Sauf erreur de notre part, la facture reste impayée.</p>", true);
    return message;
  }
}
