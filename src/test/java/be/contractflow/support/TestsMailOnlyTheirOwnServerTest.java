package be.contractflow.support;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.Language;
import be.contractflow.notice.NoticeRelay;
import jakarta.mail.Message;
import java.time.LocalDate;
import java.util.Arrays;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 11 item 13: no test mails a port it did not open. A context that configures no SMTP
 * server (as most do) mails the tests' in-process GreenMail, not 127.0.0.1:1025, and a context
 * pointed at any other port does not start.
 */
@SpringBootTest
@ActiveProfiles("test")
class TestsMailOnlyTheirOwnServerTest {

  @Autowired JavaMailSender mail;
  @Autowired LedgerFixtures ledger;
  @Autowired NoticeRelay relay;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void an_invoice_mailed_to_a_fixture_client_lands_in_the_tests_own_smtp_server() throws Exception {
    today(LocalDate.of(2026, 5, 4));
    var client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    var invoice = ledger.invoice(ledger.contract("wja", ContractKind.PROJECT, client),
        InvoiceKind.DEPOSIT, "WJA-2", "500.00");

    relay.relayPending();

    var sender = (JavaMailSenderImpl) mail;
    assertThat(sender.getPort()).isNotEqualTo(1025)
        .isEqualTo(TestSmtp.sink().getSmtp().getPort());
    assertThat(TestSmtp.sink().getReceivedMessages()).anySatisfy(message -> {
      assertThat(Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .map(Object::toString)).containsExactly(client.email());
      assertThat(message.getSubject()).contains(invoice.number());
    });
  }

  @Test
  void a_mail_sender_pointed_at_a_port_no_test_opened_stops_the_context() {
    var elsewhere = new JavaMailSenderImpl();
    elsewhere.setHost("127.0.0.1");
    elsewhere.setPort(1025);

    assertThatThrownBy(() -> new TestMailGuard().postProcessAfterInitialization(elsewhere, "mail"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("127.0.0.1:1025, a port no test opened");
    var ours = new JavaMailSenderImpl();
    ours.setHost("127.0.0.1");
    ours.setPort(TestSmtp.onFreePort().getPort());
    assertThat(new TestMailGuard().postProcessAfterInitialization(ours, "mail")).isSameAs(ours);
  }
}
