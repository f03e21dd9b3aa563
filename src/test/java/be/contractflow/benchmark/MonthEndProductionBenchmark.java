package be.contractflow.benchmark;

import be.contractflow.ContractflowApplication;
import be.contractflow.billing.StructuredCommunication;
import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientRepository;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.ledger.Language;
import be.contractflow.ledger.Quote;
import be.contractflow.ledger.QuoteRepository;
import be.contractflow.money.Money;
import be.contractflow.process.payment.PaymentProcess;
import be.contractflow.support.TestSmtp;
import be.contractflow.terms.TermsService;
import be.contractflow.time.BusinessClock;
import com.icegreen.greenmail.util.GreenMail;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The month-end storm as production runs it, beside a bare engine doing the same shape of work:
 * {@code benchmark.invoices} (default 2 000) Virtura invoices of professional clients, four per
 * contract, one contract per client, all due on Tuesday 31 March 2026; the engine clock jumps to
 * 1 April 06:00 and keeps ticking, and <em>Camunda's own job executor</em> (acquisition, locking,
 * its thread pool) runs the late timer, "Open dunning", the reminder timer and "Send payment
 * reminder" (VIR-4) of every invoice, while the notice relay e-mails the reminders to an
 * in-process SMTP sink. The baseline is a bare Camunda 7.24 engine (no Spring, no contractflow
 * code) running timer → async task writing a row → timer → async task writing a row for as many
 * instances, with the same job-executor settings, history level ({@code full}), id generator and
 * pool size.
 *
 * <p>Each round runs A (contractflow) then B (bare), each on a database of its own created and
 * dropped by the run on the PostgreSQL of {@code CONTRACTFLOW_DB_URL}; {@code benchmark.rounds}
 * (default 2) rounds interleave A/B/A/B. Each round prints one line and the JSON lands in {@code
 * target/benchmark/month-end.json}. It asserts nothing: figures are read as ratios of the same run.
 * A small storm on each side first ({@code benchmark.warmup} invoices, default 200, 0 for none)
 * warms the JVM both share and is not reported.
 */
@Tag("benchmark")
class MonthEndProductionBenchmark {

  private static final ZonedInstant STORM = new ZonedInstant(LocalDate.of(2026, 4, 1), 6);
  private static final LocalDate ISSUED = LocalDate.of(2026, 3, 1);
  private static final LocalDate DUE = LocalDate.of(2026, 3, 31);
  private static final Duration GIVE_UP = Duration.ofMinutes(30);

