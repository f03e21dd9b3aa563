package be.contractflow.benchmark;

import be.contractflow.billing.StructuredCommunication;
import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.ledger.Language;
import be.contractflow.money.Money;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.payment.PaymentProcess;
import be.contractflow.support.LedgerFixtures;
import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The month-end storm, measured, not asserted: {@code benchmark.invoices} (default 10 000) Virtura
 * invoices of professional clients all due on Tuesday 31 March 2026, their {@code payment}
 * processes started; the clock moves to 1 April and every due job runs on {@code
 * benchmark.threads} threads (default 2, like the job executor's pool on this machine): the late
 * timer, "Open dunning", the reminder timer and "Send payment reminder" (VIR-4) — four jobs and one
 * outbox row per invoice. Prints the duration and the throughput.
 *
 * <p>Not part of {@code ./mvnw verify} (tag {@code benchmark}); run it with {@code ./mvnw test
 * -Pbenchmark}, on PostgreSQL with {@code -Pbenchmark,postgres-benchmark} (see the README).
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class MonthEndDunningBenchmark {

  @Autowired LedgerFixtures ledger;
  @Autowired InvoiceRepository invoices;
  @Autowired PaymentProcess paymentProcess;
  @Autowired ManagementService management;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void month_end_of_overdue_invoices() throws Exception {
    int count = Integer.getInteger("benchmark.invoices", 10_000);
    int threads = Integer.getInteger("benchmark.threads", 2);
    LocalDate issued = LocalDate.of(2026, 3, 1);
    LocalDate due = LocalDate.of(2026, 3, 31);
    LedgerFixtures.today(issued);

    long setupStart = System.nanoTime();
    Client client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    Contract contract = ledger.contract("virtura", ContractKind.RECURRING, client);
    BigDecimal total = new BigDecimal("1210.00");
    for (int batch = 0; batch < count; batch += 500) {
      int from = batch;
      tx.executeWithoutResult(status -> {
        for (int i = from; i < Math.min(from + 500, count); i++) {
          int seq = 90_000 + i;
          var invoice = new Invoice(String.format("B-%d-%06d", issued.getYear(), seq),
              contract.number(), client.id(), InvoiceKind.PERIODIC, "VIR-4", issued, due,
              new BigDecimal("1000.00"), new BigDecimal("0.21"), new BigDecimal("210.00"), total,
              StructuredCommunication.forInvoice(issued.getYear(), seq), InvoiceStatus.OPEN,
              Money.ZERO, Money.ZERO, Money.ZERO, null, Money.ZERO);
          invoices.insert(invoice, 1900 + i / 100_000, seq, List.of(), BusinessClock.noonOf(issued)
              .atZone(BusinessClock.ZONE).toOffsetDateTime());
          paymentProcess.start(invoice, contract, client, null);
        }
      });
    }
    Duration setup = Duration.ofNanos(System.nanoTime() - setupStart);

    LedgerFixtures.today(due.plusDays(1));
    AtomicInteger executed = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    while (true) {
      List<Job> jobs = management.createJobQuery().processDefinitionKey("payment").executable()
          .listPage(0, 2_000);
      if (jobs.isEmpty()) {
        break;
      }
      var futures = jobs.stream().map(job -> pool.submit(() -> {
        try {
          management.executeJob(job.getId());
          executed.incrementAndGet();
        } catch (OptimisticLockingException e) {
          conflicts.incrementAndGet();
        }
      })).toList();
      for (var future : futures) {
        future.get();
      }
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    Duration storm = Duration.ofNanos(System.nanoTime() - start);
    long reminders = jdbc.sql("select count(*) from cf_notice where type = ?")
        .param(NoticeType.PAYMENT_REMINDER.name()).query(Long.class).single();

    double seconds = storm.toMillis() / 1000.0;
    System.out.printf("%n=== Month-end dunning benchmark (%s) ===%n", jdbc.sql(
        "select 1").query(Integer.class).single() == 1 ? databaseName() : "?");
    System.out.printf("invoices overdue:    %d (setup %.1f s)%n", count, setup.toMillis() / 1000.0);
    System.out.printf("jobs executed:       %d on %d threads (%d optimistic-locking retries)%n",
        executed.get(), threads, conflicts.get());
    System.out.printf("reminders written:   %d%n", reminders);
    System.out.printf("duration:            %.1f s%n", seconds);
    System.out.printf("throughput:          %.0f jobs/s, %.0f invoices/s%n%n",
        executed.get() / seconds, count / seconds);
  }

  private String databaseName() {
    return tx.execute(status -> jdbc.sql("select 1").query(Integer.class).single()) == 1
        ? System.getProperty("benchmark.database", "H2 in memory") : "?";
  }
}
