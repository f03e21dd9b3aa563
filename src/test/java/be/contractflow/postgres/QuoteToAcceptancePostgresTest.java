package be.contractflow.postgres;

import static be.contractflow.support.LedgerFixtures.today;

import be.contractflow.support.QuoteToAcceptance;
import be.contractflow.support.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One full contract per profile from quote to acceptance on a real PostgreSQL ({@code ./mvnw
 * verify -Ppostgres}), through the API in the simulation profile: the same scenarios as the H2
 * suite ({@link QuoteToAcceptance}).
 */
@Tag("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres", "simulation"})
class QuoteToAcceptancePostgresTest {

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
  void wja_website_quote_to_acceptance_on_postgresql() {
    today(LocalDate.of(2026, 3, 2));
    new QuoteToAcceptance(http).wja();
  }

  @Test
  void debruijne_creation_quote_to_acceptance_on_postgresql() {
    today(LocalDate.of(2026, 5, 4));
    new QuoteToAcceptance(http).debruijne();
  }

  @Test
  void virtura_project_quote_to_acceptance_on_postgresql() {
    today(LocalDate.of(2026, 7, 15));
    new QuoteToAcceptance(http).virtura();
  }
}