  private final String url = env("CONTRACTFLOW_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  private final String user = env("CONTRACTFLOW_DB_USER", "postgres");
  private final String password = env("CONTRACTFLOW_DB_PASSWORD", "");

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void month_end_storm_through_the_job_executor_beside_a_bare_engine() throws Exception {
    int invoices = Integer.getInteger("benchmark.invoices", 2_000);
    int rounds = Integer.getInteger("benchmark.rounds", 2);
    // A/B of a setting in the same run: the application once more per round with these
    // command-line arguments, e.g. -Dbenchmark.variant=--contractflow.jobs.timers-first=false
    List<String> variant = System.getProperty("benchmark.variant", "").isBlank() ? List.of()
        : List.of(System.getProperty("benchmark.variant").trim().split("\\s+"));
    System.out.printf("%nmonth-end benchmark on %s%n", url);
    // both sides share this JVM: whichever runs first compiles the engine's code paths for the
    // other (the bare engine ran after a cold application and gained from it); a production node
    // has been running for days when month-end comes. One small unreported storm each, first.
    int warmUp = Integer.getInteger("benchmark.warmup", Math.min(200, invoices));
    if (warmUp > 0) {
      Figures project = inDatabase("cfbench_warmup", db -> runProject(db, warmUp, List.of()));
      Figures bare = inDatabase("cfbench_warmup", db -> runBare(db, warmUp, project.settings()));
      System.out.printf(Locale.ROOT, "warm-up (not a measurement): invoices=%d project=%.0f "
          + "jobs/s bare=%.0f jobs/s%n", warmUp, project.jobsPerSecond(), bare.jobsPerSecond());
    }
    List<String> json = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      System.out.printf("load average: %.2f%n", loadAverage());
      if (!variant.isEmpty()) {
        Figures other = inDatabase("cfbench_variant", db -> runProject(db, invoices, variant));
        System.out.printf(Locale.ROOT, "variant %s: invoices=%d project=%.0f jobs/s "
                + "history_per_invoice=%.1f KB p99_lateness=%.1f s (%d jobs in %.1f s)%n",
            variant, invoices, other.jobsPerSecond(), other.historyKbPerInvoice(),
            other.p99Lateness(), other.jobs(), other.seconds());
      }
      Figures project = inDatabase("cfbench_project", db -> runProject(db, invoices, List.of()));
      Figures bare = inDatabase("cfbench_bare", db -> runBare(db, invoices, project.settings()));
      String line = String.format(Locale.ROOT,
          "month-end: invoices=%d project=%.0f jobs/s bare=%.0f jobs/s ratio=%.2f "
              + "history_per_invoice=%.1f KB bare_history_per_invoice=%.1f KB "
              + "p99_lateness=%.1f s bare_p99_lateness=%.1f s",
          invoices, project.jobsPerSecond(), bare.jobsPerSecond(),
          project.jobsPerSecond() / bare.jobsPerSecond(), project.historyKbPerInvoice(),
          bare.historyKbPerInvoice(), project.p99Lateness(), bare.p99Lateness());
      System.out.println(line);
      System.out.printf("  (project: %d jobs in %.1f s, %.1f history rows/invoice; bare: %d jobs in "
              + "%.1f s, %.1f history rows/invoice; executor %s)%n",
          project.jobs(), project.seconds(), project.historyRowsPerInvoice(), bare.jobs(),
          bare.seconds(), bare.historyRowsPerInvoice(), project.settings());
      json.add(String.format(Locale.ROOT,
          "{\"round\":%d,\"database\":\"%s\",\"loadAverage\":%.2f,\"invoices\":%d,"
              + "\"projectJobsPerSecond\":%.1f,\"bareJobsPerSecond\":%.1f,\"ratio\":%.3f,"
              + "\"historyPerInvoiceKb\":%.2f,\"bareHistoryPerInvoiceKb\":%.2f,"
              + "\"historyRowsPerInvoice\":%.1f,\"bareHistoryRowsPerInvoice\":%.1f,"
              + "\"p99LatenessSeconds\":%.2f,\"bareP99LatenessSeconds\":%.2f,"
              + "\"projectJobs\":%d,\"bareJobs\":%d,\"executor\":\"%s\"}",
          round, url, loadAverage(), invoices, project.jobsPerSecond(), bare.jobsPerSecond(),
          project.jobsPerSecond() / bare.jobsPerSecond(), project.historyKbPerInvoice(),
          bare.historyKbPerInvoice(), project.historyRowsPerInvoice(),
          bare.historyRowsPerInvoice(), project.p99Lateness(), bare.p99Lateness(),
          project.jobs(), bare.jobs(), project.settings()));
    }
    Path out = Path.of("target", "benchmark", "month-end.json");
    Files.createDirectories(out.getParent());
    Files.writeString(out, "[\n  " + String.join(",\n  ", json) + "\n]\n");
    System.out.println("written: " + out.toAbsolutePath());
  }

  // --- A: contractflow ---------------------------------------------------------------------

