package be.contractflow.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Two indexes on Camunda's job table that its job acquisition needs once the table holds timers that
 * are not yet due (issue 16). Every open invoice, contract and subscription keeps a timer there (the
 * "Reminder day 24:00" check of every reminder, the suspension and renewal days, ...); Camunda's
 * PostgreSQL schema has no index on {@code DUEDATE_}, so each acquisition read the whole table
 * twice — the due jobs, and for each, whether another job of its instance is locked. Measured in
 * the month-end benchmark with 6 000 timers not yet due: 7.4 ms per acquisition and more than half
 * of PostgreSQL's time in the storm; with these indexes 0.1–0.4 ms (docs/PERFORMANCE.md).
 *
 * <ul>
 *   <li>{@code cf_idx_job_due} on {@code DUEDATE_}: the jobs that are due (or have no due date);
 *   <li>{@code cf_idx_job_locked} on {@code PROCESS_INSTANCE_ID_}, only the locked rows: whether
 *       an exclusive job's instance already has a job running.
 * </ul>
 *
 * <p>Created when the engine is built, after Camunda has created or updated its schema, with
 * {@code if not exists} (a no-op on every later start); PostgreSQL only — H2 serves development and
 * tests, with few jobs. An index another node created at the same moment, or that cannot be created,
 * is logged and skipped: acquisition stays correct without it, only slower.
 */
@Component
public class JobAcquisitionIndexes extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(JobAcquisitionIndexes.class);

  /** An index on {@code <prefix>ACT_RU_JOB}: its name and what it indexes. */
  record Index(String name, String columns) {}

  static final List<Index> INDEXES = List.of(
      new Index("cf_idx_job_due", "(DUEDATE_)"),
      new Index("cf_idx_job_locked", "(PROCESS_INSTANCE_ID_) where LOCK_OWNER_ is not null"));

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
    try (Connection connection = configuration.getDataSource().getConnection()) {
      connection.setAutoCommit(true);
      for (Index index : INDEXES) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("create index if not exists " + index.name() + " on " + table + " "
              + index.columns());
        } catch (SQLException e) {
          LOG.warn("Index {} on {} not created ({}); job acquisition works without it, slower",
              index.name(), table, e.getMessage());
        }
      }
    } catch (SQLException e) {
      LOG.warn("Job acquisition indexes not checked: {}", e.getMessage());
    }
  }
}
