package be.contractflow.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The baseline of the month-end benchmark: a bare Camunda 7 engine (no Spring, no contractflow
 * code) doing the same shape of work as an overdue invoice — timer, async task writing a row,
 * timer, async task writing a row — with the same job-executor settings, history level, id
 * generator and connection pool as the application it is compared with.
 */
final class BareEngineMonthEnd {

  static final String PROCESS_KEY = "bareMonthEnd";

  private BareEngineMonthEnd() {
  }

  /** The model: the same four jobs per instance as an overdue Virtura invoice. */
  static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess(PROCESS_KEY)
        .camundaHistoryTimeToLive(3650)
        .startEvent()
        .intermediateCatchEvent("TimerEvent_Late").timerWithDate("${lateOn}")
        .serviceTask("Task_OpenDunning").camundaAsyncBefore()
          .camundaDelegateExpression("${writeRow}")
        .intermediateCatchEvent("TimerEvent_Reminder").timerWithDate("${reminderOn}")
        .serviceTask("Task_SendReminder").camundaAsyncBefore()
          .camundaDelegateExpression("${writeRow}")
        .endEvent()
        .done();
  }

  /** Writes one row in the engine's own transaction, as the application's delegates do. */
  static final class WriteRow implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) throws Exception {
      Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession()
          .getConnection();
      try (PreparedStatement insert = connection.prepareStatement(
          "insert into bench_row (business_key, activity, written_at) values (?, ?, ?)")) {
        insert.setString(1, execution.getProcessBusinessKey());
        insert.setString(2, execution.getCurrentActivityId());
        insert.setTimestamp(3, new java.sql.Timestamp(ClockUtil.getCurrentTime().getTime()));
        insert.executeUpdate();
      }
    }
  }

  /** A bare engine on {@code url} with the given executor settings. */
  static ProcessEngine start(String url, String user, String password, int poolSize,
      JobExecutorSettings executor) {
    var dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(url);
    dataSource.setUsername(user);
    dataSource.setPassword(password);
    dataSource.setMaximumPoolSize(poolSize);
    try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
      statement.execute("create table if not exists bench_row (business_key varchar(64), "
          + "activity varchar(64), written_at timestamp)");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    Map<Object, Object> beans = new HashMap<>();
    beans.put("writeRow", new WriteRow());
    var jobExecutor = new DefaultJobExecutor();
    jobExecutor.setCorePoolSize(executor.corePoolSize());
    jobExecutor.setMaxPoolSize(executor.maxPoolSize());
    jobExecutor.setQueueSize(executor.queueCapacity());
    jobExecutor.setMaxJobsPerAcquisition(executor.maxJobsPerAcquisition());
    jobExecutor.setWaitTimeInMillis(executor.waitTimeInMillis());
    jobExecutor.setMaxWait(executor.maxWait());
    jobExecutor.setLockTimeInMillis(executor.lockTimeInMillis());
    var configuration = (StandaloneProcessEngineConfiguration)
        new StandaloneProcessEngineConfiguration()
            .setDataSource(dataSource)
            .setDatabaseSchemaUpdate("true")
            .setHistory("full")
            .setJobExecutorActivate(false)
            .setProcessEngineName("bare-" + Instant.now().toEpochMilli());
    configuration.setBeans(beans);
    configuration.setJobExecutor(jobExecutor);
    configuration.setJobExecutorDeploymentAware(false);
    if (StrongUuidGenerator.class.getSimpleName().equals(executor.idGenerator())) {
      configuration.setIdGenerator(new StrongUuidGenerator());
    }
    configuration.setMetricsEnabled(false);
    return configuration.buildProcessEngine();
  }

  /** Deploys the model, once per engine. */
  static void deploy(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().addModelInstance("bare.bpmn", model())
        .deploy();
  }

  /** Starts instances {@code from} .. {@code from + count - 1}, both timers due at {@code late}. */
  static void seed(ProcessEngine engine, int from, int count, Date late) {
    for (int i = from; i < from + count; i++) {
      engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "B-" + i,
          Map.of("lateOn", late, "reminderOn", late));
    }
  }
}
