package be.contractflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The benchmark's mail server (DiscardingSmtp) takes what the relay sends, as a real one does. */
class DiscardingSmtpTest {

  @Test
  void every_message_of_one_connection_is_accepted_up_to_its_final_dot_and_counted_once() throws Exception {
    try (var smtp = new DiscardingSmtp()) {
      var properties = new Properties();
      properties.put("mail.smtp.host", "127.0.0.1");
      properties.put("mail.smtp.port", String.valueOf(smtp.port()));
      properties.put("mail.smtp.timeout", "5000"); // a sink that missed the end fails, not hangs
      Session session = Session.getInstance(properties);
      try (Transport transport = session.getTransport("smtp")) {
        transport.connect();
        for (String body : new String[] {
            "Rappel de paiement\r\n.\r\n..\r\n.x\r\n", // lines of dots: stuffed by the client
            "Betalingsherinnering: 1.210,00 € vóór 15 april"}) {
          var message = new MimeMessage(session);
          message.setFrom(new InternetAddress("facturation@virtura.be"));
          message.setRecipient(Message.RecipientType.TO, new InternetAddress("client-1@example.be"));
          message.setSubject("Rappel", "UTF-8");
          message.setText(body, "UTF-8");
          message.saveChanges();
          transport.sendMessage(message, message.getAllRecipients());
        }
        assertThat(transport.isConnected()).isTrue(); // NOOP answered
      }
      assertThat(smtp.accepted()).isEqualTo(2);
    }
  }
}