  private Figures runProject(String dbUrl, int count, List<String> extraArgs) throws Exception {
    var smtp = new GreenMail(TestSmtp.onFreePort());
    smtp.start();
    ClockUtil.setCurrentTime(Date.from(BusinessClock.noonOf(ISSUED)));
    ConfigurableApplicationContext app = new SpringApplicationBuilder(
        ContractflowApplication.class)
        .profiles("postgres")
        // command-line arguments: they outrank application*.yaml (default properties do not)
        .run(Stream.concat(Stream.of(
            "--spring.datasource.url=" + dbUrl,
            "--spring.datasource.username=" + user,
            "--spring.datasource.password=" + password,
            "--server.port=0",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + smtp.getSmtp().getPort(),
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN",
            "--camunda.bpm.job-execution.enabled=true",
            "--contractflow.notice.relay.enabled=true"), extraArgs.stream())
            .toArray(String[]::new));
    try {
      var engine = app.getBean(ProcessEngine.class);
      var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      var settings = JobExecutorSettings.of(configuration,
          app.getBean("camundaTaskExecutor", ThreadPoolTaskExecutor.class));
      var jdbc = JdbcClient.create(app.getBean(DataSource.class));
      String used = jdbc.sql("select current_database()").query(String.class).single();
      if (!dbUrl.contains("/" + used)) {
        throw new IllegalStateException("the application runs on " + used + ", not " + dbUrl);
      }
      History before = History.of(jdbc);
      seedInvoices(app, count);
      return storm(engine.getManagementService(), jdbc, count, before, settings);
    } finally {
      app.close();
      smtp.stop();
    }
  }

  private void seedInvoices(ConfigurableApplicationContext app, int count) {
    var tx = app.getBean(TransactionTemplate.class);
    var clients = app.getBean(ClientRepository.class);
    var quotes = app.getBean(QuoteRepository.class);
    var contracts = app.getBean(ContractRepository.class);
    var invoices = app.getBean(InvoiceRepository.class);
    var payments = app.getBean(PaymentProcess.class);
    var terms = app.getBean(TermsService.class);
    var now = BusinessClock.noonOf(ISSUED).atZone(BusinessClock.ZONE).toOffsetDateTime();
    BigDecimal total = new BigDecimal("1210.00");
    int perContract = 4;
    for (int first = 0; first < count; first += 200) {
      int from = first;
      tx.executeWithoutResult(status -> {
        for (int i = from; i < Math.min(from + 200, count); i += perContract) {
          int c = i / perContract;
          Client client = clients.insert(new Client(null, "Client " + c, "client-" + c
              + "@example.be", Language.fr, ClientType.PROFESSIONAL, null,
              "Rue de la Loi 16, 1000 Bruxelles", now));
          String quoteNumber = String.format("Q-2026-%05d", c + 1);
          String contractNumber = String.format("C-2026-%05d", c + 1);
          quotes.insert(new Quote(quoteNumber, client.id(), "virtura", ContractKind.RECURRING,
              ISSUED, "SIGNED", null, null, null, null, ISSUED,
              List.of(new Quote.Line("Chatbot", BigDecimal.ONE, new BigDecimal("1000.00")))),
              now);
          var contract = new Contract(contractNumber, quoteNumber, client.id(), "virtura",
              ContractKind.RECURRING, ContractStatus.ACTIVE, false, ISSUED, null, null);
          contracts.insert(contract, now);
          terms.pin(contractNumber); // signed: its terms are pinned, as every running contract's
          for (int k = i; k < Math.min(i + perContract, count); k++) {
            int seq = 10_000 + k;
            var invoice = new Invoice(String.format("F-2026-%06d", seq), contractNumber,
                client.id(), InvoiceKind.PERIODIC, "VIR-4", ISSUED, DUE,
                new BigDecimal("1000.00"), new BigDecimal("0.21"), new BigDecimal("210.00"),
                total, StructuredCommunication.forInvoice(2026, seq), InvoiceStatus.OPEN,
                Money.ZERO, Money.ZERO, Money.ZERO, null, Money.ZERO);
            invoices.insert(invoice, 2026, seq, List.of(), now);
            payments.start(invoice, contract, false, null);
          }
        }
      });
    }
  }

  // --- B: the bare engine ------------------------------------------------------------------

