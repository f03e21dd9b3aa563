package be.contractflow.api;

import static be.contractflow.support.LedgerFixtures.today;

import be.contractflow.support.QuoteToAcceptance;
import be.contractflow.support.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue #3 through the API in the simulation profile, per profile: quote, signature, payments,
 * contract events and the clock, to acceptance (scenarios in {@link QuoteToAcceptance}); notices
 * go out over a real in-process SMTP server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "simulation"})
class QuoteToAcceptanceApiTest {

  static final ServerSetup SMTP = TestSmtp.onFreePort();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(SMTP);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getPort());
  }

  @Autowired TestRestTemplate http;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void WJA_2_WJA_24_a_wja_website_from_quote_to_deemed_acceptance() {
    today(LocalDate.of(2026, 3, 2));
    new QuoteToAcceptance(http).wja();
  }

  @Test
  void BDB_8_1_BDB_6_3_BDB_16_4_a_debruijne_creation_from_quote_to_acceptance_at_go_live() {
    today(LocalDate.of(2026, 5, 4));
    new QuoteToAcceptance(http).debruijne();
  }

  @Test
  void VIR_2_a_virtura_project_from_quote_to_acceptance_without_deposit() {
    today(LocalDate.of(2026, 7, 15));
    new QuoteToAcceptance(http).virtura();
  }
}
