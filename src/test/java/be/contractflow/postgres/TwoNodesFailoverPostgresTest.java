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
import be.contractflow.support.TestSmtp;
import be.contractflow.time.BusinessClock;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
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
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application nodes on one PostgreSQL database (Camunda's shared-database cluster), the
 * month-end storm running through both job executors, one node killed with SIGKILL mid-way: every
 * job runs once, every reminder reaches the SMTP sink once, no incident, and the survivor
 * finishes. Both nodes are real JVMs started from the test's classpath; the storm is {@code
 * nodes.invoices} (default 200) overdue Virtura invoices of professional clients, four jobs each
 * (late timer, "Open dunning", reminder timer, "Send payment reminder").
 */
@Tag("postgres")
class TwoNodesFailoverPostgresTest {

  private static final int JOBS_PER_INVOICE = 4;
  private static final Duration GIVE_UP = Duration.ofMinutes(10);

  private final String url = env("CONTRACTFLOW_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  private final String user = env("CONTRACTFLOW_DB_USER", "postgres");
  private final String password = env("CONTRACTFLOW_DB_PASSWORD", "");
  private final List<Process> nodes = new ArrayList<>();
  private GreenMail smtp;
  private String database;
  private String dbUrl;

  @BeforeEach
  void ownDatabaseAndSmtpSink() throws Exception {
    smtp = new GreenMail(TestSmtp.onFreePort());
    smtp.start();
    Matcher m = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]+)(\\?.*)?$").matcher(url);
    assertThat(m.matches()).as("CONTRACTFLOW_DB_URL %s", url).isTrue();
    database = "cfnodes_" + ProcessHandle.current().pid();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.createStatement().execute("drop database if exists " + database + " with (force)");
      c.createStatement().execute("create database " + database);
    }
    dbUrl = m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
  }

  @AfterEach
  void stopEverything() throws Exception {
    for (Process node : nodes) {
      node.destroyForcibly().waitFor();
    }
    smtp.stop();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.createStatement().execute("drop database if exists " + database + " with (force)");
    }
  }

  @Test
  void a_node_killed_mid_storm_loses_nothing_and_sends_nothing_twice() throws Exception {
    int invoices = Integer.getInteger("nodes.invoices", 200);
    seed(invoices);
    var jdbc = JdbcClient.create(dataSource());
    long expectedJobs = (long) invoices * JOBS_PER_INVOICE;

    Node a = start("node-a");
    waitUntil(a::ready, "node-a ready");
    Node b = start("node-b");
    waitUntil(b::ready, "node-b ready");
    releaseStorm(a);
    waitUntil(() -> successes(jdbc, "node-a") > 0 && successes(jdbc, null) >= expectedJobs / 4,
        "a quarter of the storm done, node-a among the workers");

    long aBeforeKill = successes(jdbc, "node-a");
    a.process().destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, locks left behind
    System.out.printf("node-a killed after %d jobs (%d done in all)%n", aBeforeKill,
        successes(jdbc, null));

    waitUntil(() -> successes(jdbc, null) >= expectedJobs
            && sentNotices(jdbc) >= invoices, "the survivor finishes the storm and the relay");

    Map<String, Long> perNode = new HashMap<>();
    jdbc.sql("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 "
            + "and process_def_key_ = 'payment' group by hostname_")
        .query((rs, n) -> perNode.put(rs.getString(1), rs.getLong(2))).list();
    System.out.printf("jobs per node: %s (expected %d in all)%n", perNode, expectedJobs);

    // the history cleanup job is Camunda's one "ever-living" job: it keeps its id and succeeds
    // once per cleanup run, so it is no twin (it ran twice when the run crossed the cleanup window)
    long jobsRunTwice = jdbc.sql("select count(*) from (select job_id_ from act_hi_job_log "
        + "where job_state_ = 2 and coalesce(job_def_type_, '') <> 'history-cleanup' "
        + "group by job_id_ having count(*) > 1) twice")
        .query(Long.class).single();
    long incidents = jdbc.sql("select count(*) from act_ru_incident").query(Long.class).single();
    Map<String, Integer> received = new HashMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      received.merge(message.getHeader("X-Contractflow-Notice", null), 1, Integer::sum);
    }
    long twins = received.values().stream().filter(n -> n > 1).count();
    System.out.printf("reminders received: %d messages, %d notices, %d twins%n",
        smtp.getReceivedMessages().length, received.size(), twins);

    assertThat(successes(jdbc, null)).as("jobs done").isEqualTo(expectedJobs);
    assertThat(jobsRunTwice).as("jobs committed twice").isZero();
    assertThat(incidents).as("incidents").isZero();
    assertThat(perNode.get("node-b")).as("jobs done by the survivor").isPositive();
    assertThat(perNode.getOrDefault("node-a", 0L)).as("jobs done by the killed node")
        .isPositive();
    assertThat(received).as("every reminder reached the client").hasSize(invoices);
    // the one window SMTP cannot close (NoticeRelay): a message the server accepted just before
    // the kill, not yet recorded as sent, goes out again with the same X-Contractflow-Notice key;
    // the relay sends one message at a time, so a killed node leaves at most one such twin
    assertThat(twins).as("reminders sent twice (at most the one in flight at the kill)")
        .isLessThanOrEqualTo(1);
  }

  // --- the nodes ---------------------------------------------------------------------------

  record Node(String name, Process process, int port) {
    boolean ready() {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " died at start (exit " + process.exitValue()
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
  }

  private Node start(String name) throws IOException {
    int port = freePort();
    Path log = Path.of("target", "nodes", name + ".log");
    log.getParent().toFile().mkdirs();
    List<String> command = List.of(
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
        "--spring.mail.port=" + smtp.getSmtp().getPort(),
        "--spring.main.banner-mode=off",
        "--camunda.bpm.job-execution.enabled=true",
        // a dead node's job locks and notice claims expire quickly, so the survivor takes over
        "--camunda.bpm.job-execution.lock-time-in-millis=15000",
        "--contractflow.notice.relay.enabled=true",
        "--contractflow.notice.relay.interval=PT1S",
        "--contractflow.notice.relay.claim-timeout=PT15S",
        "--camunda.bpm.generic-properties.properties.hostname=" + name);
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    nodes.add(process);
    return new Node(name, process, port);
  }

  /**
   * The application's class path without the test classes (their models and fixtures are not
   * part of a node), each entry once.
   */
  private static String applicationClassPath() {
    String full = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    return java.util.Arrays.stream(full.split(File.pathSeparator))
        .filter(entry -> !entry.isBlank() && !entry.endsWith("test-classes")
            && !entry.endsWith("test-classes/"))
        .distinct()
        .collect(java.util.stream.Collectors.joining(File.pathSeparator));
  }

  private static int freePort() {
    try (ServerSocket probe = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- the storm's invoices, written by a node that runs no jobs ---------------------------

  /** Overdue invoices (due 10 days ago, four per contract) and their payment processes. */
  private void seed(int count) {
    LocalDate today = LocalDate.now(BusinessClock.ZONE);
    LocalDate issued = today.minusDays(40);
    LocalDate due = today.minusDays(10);
    try (var app = new SpringApplicationBuilder(ContractflowApplication.class)
        .profiles("postgres")
        .run("--spring.datasource.url=" + dbUrl, "--spring.datasource.username=" + user,
            "--spring.datasource.password=" + password, "--server.port=0",
            "--spring.mail.port=" + smtp.getSmtp().getPort(), "--spring.main.banner-mode=off",
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
          for (int i = from; i < Math.min(from + 100, count); i += JOBS_PER_INVOICE) {
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
              payments.start(invoice, contract, client, null);
            }
          }
        });
      }
      // held until both nodes are up, so that both take part in the storm
      app.getBean(ManagementService.class).updateJobSuspensionState()
          .byProcessDefinitionKey("payment").suspend();
    }
  }

  /** Releases the storm through node {@code via}'s REST API, as an administrator would. */
  private static void releaseStorm(Node via) throws Exception {
    var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + via.port() + "/engine-rest/job/suspended"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
            .encodeToString("demo:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .PUT(HttpRequest.BodyPublishers.ofString(
            "{\"processDefinitionKey\":\"payment\",\"suspended\":false}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("job activation: %s", response.body()).isEqualTo(204);
  }

  // --- reading the database ----------------------------------------------------------------

  private DataSource dataSource() {
    var dataSource = new org.springframework.jdbc.datasource.DriverManagerDataSource(dbUrl, user,
        password);
    return dataSource;
  }

  private static long successes(JdbcClient jdbc, String node) {
    return node == null
        ? jdbc.sql("select count(*) from act_hi_job_log where job_state_ = 2 "
            + "and process_def_key_ = 'payment'").query(Long.class).single()
        : jdbc.sql("select count(*) from act_hi_job_log where job_state_ = 2 "
            + "and process_def_key_ = 'payment' and hostname_ = ?").param(node)
            .query(Long.class).single();
  }

  private static long sentNotices(JdbcClient jdbc) {
    return jdbc.sql("select count(*) from cf_notice where type = 'PAYMENT_REMINDER' "
        + "and status = 'SENT'").query(Long.class).single();
  }

  private void waitUntil(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + GIVE_UP.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within " + GIVE_UP + ": " + what
            + " (node logs under target/nodes/)");
      }
      try {
        Thread.sleep(500); // polling real processes' progress, not waiting for business time
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
