package be.contractflow.notice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.StreamProvider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The relay names Jakarta Mail's stream provider once (issue 16: the service-loader search it
 * replaces was half of the relay's CPU at month-end); the e-mail a client receives is encoded as
 * before.
 */
class MailStreamProvidersTest {

  private String before;

  @BeforeEach
  void remember() {
    before = System.clearProperty(MailStreamProviders.PROPERTY);
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(MailStreamProviders.PROPERTY);
    } else {
      System.setProperty(MailStreamProviders.PROPERTY, before);
    }
  }

  @Test
  void issue_16_the_relay_names_angus_mail_and_a_reminder_is_encoded_as_before() throws Exception {
    MailStreamProviders.nameOnce();

    assertThat(System.getProperty(MailStreamProviders.PROPERTY))
        .isEqualTo(MailStreamProvider.class.getName());
    assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
    var message = new MimeMessage(Session.getInstance(new Properties()));
    var helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom("facturation@virtura.be");
    helper.setTo("compta@boulangerie-dupont.be");
    helper.setSubject("Rappel de paiement — facture F-2026-0007, échue");
    helper.setText("<p>Montant dû : 1 210,00 €</p>", true);
    message.saveChanges();
    var written = new ByteArrayOutputStream();
    message.writeTo(written);

    String raw = written.toString(StandardCharsets.US_ASCII);
    assertThat(raw).contains("Subject: =?UTF-8?");
    assertThat(MimeUtility.decodeText(message.getHeader("Subject", null)))
        .isEqualTo("Rappel de paiement — facture F-2026-0007, échue");
    var read = new MimeMessage(Session.getInstance(new Properties()),
        new java.io.ByteArrayInputStream(written.toByteArray()));
    assertThat((String) read.getContent()).isEqualTo("<p>Montant dû : 1 210,00 €</p>");
  }

  @Test
  void issue_16_a_provider_named_on_the_command_line_is_kept() {
    System.setProperty(MailStreamProviders.PROPERTY, "com.example.OwnStreamProvider");

    MailStreamProviders.nameOnce();

    assertThat(System.getProperty(MailStreamProviders.PROPERTY))
        .isEqualTo("com.example.OwnStreamProvider");
  }
}
