package be.contractflow.benchmark;

import be.contractflow.benchmark.MonthEndProductionBenchmark.Figures;
import be.contractflow.benchmark.MonthEndProductionBenchmark.Storm;
import be.contractflow.time.BusinessClock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bare engine's node of the month-end benchmark, in a JVM of its own, as the application's
 * node would be in production: the benchmark starts it once ({@link #BareEngineJvm}) and asks it
 * for one storm at a time over its standard input; the JVM ({@link #main}) builds the bare engine
 * ({@link BareEngineMonthEnd}) on its database, runs each storm as the application's is run
 * ({@link Storm}) and answers with its figures on its standard output, after the lines it prints
 * under the storm (which the benchmark prints as they come).
 *
 * <p>Both nodes shared the benchmark's JVM until 5 Dec 2026, so the engine code both run was
 * profiled and compiled for both at once, as no production node's is; the application's job
 * threads used 8.7–9.5 s of CPU per 2 000-invoice storm then, 10.6–11.5 s in a JVM of their own
 * (docs/PERFORMANCE.md, item 4).
 */
final class BareEngineJvm implements AutoCloseable {

  private static final String READY = "bare-engine-ready";
  private static final String FIGURES = "bare-engine-figures ";

  private final Process process;
  private final BufferedReader output;
  private final PrintWriter input;
  private final JobExecutorSettings settings;

  /** Starts the bare engine's JVM on {@code dbUrl}, with the application's executor settings. */
  BareEngineJvm(String dbUrl, JobExecutorSettings settings) throws IOException {
    this.settings = settings;
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    // the same JVM options (heap, -XX flags given through -DargLine) and benchmark.* settings
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(option -> option.startsWith("-XX:") || option.startsWith("-Xm")
            || option.startsWith("-Xs"))
        .forEach(command::add);
    System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("benchmark."))
        .sorted().forEach(n -> command.add("-D" + n + "=" + System.getProperty(n)));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        BareEngineJvm.class.getName(), dbUrl));
    command.addAll(settings.asArguments());
    // the database user and password reach it as they reached this JVM: CONTRACTFLOW_DB_*
    process = new ProcessBuilder(command).redirectErrorStream(true).start();
    output = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8));
    input = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    System.out.printf("bare engine: JVM %d of its own (this one: %d)%n", process.pid(),
        ProcessHandle.current().pid());
    readUntil(READY);
  }

  /** Seeds {@code count} new instances in the bare engine's JVM and runs their storm there. */
  Figures storm(int count) throws IOException {
    input.println("storm " + count);
    String[] figures = readUntil(FIGURES).trim().split(" ");
    return new Figures(Long.parseLong(figures[0]), Double.parseDouble(figures[1]),
        Double.parseDouble(figures[2]), Double.parseDouble(figures[3]),
        Double.parseDouble(figures[4]), Double.parseDouble(figures[5]), settings);
  }

  /** Prints what the bare engine's JVM prints until the line starting with {@code marker}. */
  private String readUntil(String marker) throws IOException {
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      if (line.startsWith(marker)) {
        return line.substring(marker.length());
      }
      System.out.println(line);
    }
    throw new IllegalStateException("the bare engine's JVM ended (exit "
        + process.onExit().join().exitValue() + ")");
  }

  @Override
  public void close() throws InterruptedException {
    input.close(); // end of input: the node closes its engine and exits
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
    }
  }

  /**
   * The bare engine's node: {@code dbUrl} and the executor settings ({@link
   * JobExecutorSettings#asArguments}); then, for each
   * line {@code storm N} on its standard input, N new instances and their storm.
   */
  public static void main(String[] args) throws Exception {
    // no Spring Boot here to read logging.level.root=WARN: logback's default would print DEBUG
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(
        org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(ch.qos.logback.classic.Level.WARN);
    var settings = JobExecutorSettings.fromArguments(List.of(args).subList(1, args.length));
    ClockUtil.setCurrentTime(Date.from(BusinessClock.noonOf(MonthEndProductionBenchmark.ISSUED)));
    ProcessEngine engine = BareEngineMonthEnd.start(args[0],
        MonthEndProductionBenchmark.env("CONTRACTFLOW_DB_USER", "postgres"),
        MonthEndProductionBenchmark.env("CONTRACTFLOW_DB_PASSWORD", ""),
        Integer.parseInt(MonthEndProductionBenchmark.env("CONTRACTFLOW_DB_POOL", "20")), settings);
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    try {
      BareEngineMonthEnd.deploy(engine);
      JdbcClient jdbc = JdbcClient.create(configuration.getDataSource());
      var commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      System.out.println(READY);
      int seeded = 0;
      for (String line = commands.readLine(); line != null && line.startsWith("storm ");
          line = commands.readLine()) {
        int count = Integer.parseInt(line.substring("storm ".length()).trim());
        ClockUtil.setCurrentTime(Date.from(BusinessClock.noonOf(
            MonthEndProductionBenchmark.ISSUED)));
        Storm storm = Storm.before(jdbc);
        BareEngineMonthEnd.seed(engine, seeded, count, Date.from(BusinessClock.noonOf(
            MonthEndProductionBenchmark.DUE).plus(Duration.ofHours(12))));
        seeded += count;
        configuration.getJobExecutor().start();
        Figures figures;
        try {
          figures = storm.run(engine.getManagementService(), configuration.getJobExecutor(),
              count, settings);
        } finally {
          configuration.getJobExecutor().shutdown();
        }
        System.out.println(FIGURES + figures.jobs() + " " + figures.seconds() + " "
            + figures.historyKbPerInvoice() + " " + figures.historyRowsPerInvoice() + " "
            + figures.p99Lateness() + " " + figures.jitSeconds());
        System.out.flush();
      }
    } finally {
      engine.close();
      ((com.zaxxer.hikari.HikariDataSource) configuration.getDataSource()).close();
    }
  }
}
