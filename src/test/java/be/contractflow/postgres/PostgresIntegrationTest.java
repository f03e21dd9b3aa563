package be.contractflow.postgres;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.billing.PaymentCommand;
import be.contractflow.billing.PaymentService;
import be.contractflow.billing.SettlementService;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.ledger.Language;
import be.contractflow.ledger.NumberSequence;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.ContractLifecycle;
import be.contractflow.process.ProcessVariables;
import be.contractflow.support.ConcurrentNumbering;
import be.contractflow.support.LedgerFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform on a real PostgreSQL ({@code ./mvnw verify -Ppostgres}; URL, user and password from
 * CONTRACTFLOW_DB_URL, CONTRACTFLOW_DB_USER, CONTRACTFLOW_DB_PASSWORD).
 */
@Tag("postgres")
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class PostgresIntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired LedgerFixtures ledger;
  @Autowired NoticeService notices;
  @Autowired PaymentService payments;
  @Autowired SettlementService settlements;
  @Autowired NumberSequence numbers;
  @Autowired TransactionTemplate tx;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void the_schema_is_created_by_camunda_and_flyway_in_postgresql() {
    String product = jdbc.sql("select version()").query(String.class).single();
    assertThat(product).startsWith("PostgreSQL");
    assertThat(tables()).contains("act_ru_execution", "act_hi_procinst", "act_re_decision_def",
        "cf_invoice", "cf_payment", "cf_notice", "cf_deadline", "cf_schema_history");
  }

  @Test
  void a_process_starts_its_business_day_timer_fires_and_its_notice_is_written() {
    today(LocalDate.of(2026, 5, 13)); // Wednesday; the day after is Ascension Day
    var client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    var contract = ledger.contract("wja", ContractKind.PROJECT, client);
    var invoice = ledger.invoice(contract, InvoiceKind.DEPOSIT, "WJA-2", "1000.00");

    var instance = runtime.startProcessInstanceByKey("platform-smoke", Map.of(
        ContractLifecycle.CLIENT_ID, client.id(), ProcessVariables.CONTRACT_NUMBER, contract.number(),
        ProcessVariables.INVOICE_NUMBER, invoice.number(), "startDate", "2026-05-13"));
    var timer = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    // one day after 13 May is Ascension (14 May): the period ends Friday 15 May at 24:00
    assertThat(timer.getDuedate().toInstant().toString()).isEqualTo("2026-05-15T22:00:00Z");

    today(LocalDate.of(2026, 5, 16));
    management.executeJob(timer.getId());
    var sendNotice = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
    management.executeJob(sendNotice.getId());

    assertThat(notices.forContract(contract.number()))
        .extracting(n -> n.type())
        .containsExactlyInAnyOrder(NoticeType.INVOICE_SENT, NoticeType.PAYMENT_REMINDER);

    var settled = payments.record(new PaymentCommand(invoice.number(),
        settlements.at(invoice.number(), LocalDate.of(2026, 5, 16)).total(), null, "PG-1", "accounting"));
    assertThat(settled.invoiceStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void WJA_10b_10c_amounts_are_the_same_on_postgresql() {
    today(LocalDate.of(2026, 3, 10));
    var client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    var invoice = ledger.invoice(ledger.contract("wja", ContractKind.PROJECT, client),
        InvoiceKind.DEPOSIT, "WJA-2", "1000.00");

    var s = settlements.at(invoice, LocalDate.of(2026, 4, 11));

    assertThat(s.interest()).isEqualByComparingTo(new BigDecimal("24.20"));
    assertThat(s.indemnity()).isEqualByComparingTo(new BigDecimal("181.50"));
  }

  @Test
  void invoice_numbers_stay_gapless_under_concurrent_issuing_on_postgresql() throws Exception {
    var committed = ConcurrentNumbering.draw(numbers, tx, "PGT", 2040, 6, 20, 4);

    assertThat(committed).containsExactlyInAnyOrderElementsOf(
        IntStream.rangeClosed(1, 90).boxed().toList());
  }

  private List<String> tables() {
    return jdbc.sql("select lower(table_name) from information_schema.tables where table_schema = current_schema()")
        .query(String.class).list();
  }
}
