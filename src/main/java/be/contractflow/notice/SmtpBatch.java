package be.contractflow.notice;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection for one batch of the relay's e-mails (issue 16): connect, EHLO and QUIT once
 * per batch instead of once per message. At month-end the relay sends thousands of reminders in a
 * few minutes; a connection per message cost the relay, the mail server and the machine a TCP
 * handshake and a session each.
 *
 * <p>Each message is still handed over and answered on its own ({@code sendMessage} returns when
 * the server accepted it), so the relay records each one as sent before the next leaves: the
 * exactly-once window stays one message wide. A message that fails closes the connection; the
 * next one opens a fresh one, whose failure to connect tells the relay the server is unreachable.
 * A sender that is not Spring's {@link JavaMailSenderImpl} (none in the application) sends as
 * before, one connection per message.
 */
final class SmtpBatch implements AutoCloseable {

  private final JavaMailSender mail;
  private Transport transport;

  SmtpBatch(JavaMailSender mail) {
    this.mail = mail;
  }

  /** Hands one message to the server; returns once the server has accepted it. */
  void send(MimeMessage message) throws MessagingException {
    if (!(mail instanceof JavaMailSenderImpl sender)) {
      mail.send(message);
      return;
    }
    try {
      if (transport == null) {
        transport = connect(sender);
      }
      // as JavaMailSenderImpl does before each message
      if (message.getSentDate() == null) {
        message.setSentDate(new Date());
      }
      message.saveChanges();
      Address[] recipients = message.getAllRecipients();
      transport.sendMessage(message, recipients != null ? recipients : new Address[0]);
    } catch (MessagingException | RuntimeException e) {
      close(); // the connection's state is unknown: the next message opens a new one
      throw e;
    }
  }

  private static Transport connect(JavaMailSenderImpl sender) throws MessagingException {
    String protocol = sender.getProtocol() != null ? sender.getProtocol() : "smtp";
    Transport opened = sender.getSession().getTransport(protocol);
    opened.connect(sender.getHost(), sender.getPort(), blankToNull(sender.getUsername()),
        blankToNull(sender.getPassword()));
    return opened;
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  @Override
  public void close() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException ignored) {
        // QUIT refused or the connection already gone: every message was answered before
      }
      transport = null;
    }
  }
}
