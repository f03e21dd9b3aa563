package be.contractflow.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives a due date to every job left without one, when the engine is built (issue 16). With
 * {@code ensureJobDueDateNotNull} ({@code application.yaml}) the job executor acquires only jobs
 * whose due date has come — Camunda's acquisition then drops its "or no due date" branch — and
 * every new job gets one. A job written before that setting (an asynchronous step waiting on a
 * database upgraded from an earlier version) has none and would never run: it is due since it was
 * created ({@code CREATE_TIME_}, or now for a job without one). Its revision is left as it is, so a
 * node running it at that moment finishes it as usual. On every database, every start; a no-op
 * when no job lacks a due date.
 */
@Component
public class JobsWithoutDueDate extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(JobsWithoutDueDate.class);

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (!configuration.isEnsureJobDueDateNotNull()) {
      return; // acquisition still takes jobs without a due date
    }
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      int dated = statement.executeUpdate("update " + table
          + " set DUEDATE_ = coalesce(CREATE_TIME_, current_timestamp) where DUEDATE_ is null");
      if (dated > 0) {
        LOG.info("{} job(s) without a due date made due since their creation", dated);
      }
    } catch (SQLException e) {
      LOG.warn("Jobs without a due date not checked ({}); they wait until one is set",
          e.getMessage());
    }
  }
}
