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
import be.contractflow.support.DiscardingSmtp;
import be.contractflow.terms.TermsService;
import be.contractflow.time.BusinessClock;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
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
 * <p>Each side is one node for the whole run — the application (A) in this JVM, the bare engine
 * (B) in a JVM of its own ({@link BareEngineJvm}), each on a database of its own created and
 * dropped by the run on the PostgreSQL of {@code CONTRACTFLOW_DB_URL} — as a production node lives
 * for days before a month-end: it first runs warm-up storms ({@code benchmark.warmup} invoices
 * each, default as many as a measured storm; until JIT compilation takes at most a tenth of a
 * storm on each side, at most {@code benchmark.warmup-storms}, default 6), not reported; then
 * {@code benchmark.rounds} (default 2) rounds interleave A/B/A/B, each on new invoices with the
 * clock set back to their issue date. Each round prints one line and the JSON lands in {@code
 * target/benchmark/month-end.json}; under each storm, the JIT and GC time and the CPU of the
 * node's threads by group. It asserts nothing: figures are read as ratios of the same run.
 */
@Tag("benchmark")
class MonthEndProductionBenchmark {

  private static final ZonedInstant STORM = new ZonedInstant(LocalDate.of(2026, 4, 1), 6);
  static final LocalDate ISSUED = LocalDate.of(2026, 3, 1);
  static final LocalDate DUE = LocalDate.of(2026, 3, 31);
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
    try (Connection server = DriverManager.getConnection(url, user, password);
        var autovacuum = server.createStatement().executeQuery("show autovacuum")) {
      autovacuum.next(); // each storm starts vacuumed whatever it says (settle)
      System.out.println("autovacuum on the server: " + autovacuum.getString(1));
    }
    // A production node has run for days when month-end comes: its code is compiled, its
    // generated classes loaded. Each side is therefore one node for the whole run, on one
    // database, that first lives through storms not reported (the warm-up) and then runs every
    // round on new invoices. Each side has a JVM of its own (the bare engine's: BareEngineJvm),
    // as a production node has: in one shared JVM the engine code both run was profiled and
    // compiled for both at once (the application's job threads then used 8.7-9.5 s of CPU per
    // 2 000-invoice storm; in a JVM of their own, 10.6-11.5 s).
    // (A fresh application context per round spent 15 s of a 22 s storm compiling its new
    // generated classes: JIT time is printed under each storm.)
    int warmUp = Integer.getInteger("benchmark.warmup", invoices);
    List<String> json = new ArrayList<>();
    try (var databases = new Databases();
        var projectNode = new ProjectNode(databases.create("cfbench_project"), List.of());
        var bareNode = new BareEngineJvm(databases.create("cfbench_bare"),
            projectNode.settings());
        var variantNode = variant.isEmpty() ? null
            : new ProjectNode(databases.create("cfbench_variant"), variant)) {
      // warm until the compiler is idle: a storm in which JIT compilation took at most a tenth
      // of the storm's time on each side (at most benchmark.warmup-storms storms)
      int warmUpStorms = Integer.getInteger("benchmark.warmup-storms", 6);
      for (int storm = 1; warmUp > 0 && storm <= warmUpStorms; storm++) {
        Figures project = projectNode.storm(warmUp);
        Figures bare = bareNode.storm(warmUp);
        Figures other = variantNode == null ? null : variantNode.storm(warmUp);
        System.out.printf(Locale.ROOT, "warm-up %d (not a measurement): invoices=%d project=%.0f "
                + "jobs/s (JIT %.1f s in %.1f s) bare=%.0f jobs/s (JIT %.1f s in %.1f s)%n", storm,
            warmUp, project.jobsPerSecond(), project.jitSeconds(), project.seconds(),
            bare.jobsPerSecond(), bare.jitSeconds(), bare.seconds());
        if (project.compilerIdle() && bare.compilerIdle()
            && (other == null || other.compilerIdle())) {
          break;
        }
      }
      for (int round = 1; round <= rounds; round++) {
        System.out.printf("load average: %.2f%n", loadAverage());
        if (variantNode != null) {
          Figures other = variantNode.storm(invoices);
          System.out.printf(Locale.ROOT, "variant %s: invoices=%d project=%.0f jobs/s "
                  + "history_per_invoice=%.1f KB p99_lateness=%.1f s (%d jobs in %.1f s)%n",
              variant, invoices, other.jobsPerSecond(), other.historyKbPerInvoice(),
              other.p99Lateness(), other.jobs(), other.seconds());
        }
        Figures project = projectNode.storm(invoices);
        Figures bare = bareNode.storm(invoices);
        String line = String.format(Locale.ROOT,
            "month-end: invoices=%d project=%.0f jobs/s bare=%.0f jobs/s ratio=%.2f "
                + "history_per_invoice=%.1f KB bare_history_per_invoice=%.1f KB "
                + "p99_lateness=%.1f s bare_p99_lateness=%.1f s",
            invoices, project.jobsPerSecond(), bare.jobsPerSecond(),
            project.jobsPerSecond() / bare.jobsPerSecond(), project.historyKbPerInvoice(),
            bare.historyKbPerInvoice(), project.p99Lateness(), bare.p99Lateness());
        System.out.println(line);
        System.out.printf(Locale.ROOT, "  (project: %d jobs in %.1f s, %.1f history rows/invoice, "
                + "JIT %.1f s; bare: %d jobs in %.1f s, %.1f history rows/invoice, JIT %.1f s; "
                + "executor %s)%n",
            project.jobs(), project.seconds(), project.historyRowsPerInvoice(),
            project.jitSeconds(), bare.jobs(), bare.seconds(), bare.historyRowsPerInvoice(),
            bare.jitSeconds(), project.settings());
        json.add(String.format(Locale.ROOT,
            "{\"round\":%d,\"database\":\"%s\",\"loadAverage\":%.2f,\"invoices\":%d,"
                + "\"projectJobsPerSecond\":%.1f,\"bareJobsPerSecond\":%.1f,\"ratio\":%.3f,"
                + "\"historyPerInvoiceKb\":%.2f,\"bareHistoryPerInvoiceKb\":%.2f,"
                + "\"historyRowsPerInvoice\":%.1f,\"bareHistoryRowsPerInvoice\":%.1f,"
                + "\"p99LatenessSeconds\":%.2f,\"bareP99LatenessSeconds\":%.2f,"
                + "\"projectJobs\":%d,\"bareJobs\":%d,\"projectJitSeconds\":%.1f,"
                + "\"bareJitSeconds\":%.1f,\"warmUpInvoices\":%d,\"executor\":\"%s\"}",
            round, url, loadAverage(), invoices, project.jobsPerSecond(), bare.jobsPerSecond(),
            project.jobsPerSecond() / bare.jobsPerSecond(), project.historyKbPerInvoice(),
            bare.historyKbPerInvoice(), project.historyRowsPerInvoice(),
            bare.historyRowsPerInvoice(), project.p99Lateness(), bare.p99Lateness(),
            project.jobs(), bare.jobs(), project.jitSeconds(), bare.jitSeconds(), warmUp,
            project.settings()));
      }
    }
    Path out = Path.of("target", "benchmark", "month-end.json");
    Files.createDirectories(out.getParent());
    Files.writeString(out, "[\n  " + String.join(",\n  ", json) + "\n]\n");
    System.out.println("written: " + out.toAbsolutePath());
  }

  // --- A: contractflow ---------------------------------------------------------------------

  /** One application node, started once on its database, running every storm of the run. */
  private final class ProjectNode implements AutoCloseable {
    // the agency's mail server stands on another host: a sink that only counts (DiscardingSmtp)
    private final DiscardingSmtp smtp = new DiscardingSmtp();
    private final ConfigurableApplicationContext app;
    private final JobExecutorSettings settings;
    private final JdbcClient jdbc;
    private int seeded;

    ProjectNode(String dbUrl, List<String> extraArgs) {
      ClockUtil.setCurrentTime(Date.from(BusinessClock.noonOf(ISSUED)));
      app = new SpringApplicationBuilder(ContractflowApplication.class)
          .profiles("postgres")
          // command-line arguments: they outrank application*.yaml (default properties do not)
          .run(Stream.concat(Stream.of(
              "--spring.datasource.url=" + dbUrl,
              "--spring.datasource.username=" + user,
              "--spring.datasource.password=" + password,
              "--server.port=0",
              "--spring.mail.host=127.0.0.1",
              "--spring.mail.port=" + smtp.port(),
              "--spring.main.banner-mode=off",
              "--logging.level.root=WARN",
              "--camunda.bpm.job-execution.enabled=true",
              "--contractflow.notice.relay.enabled=true"), extraArgs.stream())
              .toArray(String[]::new));
      var engine = app.getBean(ProcessEngine.class);
      var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      settings = JobExecutorSettings.of(configuration,
          app.getBean("camundaTaskExecutor", ThreadPoolTaskExecutor.class));
      jdbc = JdbcClient.create(app.getBean(DataSource.class));
      String used = jdbc.sql("select current_database()").query(String.class).single();
      if (!dbUrl.contains("/" + used)) {
        throw new IllegalStateException("the application runs on " + used + ", not " + dbUrl);
      }
    }

    JobExecutorSettings settings() {
      return settings;
    }

    /** Seeds {@code count} new overdue invoices and runs their month-end storm. */
    Figures storm(int count) {
      ClockUtil.setCurrentTime(Date.from(BusinessClock.noonOf(ISSUED)));
      long mailed = smtp.accepted();
      Storm storm = Storm.before(jdbc);
      seedInvoices(app, seeded, count);
      // the next storm starts a new contract: its invoices get contracts of their own
      seeded = (seeded + count + 3) / 4 * 4;
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      Figures figures = storm.run(engine.getManagementService(),
          ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
              .getJobExecutor(), count, settings);
      // the relay may still be e-mailing the last reminders: let it finish before the other side
      // runs, so that it takes no CPU from it (not part of the figures)
      long started = System.nanoTime();
      waitUntil(() -> jdbc.sql("select count(*) from cf_notice where status in "
          + "('PENDING', 'SENDING')").query(Long.class).single() == 0,
          started + GIVE_UP.toNanos());
      System.out.printf(Locale.ROOT, "  outbox empty %.1f s after the last job; e-mails "
          + "accepted by the SMTP sink: %d%n", (System.nanoTime() - started) / 1e9,
          smtp.accepted() - mailed);
      return figures;
    }

    @Override
    public void close() {
      app.close();
      smtp.close();
    }
  }

  /** Invoices {@code from} .. {@code from + count - 1} of the run, four per contract. */
  private static void seedInvoices(ConfigurableApplicationContext app, int from, int count) {
    var tx = app.getBean(TransactionTemplate.class);
    var clients = app.getBean(ClientRepository.class);
    var quotes = app.getBean(QuoteRepository.class);
    var contracts = app.getBean(ContractRepository.class);
    var invoices = app.getBean(InvoiceRepository.class);
    var payments = app.getBean(PaymentProcess.class);
    var terms = app.getBean(TermsService.class);
    var now = BusinessClock.noonOf(ISSUED).atZone(BusinessClock.ZONE).toOffsetDateTime();
    BigDecimal total = new BigDecimal("1210.00");
    int perContract = 4; // from is a multiple of four (ProjectNode): new contracts every storm
    int end = from + count;
    for (int first = from; first < end; first += 200) {
      int batch = first;
      tx.executeWithoutResult(status -> {
        for (int i = batch; i < Math.min(batch + 200, end); i += perContract) {
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
          for (int k = i; k < Math.min(i + perContract, end); k++) {
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

  // --- the storm, measured the same way for both ----------------------------------------

  /**
   * One storm on a node: the jobs it runs are those logged after {@link #before}, so a node's
   * earlier storms (the same business dates, the clock set back for each) do not count.
   */
  record Storm(JdbcClient jdbc, History history) {

    static Storm before(JdbcClient jdbc) {
      jdbc.sql("create table if not exists bench_earlier_job_log (id_ varchar(64) primary key)")
          .update();
      jdbc.sql("insert into bench_earlier_job_log select id_ from act_hi_job_log "
          + "on conflict do nothing").update();
      return new Storm(jdbc, History.of(jdbc));
    }

    Figures run(ManagementService management, JobExecutor executor, int count,
        JobExecutorSettings settings) {
      settle(jdbc);
      boolean statementStats = Boolean.getBoolean("benchmark.pg-stat-statements");
      if (statementStats) { // needs shared_preload_libraries = 'pg_stat_statements' on the server
        jdbc.sql("create extension if not exists pg_stat_statements").update();
        jdbc.sql("select pg_stat_statements_reset()").query().singleRow();
      }
      var jit = ManagementFactory.getCompilationMXBean();
      var gcs = ManagementFactory.getGarbageCollectorMXBeans();
      long jitBefore = jit.getTotalCompilationTime();
      var classLoading = ManagementFactory.getClassLoadingMXBean();
      long classesBefore = classLoading.getTotalLoadedClassCount();
      long gcBefore = gcs.stream().mapToLong(g -> g.getCollectionTime()).sum();
      var walBefore = Wal.of(jdbc);
      var tablesBefore = Tables.of(jdbc);
      var cpuBefore = ThreadCpu.now();
      var machineBefore = MachineCpu.now();
      var recording = Profile.startIfAsked();
      var throwables = Throwables.count();
      var waits = WaitEvents.sampleIfAsked(jdbc);
      Instant stormStart = STORM.instant();
      ClockUtil.offset(stormStart.toEpochMilli() - System.currentTimeMillis());
      // the jobs are due: the executor acquires now, as Camunda wakes it when a transaction adds
      // a due job. Without this the storm began whenever an idle executor next woke (up to
      // max-wait, 5 s): the application's executor, running since its node started, was found
      // asleep for 3.5 s of a 21.6 s storm, while the bare engine's, started just before its
      // storm, found its jobs at once
      executor.jobWasAdded();
      Timestamp from = new Timestamp(stormStart.toEpochMilli());
      long deadline = System.nanoTime() + GIVE_UP.toNanos();
      waitUntil(() -> management.createJobQuery().executable().count() == 0, deadline);
      // stop the clock where the storm ended: the real date is later than every remaining timer
      ClockUtil.setCurrentTime(ClockUtil.getCurrentTime());
      // a node warm from days of work compiles nothing new at month-end: JIT time in the storm
      // says how far from that state a measurement is (in the JVM of the side measured)
      double jitSeconds = (jit.getTotalCompilationTime() - jitBefore) / 1000.0;
      // classes loaded during a warm node's storm are generated ones (proxies, compiled
      // expressions, method handles): each may undo compiled code that assumed it absent
      System.out.printf(Locale.ROOT, "  during the storm: JIT compilation %.1f s, GC %.1f s, "
              + "%d classes loaded%n", jitSeconds,
          (gcs.stream().mapToLong(g -> g.getCollectionTime()).sum() - gcBefore) / 1000.0,
          classLoading.getTotalLoadedClassCount() - classesBefore);
      System.out.println("  CPU during the storm by thread group (s): " + ThreadCpu.now()
          .since(cpuBefore));
      System.out.println("  CPU during the storm by process (s): " + MachineCpu.now()
          .since(machineBefore));
      System.out.println("  WAL during the storm (the whole server): "
          + Wal.of(jdbc).since(walBefore, count));
      System.out.println("  tables: " + Tables.of(jdbc).since(tablesBefore));
      System.out.println("  exceptions constructed during the storm (this JVM): "
          + throwables.stop(count));
      if (waits != null) {
        System.out.println("  database sessions during the storm, by state and wait (mean "
            + "number at a time): " + waits.stop());
      }
      Profile.stop(recording, jdbc);
      // an anti-join: "not in (select …)" became a scan of the earlier storms' log per row once
      // it outgrew work_mem (minutes per query after six warm-ups of 2 000 invoices)
      String thisStorm = " and s.timestamp_ >= ? and not exists "
          + "(select 1 from bench_earlier_job_log e where e.id_ = s.id_)";
      long jobs = jdbc.sql("select count(*) from act_hi_job_log s where s.job_state_ = 2"
          + thisStorm).param(from).query(Long.class).single();
      // a failed attempt (job_state_ 1) is work done again: an optimistic-locking conflict
      // between two threads, most often, retried by the executor
      System.out.println("  failed job attempts during the storm: " + jdbc.sql(
          "select count(*) from act_hi_job_log s where s.job_state_ = 1" + thisStorm)
          .param(from).query(Long.class).single());
      Timestamp last = jdbc.sql("select max(s.timestamp_) from act_hi_job_log s "
          + "where s.job_state_ = 2" + thisStorm).param(from).query(Timestamp.class).single();
      double seconds = Math.max(0.001, (last.getTime() - stormStart.toEpochMilli()) / 1000.0);
      Double p99 = jdbc.sql("""
          select percentile_cont(0.99) within group (order by extract(epoch from
                 s.timestamp_ - greatest(s.job_duedate_, c.timestamp_, ?)))
            from act_hi_job_log s
            join act_hi_job_log c on c.job_id_ = s.job_id_ and c.job_state_ = 0
           where s.job_state_ = 2 and s.job_def_type_ like 'timer%'""" + thisStorm)
          .param(from).param(from).query(Double.class).single();
      System.out.println("  lateness by timer (p50 / p99 s, jobs): " + jdbc.sql("""
          select s.act_id_ as activity, count(*) as n,
                 percentile_cont(0.5) within group (order by extract(epoch from
                   s.timestamp_ - greatest(s.job_duedate_, c.timestamp_, ?))) as p50,
                 percentile_cont(0.99) within group (order by extract(epoch from
                   s.timestamp_ - greatest(s.job_duedate_, c.timestamp_, ?))) as p99
            from act_hi_job_log s
            join act_hi_job_log c on c.job_id_ = s.job_id_ and c.job_state_ = 0
           where s.job_state_ = 2 and s.job_def_type_ like 'timer%'""" + thisStorm + """

           group by s.act_id_ order by s.act_id_""").param(from).param(from).param(from)
          .query((rs, n) -> String.format(Locale.ROOT, "%s %.1f / %.1f (%d)",
              rs.getString("activity"), rs.getDouble("p50"), rs.getDouble("p99"),
              rs.getLong("n"))).list());
      if (statementStats) {
        printStatementStats(jdbc, count);
      }
      History after = History.of(jdbc);
      System.out.println("  history rows per invoice: " + after.perTable(history, count));
      System.out.println("  history KB per invoice:   " + after.bytesPerTable(history, count));
      return new Figures(jobs, seconds, (after.bytes() - history.bytes()) / 1024.0 / count,
          (after.rows() - history.rows()) / (double) count, p99 == null ? 0 : p99, jitSeconds,
          settings);
    }
  }

  /**
   * {@code -Dbenchmark.jfr=true}: a JFR profile of each storm under {@code target/benchmark}, with
   * every JIT compilation and deoptimization (what the compiler still does in a measured storm) and
   * every exception constructed, with its stack, and every wait of a millisecond or more.
   */
  private static final class Profile {

    static jdk.jfr.Recording startIfAsked() {
      if (!Boolean.getBoolean("benchmark.jfr")) {
        return null;
      }
      try {
        var recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        // -Dbenchmark.jfr-sample-ms: how often each running thread is sampled (the profile's 10
        // ms gives a few hundred samples of a storm's job threads; 1 ms, ten times as many)
        recording.enable("jdk.ExecutionSample")
            .withPeriod(Duration.ofMillis(Long.getLong("benchmark.jfr-sample-ms", 10)));
        recording.enable("jdk.Compilation").withThreshold(Duration.ZERO);
        recording.enable("jdk.Deoptimization").withStackTrace();
        recording.enable("jdk.JavaExceptionThrow").withStackTrace();
        // waits of a millisecond and more (the profile's default: 10 or 20 ms), where a storm's
        // threads are neither running nor waiting for PostgreSQL
        for (String wait : List.of("jdk.ThreadPark", "jdk.JavaMonitorEnter", "jdk.JavaMonitorWait",
            "jdk.SocketRead", "jdk.SocketWrite", "jdk.ThreadSleep")) {
          recording.enable(wait).withThreshold(Duration.ofMillis(1)).withStackTrace();
        }
        recording.start();
        return recording;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    static void stop(jdk.jfr.Recording recording, JdbcClient jdbc) {
      if (recording == null) {
        return;
      }
      recording.stop();
      try {
        Path file = Path.of("target", "benchmark", jdbc.sql("select current_database()")
            .query(String.class).single() + "-" + System.currentTimeMillis() + ".jfr");
        Files.createDirectories(file.getParent());
        recording.dump(file);
        System.out.println("  profile: " + file);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      } finally {
        recording.close();
      }
    }
  }

  /**
   * {@code -Dbenchmark.wait-events=true}: the sessions of this node's database sampled every
   * 20 ms during the storm ({@code pg_stat_activity}: state and wait event), printed as the mean
   * number of sessions in each — where a storm's transactions wait when the machine is idle:
   * {@code idle in transaction / ClientRead} is PostgreSQL waiting for the JVM, {@code active /
   * running} executing, {@code IO}, {@code LWLock} or {@code Lock} waits PostgreSQL's own.
   */
  private static final class WaitEvents {

    private final Map<String, Long> sessions = new ConcurrentHashMap<>();
    private final AtomicLong samples = new AtomicLong();
    private final Thread sampler;
    private volatile boolean stopped;

    private WaitEvents(JdbcClient jdbc) {
      String database = jdbc.sql("select current_database()").query(String.class).single();
      sampler = new Thread(() -> {
        while (!stopped) {
          jdbc.sql("""
                  select state || ' / ' || coalesce(wait_event_type || ':' || wait_event,
                         'running') as what, count(*) as n
                    from pg_stat_activity
                   where datname = ? and pid <> pg_backend_pid() and state <> 'idle'
                   group by 1""").param(database)
              .query((rs, n) -> sessions.merge(rs.getString("what"), rs.getLong("n"), Long::sum))
              .list();
          samples.incrementAndGet();
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "benchmark-wait-events");
      sampler.setDaemon(true);
      sampler.start();
    }

    static WaitEvents sampleIfAsked(JdbcClient jdbc) {
      return Boolean.getBoolean("benchmark.wait-events") ? new WaitEvents(jdbc) : null;
    }

    String stop() {
      stopped = true;
      try {
        sampler.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      long n = Math.max(1, samples.get());
      return sessions.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() / (double) n))
          .collect(Collectors.joining(", ")) + " (" + n + " samples)";
    }
  }

  /**
   * The exceptions this JVM constructed during a storm (JFR's {@code jdk.ExceptionStatistics},
   * read at the start and end of a recording of that event alone): each fills in its stack trace,
   * deep in an engine command, so a storm that throws and catches in its hot path pays for it.
   * With {@code -Dbenchmark.jfr=true} the profile says where they come from.
   */
  private record Throwables(jdk.jfr.Recording recording) {

    static Throwables count() {
      var recording = new jdk.jfr.Recording();
      recording.enable("jdk.ExceptionStatistics").with("period", "everyChunk");
      recording.start();
      return new Throwables(recording);
    }

    String stop(int invoices) {
      recording.stop();
      try {
        Path directory = Files.createTempDirectory("benchmark-throwables");
        Path file = directory.resolve("throwables.jfr");
        try {
          recording.dump(file);
          // a dump holds the events of every recording running meanwhile (the profile's too)
          var counts = jdk.jfr.consumer.RecordingFile.readAllEvents(file).stream()
              .filter(event -> event.getEventType().getName().equals("jdk.ExceptionStatistics"))
              .mapToLong(event -> event.getLong("throwables")).summaryStatistics();
          long thrown = counts.getCount() < 2 ? 0 : counts.getMax() - counts.getMin();
          return String.format(Locale.ROOT, "%d (%.1f per invoice)", thrown,
              thrown / (double) invoices);
        } finally {
          Files.deleteIfExists(file);
          Files.deleteIfExists(directory);
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } finally {
        recording.close();
      }
    }
  }

  /**
   * CPU time of this JVM's threads, grouped by name without their numbers, with the part spent in
   * the kernel (system time: socket reads and writes to PostgreSQL and the mail server).
   */
  private record ThreadCpu(java.util.Map<Long, String> names, java.util.Map<Long, Long> nanos,
      java.util.Map<Long, Long> userNanos) {

    static ThreadCpu now() {
      var threads = ManagementFactory.getThreadMXBean();
      var names = new java.util.HashMap<Long, String>();
      var nanos = new java.util.HashMap<Long, Long>();
      var userNanos = new java.util.HashMap<Long, Long>();
      for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
        if (info != null) {
          long cpu = threads.getThreadCpuTime(info.getThreadId());
          long user = threads.getThreadUserTime(info.getThreadId());
          if (cpu >= 0 && user >= 0) {
            names.put(info.getThreadId(), info.getThreadName());
            nanos.put(info.getThreadId(), cpu);
            userNanos.put(info.getThreadId(), user);
          }
        }
      }
      return new ThreadCpu(names, nanos, userNanos);
    }

    String since(ThreadCpu before) {
      var groups = new java.util.TreeMap<String, double[]>();
      nanos.forEach((id, cpu) -> {
        double[] group = groups.computeIfAbsent(
            names.get(id).replaceAll("[0-9]+", "#").replaceAll("<-.*", ""), name -> new double[2]);
        group[0] += (cpu - before.nanos.getOrDefault(id, 0L)) / 1e9;
        group[1] += (cpu - userNanos.get(id)
            - (before.nanos.getOrDefault(id, 0L) - before.userNanos.getOrDefault(id, 0L))) / 1e9;
      });
      return groups.entrySet().stream().filter(e -> e.getValue()[0] >= 0.05)
          .sorted(java.util.Comparator.comparingDouble(
              (java.util.Map.Entry<String, double[]> e) -> e.getValue()[0]).reversed())
          .map(e -> String.format(Locale.ROOT, "%s=%.1f (system %.1f)", e.getKey(),
              e.getValue()[0], e.getValue()[1]))
          .collect(Collectors.joining(" "));
    }
  }

  /**
   * The job table's live and dead rows when the storm starts (acquisition reads it; a dead row
   * is a job of an earlier storm not yet vacuumed) and the autovacuums of the node's database
   * during the storm: what may make one side's storms slower as its run goes on.
   */
  private record Tables(long jobsLive, long jobsDead, long autovacuums) {

    static Tables of(JdbcClient jdbc) {
      return jdbc.sql("""
          select coalesce(sum(n_live_tup) filter (where relname = 'act_ru_job'), 0),
                 coalesce(sum(n_dead_tup) filter (where relname = 'act_ru_job'), 0),
                 coalesce(sum(autovacuum_count), 0)
            from pg_stat_user_tables""")
          .query((rs, n) -> new Tables(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    String since(Tables before) {
      return String.format(Locale.ROOT, "act_ru_job %d live and %d dead rows at the start, "
          + "%d autovacuums during the storm", before.jobsLive, before.jobsDead,
          autovacuums - before.autovacuums);
    }
  }

  /**
   * What the PostgreSQL server wrote to its write-ahead log ({@code pg_stat_wal}, PostgreSQL 14+;
   * zeros elsewhere): every commit waits for its WAL to reach the disk.
   */
  private record Wal(double bytes, double records, double syncs) {

    static Wal of(JdbcClient jdbc) {
      try {
        return jdbc.sql("select wal_bytes, wal_records, wal_sync from pg_stat_wal")
            .query((rs, n) -> new Wal(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3)))
            .single();
      } catch (RuntimeException older) {
        return new Wal(0, 0, 0);
      }
    }

    String since(Wal before, int invoices) {
      return String.format(Locale.ROOT, "%.1f MB, %.1f KB and %.1f records per invoice, "
              + "%.0f flushes to disk", (bytes - before.bytes) / 1e6,
          (bytes - before.bytes) / 1e3 / invoices, (records - before.records) / invoices,
          syncs - before.syncs);
    }
  }

  /**
   * CPU of the whole machine, of this JVM (its threads that ended during the storm included: the
   * SMTP sink's per-connection threads) and of the local PostgreSQL server's processes, from
   * {@code /proc} (Linux; zeros elsewhere). Says who shares the two cores during a storm.
   */
  private record MachineCpu(long wallNanos, double machineBusy, double ioWait, double jvm,
      double postgres) {

    private static final double TICK = 100.0; // USER_HZ, 100 on every Linux this runs on

    static MachineCpu now() {
      double busy = 0;
      double ioWait = 0;
      double postgres = 0;
      try {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        // user nice system idle iowait irq softirq steal: busy = all but idle and iowait
        for (int i = 1; i <= 8 && i < cpu.length; i++) {
          busy += i == 4 || i == 5 ? 0 : Long.parseLong(cpu[i]) / TICK;
        }
        ioWait = Long.parseLong(cpu[5]) / TICK;
        try (var processes = Files.list(Path.of("/proc"))) {
          for (Path process : (Iterable<Path>) processes::iterator) {
            if (!process.getFileName().toString().matches("[0-9]+")) {
              continue;
            }
            try {
              String stat = Files.readString(process.resolve("stat"));
              if (stat.contains("(postgres)")) {
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                postgres += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICK;
              }
            } catch (java.io.IOException | RuntimeException gone) {
              // the process ended meanwhile
            }
          }
        }
      } catch (java.io.IOException | RuntimeException notLinux) {
        // figures stay zero
      }
      var os = ManagementFactory.getOperatingSystemMXBean();
      double jvm = os instanceof com.sun.management.OperatingSystemMXBean sun
          ? sun.getProcessCpuTime() / 1e9 : 0;
      return new MachineCpu(System.nanoTime(), busy, ioWait, jvm, postgres);
    }

    String since(MachineCpu before) {
      double wall = (wallNanos - before.wallNanos) / 1e9;
      double machine = machineBusy - before.machineBusy;
      double ownJvm = jvm - before.jvm;
      double server = postgres - before.postgres;
      return String.format(Locale.ROOT,
          "machine busy %.1f of %.1f (%d cores x %.1f s wall), this JVM %.1f, PostgreSQL %.1f, "
              + "other %.1f; waiting for the disk %.1f", machine,
          wall * Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().availableProcessors(), wall, ownJvm, server,
          machine - ownJvm - server, ioWait - before.ioWait);
    }
  }

  /**
   * A month-end database is not freshly bulk-loaded, nor full of the dead rows of the storm of a
   * few minutes before: statistics up to date, no checkpoint due, and vacuumed, as autovacuum
   * keeps a production server over a month. Without this, a checkpoint after the seeding lands
   * in one side's storm; and on a server with {@code autovacuum = off} (this machine's) the job
   * table kept every job of every earlier storm as a dead row (50 000 after five), which the
   * bare engine's acquisition, without an index on the due date, read at every acquisition: its
   * storms slowed from 728 to 592 jobs/s over one run. Vacuumed, the space of those rows is used
   * again, so the history's growth per invoice is its live rows, as on a server that vacuums.
   */
  private static void settle(JdbcClient jdbc) {
    jdbc.sql("vacuum (analyze)").update();
    try {
      jdbc.sql("checkpoint").update();
    } catch (RuntimeException e) { // needs pg_checkpoint (PostgreSQL 15) or a superuser
      System.out.println("  (no checkpoint before the storm: " + e.getMessage() + ")");
    }
  }

  /** Where the database's time went during the storm, per statement, per invoice. */
  private static void printStatementStats(JdbcClient jdbc, int count) {
    System.out.println("  statements during the storm (calls per invoice, ms per invoice, rows):");
    jdbc.sql("""
        select calls, total_exec_time, rows, regexp_replace(query, '\\s+', ' ', 'g') as query
          from pg_stat_statements
         where dbid = (select oid from pg_database where datname = current_database())
         order by total_exec_time desc limit 40""")
        .query((rs, n) -> String.format(Locale.ROOT, "    %6.2f %7.3f %8d  %.160s",
            rs.getLong("calls") / (double) count, rs.getDouble("total_exec_time") / count,
            rs.getLong("rows"), rs.getString("query")))
        .list().forEach(System.out::println);
    System.out.println(jdbc.sql("""
        select format('  all statements: %s calls, %s ms per invoice', sum(calls) / ?,
               round((sum(total_exec_time) / ?)::numeric, 3))
          from pg_stat_statements
         where dbid = (select oid from pg_database where datname = current_database())""")
        .param((double) count).param((double) count).query(String.class).single());
  }

  private static void waitUntil(BooleanSupplier done, long deadlineNanos) {
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadlineNanos) {
        throw new IllegalStateException("the storm did not finish within " + GIVE_UP);
      }
      try {
        // polling the real executor's progress: a count over ACT_RU_JOB, seldom, as it costs
        // PostgreSQL CPU; the storm ends at its last job log entry, not at the poll
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  record Figures(long jobs, double seconds, double historyKbPerInvoice,
      double historyRowsPerInvoice, double p99Lateness, double jitSeconds,
      JobExecutorSettings settings) {
    double jobsPerSecond() {
      return jobs / seconds;
    }

    boolean compilerIdle() {
      return jitSeconds <= seconds / 10;
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
          .collect(Collectors.joining(" "));
    }

    /** Rows per history table per invoice written since {@code before}, largest first. */
    String perTable(History before, int count) {
      return rowsPerTable.entrySet().stream()
          .map(e -> java.util.Map.entry(e.getKey(),
              (e.getValue() - before.rowsPerTable.getOrDefault(e.getKey(), 0L)) / (double) count))
          .filter(e -> e.getValue() > 0)
          .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
          .map(e -> String.format(Locale.ROOT, "%s=%.1f", e.getKey(), e.getValue()))
          .collect(Collectors.joining(" "));
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

  /** Databases of the run on the server of {@code CONTRACTFLOW_DB_URL}, dropped at its end. */
  private final class Databases implements AutoCloseable {
    private final List<String> names = new ArrayList<>();
    private final Matcher url;

    Databases() {
      url = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]+)(\\?.*)?$")
          .matcher(MonthEndProductionBenchmark.this.url);
      if (!url.matches()) {
        throw new IllegalStateException(
            "CONTRACTFLOW_DB_URL must be jdbc:postgresql://host:port/db");
      }
    }

    /** A new database named after {@code prefix}; its JDBC URL. */
    String create(String prefix) throws Exception {
      String name = prefix + "_" + ProcessHandle.current().pid() + "_"
          + System.nanoTime() % 100_000;
      try (Connection c = admin()) {
        c.createStatement().execute("create database " + name);
        if (Boolean.getBoolean("benchmark.log-statements")) { // every statement in the server log
          c.createStatement().execute("alter database " + name + " set log_statement = 'all'");
        }
      }
      names.add(name);
      return url.group(1) + name + suffix();
    }

    private Connection admin() throws Exception {
      return DriverManager.getConnection(url.group(1) + url.group(2) + suffix(), user, password);
    }

    private String suffix() {
      return url.group(3) == null ? "" : url.group(3);
    }

    @Override
    public void close() throws Exception {
      if (Boolean.getBoolean("benchmark.keep")) { // to look into them afterwards
        System.out.println("  kept databases " + names);
        return;
      }
      try (Connection c = admin()) {
        for (String name : names) {
          c.createStatement().execute("drop database if exists " + name + " with (force)");
        }
      }
    }
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  record ZonedInstant(LocalDate date, int hour) {
    Instant instant() {
      return date.atTime(hour, 0).atZone(BusinessClock.ZONE).toInstant();
    }
  }
}
