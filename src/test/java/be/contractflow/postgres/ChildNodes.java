package be.contractflow.postgres;

import static org.assertj.core.api.Assertions.assertThat;

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
import be.contractflow.time.BusinessClock;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real application nodes (child JVMs started from the test's class path) on a PostgreSQL database
 * of their own, created from {@code CONTRACTFLOW_DB_URL} and dropped afterwards, and the month-end
 * storm they work through: overdue Virtura invoices of professional clients, four jobs each (late
 * timer, "Open dunning", reminder timer, "Send payment reminder"), one payment reminder each. Shared
 * by the PostgreSQL drills ({@link TwoNodesFailoverPostgresTest}, {@link FaultDrillsPostgresTest}).
 */
final class ChildNodes implements AutoCloseable {

  static final int JOBS_PER_INVOICE = 4;

  private final String adminUrl = env("CONTRACTFLOW_DB_URL",
      "jdbc:postgresql://127.0.0.1:5432/test");
  private final String user = env("CONTRACTFLOW_DB_USER", "postgres");
  private final String password = env("CONTRACTFLOW_DB_PASSWORD", "");
  private final List<Process> started = new ArrayList<>();
  private final String database;
  private final String dbUrl;
  private final Duration giveUp;
  private final JdbcClient jdbc;

  /** Creates (afresh) the database {@code prefix_<pid>} next to {@code CONTRACTFLOW_DB_URL}'s. */
  ChildNodes(String prefix, Duration giveUp) throws Exception {
    this.giveUp = giveUp;
    Matcher m = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]+)(\\?.*)?$").matcher(adminUrl);
    assertThat(m.matches()).as("CONTRACTFLOW_DB_URL %s", adminUrl).isTrue();
    database = prefix + "_" + ProcessHandle.current().pid();
    admin("drop database if exists " + database + " with (force)");
    admin("create database " + database);
    dbUrl = m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
    jdbc = JdbcClient.create(new DriverManagerDataSource(dbUrl, user, password));
  }

  /** Kills every node still running and drops the database. */
  @Override
  public void close() throws Exception {
    for (Process node : started) {
      node.destroyForcibly().waitFor();
    }
    admin("drop database if exists " + database + " with (force)");
  }

  /** The nodes' database, read with a fresh connection each time. */
  JdbcClient jdbc() {
    return jdbc;
  }

  String database() {
    return database;
  }

  /** Runs a statement on the server's {@code CONTRACTFLOW_DB_URL} database, not the nodes'. */
  void admin(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(adminUrl, user, password)) {
      c.createStatement().execute(sql);
    }
  }

  /**
   * Terminates every session on the nodes' database ({@code pg_terminate_backend}), as {@code
   * CONTRACTFLOW_DB_USER}: a superuser, or the nodes' own role, which may end its own sessions.
   *
   * @return how many sessions were ended
   */
  int cutConnections() throws Exception {
    int cut = 0;
    try (Connection c = DriverManager.getConnection(adminUrl, user, password);
        var s = c.prepareStatement("select pg_terminate_backend(pid) from pg_stat_activity "
            + "where datname = ? and pid <> pg_backend_pid()")) {
      s.setString(1, database);
      try (var rs = s.executeQuery()) {
        while (rs.next()) {
          cut += rs.getBoolean(1) ? 1 : 0;
        }
      }
    }
    return cut;
  }

  // --- the nodes ---------------------------------------------------------------------------

  record Node(String name, Process process, int port) {
    boolean ready() {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " died (exit " + process.exitValue()
            + "), see target/nodes/" + name + ".log");
      }
      try {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
        return response.statusCode() == 200;
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    /** Writes the node's thread dump next to its log (target/nodes/NAME.threads). */
    void dumpThreads() {
      try {
        new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
            String.valueOf(process.pid()), "Thread.print").redirectErrorStream(true)
            .redirectOutput(Path.of("target", "nodes", name + ".threads").toFile()).start()
            .waitFor();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** SIGKILL: no shutdown hook, job locks and notice claims left behind. */
    void kill() throws InterruptedException {
      process.destroyForcibly().waitFor();
    }
  }

  /**
   * Starts a node named {@code name} (its Camunda hostname, its log under target/nodes/) that
   * runs jobs and relays the outbox every second to the SMTP server on {@code smtpPort}; a dead
   * node's job locks and notice claims expire after 15 s. {@code extra} settings come last.
   */
  Node start(String name, int smtpPort, String... extra) throws IOException {
    int port = freePort();
    Path log = Path.of("target", "nodes", name + ".log");
    log.getParent().toFile().mkdirs();
    List<String> command = Stream.concat(Stream.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-cp", applicationClassPath(),
        ContractflowApplication.class.getName(),
        "--spring.profiles.active=postgres",
        "--spring.datasource.url=" + dbUrl,
        "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password,
        "--server.port=" + port,
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtpPort,
        "--spring.main.banner-mode=off",
        "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.job-execution.lock-time-in-millis=15000",
        "--contractflow.notice.relay.enabled=true",
        "--contractflow.notice.relay.interval=PT1S",
        "--contractflow.notice.relay.claim-timeout=PT15S",
        "--camunda.bpm.generic-properties.properties.hostname=" + name), Stream.of(extra))
        .toList();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    started.add(process);
    return new Node(name, process, port);
  }

  /** Starts a node and waits until it is ready. */
  Node startReady(String name, int smtpPort, String... extra) throws IOException {
    Node node = start(name, smtpPort, extra);
    waitUntil(node::ready, name + " ready");
    return node;
  }

  /**
   * The application's class path without the test classes (their models and fixtures are not
   * part of a node), each entry once.
   */
  private static String applicationClassPath() {
    String full = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    return Arrays.stream(full.split(File.pathSeparator))
        .filter(entry -> !entry.isBlank() && !entry.endsWith("test-classes")
            && !entry.endsWith("test-classes/"))
        .distinct()
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static int freePort() {
    try (ServerSocket probe = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- the storm's invoices, written by an in-process node that runs no jobs ---------------

  /**
   * {@code count} overdue invoices (due 10 days ago, four per contract) and their payment
   * processes, their jobs suspended until {@link #releaseStorm} so that the drill decides when
   * the storm starts.
   */
  void seed(int count, int smtpPort) {
    LocalDate today = LocalDate.now(BusinessClock.ZONE);
    LocalDate issued = today.minusDays(40);
    LocalDate due = today.minusDays(10);
    try (var app = new SpringApplicationBuilder(ContractflowApplication.class)
        .profiles("postgres")
        .run("--spring.datasource.url=" + dbUrl, "--spring.datasource.username=" + user,
            "--spring.datasource.password=" + password, "--server.port=0",
            "--spring.mail.port=" + smtpPort, "--spring.main.banner-mode=off",
            "--camunda.bpm.job-execution.enabled=false",
            "--contractflow.notice.relay.enabled=false")) {
      var tx = app.getBean(TransactionTemplate.class);
      var clients = app.getBean(ClientRepository.class);
      var quotes = app.getBean(QuoteRepository.class);
      var contracts = app.getBean(ContractRepository.class);
      var ledger = app.getBean(InvoiceRepository.class);
      var payments = app.getBean(PaymentProcess.class);
      var now = BusinessClock.noonOf(issued).atZone(BusinessClock.ZONE).toOffsetDateTime();
      for (int first = 0; first < count; first += 100) {
        int from = first;
        tx.executeWithoutResult(status -> {
          for (int i = from; i < Math.min(from + 100, count); i += 4) {
            int c = i / 4;
            Client client = clients.insert(new Client(null, "Client " + c, "client-" + c
                + "@example.be", Language.fr, ClientType.PROFESSIONAL, null,
                "Rue de la Loi 16, 1000 Bruxelles", now));
            String quoteNumber = String.format("Q-%d-%05d", issued.getYear(), c + 1);
            String contractNumber = String.format("C-%d-%05d", issued.getYear(), c + 1);
            quotes.insert(new Quote(quoteNumber, client.id(), "virtura", ContractKind.RECURRING,
                issued, "SIGNED", null, null, null, null, issued,
                List.of(new Quote.Line("Chatbot", BigDecimal.ONE, new BigDecimal("1000.00")))),
                now);
            var contract = new Contract(contractNumber, quoteNumber, client.id(), "virtura",
                ContractKind.RECURRING, ContractStatus.ACTIVE, false, issued, null, null);
            contracts.insert(contract, now);
            for (int k = i; k < Math.min(i + 4, count); k++) {
              int seq = 10_000 + k;
              var invoice = new Invoice(String.format("F-%d-%06d", issued.getYear(), seq),
                  contractNumber, client.id(), InvoiceKind.PERIODIC, "VIR-4", issued, due,
                  new BigDecimal("1000.00"), new BigDecimal("0.21"), new BigDecimal("210.00"),
                  new BigDecimal("1210.00"), StructuredCommunication.forInvoice(
                      issued.getYear(), seq), InvoiceStatus.OPEN, Money.ZERO, Money.ZERO,
                  Money.ZERO, null, Money.ZERO);
              ledger.insert(invoice, issued.getYear(), seq, List.of(), now);
              payments.start(invoice, contract, false, null);
            }
          }
        });
      }
      app.getBean(ManagementService.class).updateJobSuspensionState()
          .byProcessDefinitionKey("payment").suspend();
    }
  }

  /** Releases the storm through node {@code via}'s REST API, as an administrator would. */
  static void releaseStorm(Node via) throws Exception {
    suspendStorm(via, false);
  }

  /** Suspends ({@code true}) or activates the storm's jobs through node {@code via}'s REST API. */
  static void suspendStorm(Node via, boolean suspended) throws Exception {
    suspendJobs(via, "\"processDefinitionKey\":\"payment\"", suspended);
  }

  /** Activates the jobs of the given process instances only: a wave of the storm. */
  static void releaseWave(Node via, List<String> processInstanceIds) throws Exception {
    for (String id : processInstanceIds) {
      suspendJobs(via, "\"processInstanceId\":\"" + id + "\"", false);
    }
  }

  private static void suspendJobs(Node via, String which, boolean suspended) throws Exception {
    var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + via.port() + "/engine-rest/job/suspended"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8)))
        .PUT(HttpRequest.BodyPublishers.ofString(
            "{" + which + ",\"suspended\":" + suspended + "}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("job suspension: %s", response.body()).isEqualTo(204);
  }

  /** The storm's process instances whose jobs are still held, in a stable order. */
  List<String> heldInstances() {
    return jdbc.sql("select distinct process_instance_id_ from act_ru_job "
        + "where suspension_state_ = 2 and process_def_key_ = 'payment' "
        + "order by process_instance_id_").query(String.class).list();
  }

  // --- reading the database ----------------------------------------------------------------

  /** Payment jobs committed, by node {@code node} or (null) by any. */
  long successes(String node) {
    return node == null
        ? jdbc.sql("select count(*) from act_hi_job_log where job_state_ = 2 "
            + "and process_def_key_ = 'payment'").query(Long.class).single()
        : jdbc.sql("select count(*) from act_hi_job_log where job_state_ = 2 "
            + "and process_def_key_ = 'payment' and hostname_ = ?").param(node)
            .query(Long.class).single();
  }

  long sentReminders() {
    return jdbc.sql("select count(*) from cf_notice where type = 'PAYMENT_REMINDER' "
        + "and status = 'SENT'").query(Long.class).single();
  }

  /**
   * The storm's jobs whose success was logged more than once (not the engine's history cleanup,
   * one job that reschedules itself).
   */
  long jobsRunTwice() {
    return jdbc.sql("select count(*) from (select job_id_ from act_hi_job_log "
        + "where job_state_ = 2 and process_def_key_ = 'payment' group by job_id_ "
        + "having count(*) > 1) twice")
        .query(Long.class).single();
  }

  long incidents() {
    return jdbc.sql("select count(*) from act_ru_incident").query(Long.class).single();
  }

  /**
   * Polls the real processes' progress every tenth of a second until {@code condition} holds (not a
   * wait for business time), failing after the give-up time.
   */
  void waitUntil(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + giveUp.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within " + giveUp + ": " + what
            + " (node logs under target/nodes/)");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