  private Figures runBare(String dbUrl, int count, JobExecutorSettings settings)
      throws Exception {
    ClockUtil.setCurrentTime(Date.from(BusinessClock.noonOf(ISSUED)));
    ProcessEngine engine = BareEngineMonthEnd.start(dbUrl, user, password,
        Integer.parseInt(env("CONTRACTFLOW_DB_POOL", "20")), settings);
    try {
      var dataSource = (DataSource) ((ProcessEngineConfigurationImpl)
          engine.getProcessEngineConfiguration()).getDataSource();
      var jdbc = JdbcClient.create(dataSource);
      History before = History.of(jdbc);
      BareEngineMonthEnd.seed(engine, count,
          Date.from(BusinessClock.noonOf(DUE).plus(Duration.ofHours(12))));
      var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      configuration.getJobExecutor().start();
      try {
        return storm(engine.getManagementService(), jdbc, count, before, settings);
      } finally {
        configuration.getJobExecutor().shutdown();
      }
    } finally {
      engine.close();
      ((com.zaxxer.hikari.HikariDataSource) ((ProcessEngineConfigurationImpl)
          engine.getProcessEngineConfiguration()).getDataSource()).close();
    }
  }

  // --- the storm, measured the same way for both ----------------------------------------

  private Figures storm(ManagementService management, JdbcClient jdbc, int count,
      History before, JobExecutorSettings settings) {
    Instant stormStart = STORM.instant();
    ClockUtil.offset(stormStart.toEpochMilli() - System.currentTimeMillis());
    Timestamp from = new Timestamp(stormStart.toEpochMilli());
    long deadline = System.nanoTime() + GIVE_UP.toNanos();
    waitUntil(() -> management.createJobQuery().executable().count() == 0, deadline);
    // stop the clock where the storm ended: the real date is later than every remaining timer
    ClockUtil.setCurrentTime(ClockUtil.getCurrentTime());
    long jobs = jdbc.sql("select count(*) from act_hi_job_log where job_state_ = 2 "
        + "and timestamp_ >= ?").param(from).query(Long.class).single();
    Timestamp last = jdbc.sql("select max(timestamp_) from act_hi_job_log where job_state_ = 2")
        .query(Timestamp.class).single();
    double seconds = Math.max(0.001, (last.getTime() - stormStart.toEpochMilli()) / 1000.0);
    Double p99 = jdbc.sql("""
        select percentile_cont(0.99) within group (order by extract(epoch from
               s.timestamp_ - greatest(s.job_duedate_, c.timestamp_, ?)))
          from act_hi_job_log s
          join act_hi_job_log c on c.job_id_ = s.job_id_ and c.job_state_ = 0
         where s.job_state_ = 2 and s.job_def_type_ like 'timer%' and s.timestamp_ >= ?""")
        .param(from).param(from).query(Double.class).single();
    System.out.println("  lateness by timer (p50 / p99 s, jobs): " + jdbc.sql("""
        select s.act_id_ as activity, count(*) as n,
               percentile_cont(0.5) within group (order by extract(epoch from
                 s.timestamp_ - greatest(s.job_duedate_, c.timestamp_, ?))) as p50,
               percentile_cont(0.99) within group (order by extract(epoch from
                 s.timestamp_ - greatest(s.job_duedate_, c.timestamp_, ?))) as p99
          from act_hi_job_log s
          join act_hi_job_log c on c.job_id_ = s.job_id_ and c.job_state_ = 0
         where s.job_state_ = 2 and s.job_def_type_ like 'timer%' and s.timestamp_ >= ?
         group by s.act_id_ order by s.act_id_""").param(from).param(from).param(from)
        .query((rs, n) -> String.format(Locale.ROOT, "%s %.1f / %.1f (%d)",
            rs.getString("activity"), rs.getDouble("p50"), rs.getDouble("p99"), rs.getLong("n"))).list());
    History after = History.of(jdbc);
    System.out.println("  history rows per invoice: " + after.perTable(before, count));
    System.out.println("  history KB per invoice:   " + after.bytesPerTable(before, count));
    return new Figures(jobs, seconds, (after.bytes() - before.bytes()) / 1024.0 / count,
        (after.rows() - before.rows()) / (double) count, p99 == null ? 0 : p99, settings);
  }

