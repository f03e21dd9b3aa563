package be.contractflow.notice;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The {@code Message-ID} of a notice's e-mail: the same for every attempt to send that notice,
 * from its key, at the domain of its sender — {@code <9f86d081884c7d65….notice@virtura.be>}. A
 * message the mail server accepted just before its node died is sent again once the claim
 * expires (the one window SMTP cannot close, {@link NoticeRelay}); with the same Message-ID, a
 * mail system that drops duplicates delivers it once. Jakarta Mail would otherwise make a new one
 * per attempt, from the host name it looks up for every message.
 */
final class NoticeMessageId {

  /** Where the sender's address has no domain (never for an agency: its identity is checked). */
  static final String NO_DOMAIN = "contractflow.invalid";

  private NoticeMessageId() {}

  /**
   * @param key the notice key
   * @param from the sender, an address with or without a display name
   */
  static String of(String key, String from) {
    return "<" + HexFormat.of().formatHex(sha256(key), 0, 16) + ".notice@" + domainOf(from) + ">";
  }

  private static String domainOf(String from) {
    try {
      String address = new InternetAddress(from).getAddress();
      int at = address == null ? -1 : address.lastIndexOf('@');
      String domain = at < 0 ? "" : address.substring(at + 1).toLowerCase(Locale.ROOT);
      return domain.matches("[a-z0-9.-]+") ? domain : NO_DOMAIN;
    } catch (AddressException | RuntimeException e) {
      return NO_DOMAIN;
    }
  }

  private static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** A message whose Message-ID is given, instead of made anew when it is saved. */
  static final class Message extends MimeMessage {
    private final String messageId;

    Message(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
