package be.contractflow.postgres;

import be.contractflow.notice.NoticeService;
import be.contractflow.support.TerminationScenarios;
import be.contractflow.support.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
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
 * Ends of recurring contracts on a real PostgreSQL ({@code ./mvnw verify -Ppostgres}), through the
 * API in the simulation profile: the same scenarios as the H2 suite ({@link TerminationScenarios}),
 * the credit of the days invoiced after the end ({@code cf_invoice_period}) and a WJA-12 resolution
 * from the payment process.
 */
@Tag("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres", "simulation"})
class TerminationPostgresTest {

  static final ServerSetup SMTP = TestSmtp.onFreePort();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(SMTP);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getPort());
  }

  @Autowired TestRestTemplate http;
  @Autowired NoticeService notices;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void BDB_13_4_maintenance_ended_by_force_majeure_and_credited_on_postgresql() {
    new TerminationScenarios(http, notices).maintenanceEndedByForceMajeure();
  }

  @Test
  void WJA_12_hosting_resolved_by_the_payment_process_on_postgresql() {
    new TerminationScenarios(http, notices).hostingResolvedByThePaymentProcess();
  }
}