  private static void waitUntil(BooleanSupplier done, long deadlineNanos) {
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadlineNanos) {
        throw new IllegalStateException("the storm did not finish within " + GIVE_UP);
      }
      try {
        Thread.sleep(250); // polling the real executor's progress, not waiting for business time
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  record Figures(long jobs, double seconds, double historyKbPerInvoice,
      double historyRowsPerInvoice, double p99Lateness, JobExecutorSettings settings) {
    double jobsPerSecond() {
      return jobs / seconds;
    }
  }

  /** Bytes (tables, indexes, TOAST) and rows of Camunda's history tables. */
  record History(long bytes, long rows, java.util.Map<String, Long> rowsPerTable,
      java.util.Map<String, Long> bytesPerTable) {

    /** KB per history table (tables, indexes, TOAST) per invoice written since {@code before}. */
    String bytesPerTable(History before, int count) {
      return bytesPerTable.entrySet().stream()
          .map(e -> java.util.Map.entry(e.getKey(), (e.getValue()
              - before.bytesPerTable.getOrDefault(e.getKey(), 0L)) / 1024.0 / count))
          .filter(e -> e.getValue() > 0.05)
          .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
          .map(e -> String.format(Locale.ROOT, "%s=%.1f", e.getKey(), e.getValue()))
          .collect(java.util.stream.Collectors.joining(" "));
    }

    /** Rows per history table per invoice written since {@code before}, largest first. */
    String perTable(History before, int count) {
      return rowsPerTable.entrySet().stream()
          .map(e -> java.util.Map.entry(e.getKey(),
              (e.getValue() - before.rowsPerTable.getOrDefault(e.getKey(), 0L)) / (double) count))
          .filter(e -> e.getValue() > 0)
          .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
          .map(e -> String.format(Locale.ROOT, "%s=%.1f", e.getKey(), e.getValue()))
          .collect(java.util.stream.Collectors.joining(" "));
    }

    static History of(JdbcClient jdbc) {
      List<String> tables = jdbc.sql("""
          select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where c.relkind = 'r' and c.relname like 'act\\_hi\\_%' and n.nspname = current_schema()
          """).query(String.class).list();
      long bytes = 0;
      long rows = 0;
      var perTable = new java.util.TreeMap<String, Long>();
      var bytesPerTable = new java.util.TreeMap<String, Long>();
      for (String table : tables) {
        jdbc.sql("analyze " + table).update();
        long size = jdbc.sql("select pg_total_relation_size(?::regclass)").param(table)
            .query(Long.class).single();
        bytes += size;
        bytesPerTable.put(table, size);
        long n = jdbc.sql("select count(*) from " + table).query(Long.class).single();
        perTable.put(table, n);
        rows += n;
      }
      return new History(bytes, rows, perTable, bytesPerTable);
    }
  }

  // --- databases ---------------------------------------------------------------------------

  interface InDatabase<T> {
    T run(String dbUrl) throws Exception;
  }

  /** Runs {@code work} on a database of its own on the server of {@code CONTRACTFLOW_DB_URL}. */
  private <T> T inDatabase(String prefix, InDatabase<T> work) throws Exception {
    Matcher m = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]+)(\\?.*)?$").matcher(url);
    if (!m.matches()) {
      throw new IllegalStateException("CONTRACTFLOW_DB_URL must be jdbc:postgresql://host:port/db");
    }
    String name = prefix + "_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
    String admin = m.group(1) + m.group(2) + (m.group(3) == null ? "" : m.group(3));
    try (Connection c = DriverManager.getConnection(admin, user, password)) {
      c.createStatement().execute("create database " + name);
      if (Boolean.getBoolean("benchmark.log-statements")) { // every statement in the server log
        c.createStatement().execute("alter database " + name + " set log_statement = 'all'");
      }
    }
    try {
      return work.run(m.group(1) + name + (m.group(3) == null ? "" : m.group(3)));
    } finally {
      if (Boolean.getBoolean("benchmark.keep")) { // to look into it afterwards
        System.out.println("  kept database " + name);
      } else {
        try (Connection c = DriverManager.getConnection(admin, user, password)) {
          c.createStatement().execute("drop database if exists " + name + " with (force)");
        }
      }
    }
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  record ZonedInstant(LocalDate date, int hour) {
    Instant instant() {
      return date.atTime(hour, 0).atZone(BusinessClock.ZONE).toInstant();
    }
  }
}
