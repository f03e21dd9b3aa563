package be.contractflow.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 16 on a real PostgreSQL: with thousands of timers not yet due in Camunda's job table (every
 * reminder leaves its "Reminder day 24:00" check there), job acquisition reads the application's
 * indexes ({@code process.JobAcquisitionIndexes}) instead of the whole table, twice, per
 * acquisition.
 */
@Tag("postgres")
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class JobAcquisitionPostgresTest {

  /**
   * Camunda 7.24's acquisition ({@code selectNextJobsToExecute}) as the application's settings make
   * it: every job has a due date ({@code ensureJobDueDateNotNull}), oldest first
   * ({@code jobExecutorAcquireByDueDate}).
   */
  private static final String ACQUISITION = """
      select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_
        from ACT_RU_JOB RES
       where (RES.RETRIES_ > 0)
         and (RES.DUEDATE_ <= timestamp '2026-04-01 06:00')
         and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < timestamp '2026-04-01 06:00')
         and RES.SUSPENSION_STATE_ = 1
         and ((RES.EXCLUSIVE_ = true and not exists(
                 select J2.ID_ from ACT_RU_JOB J2
                  where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_
                    and (J2.EXCLUSIVE_ = true)
                    and (J2.LOCK_OWNER_ is not null
                         and J2.LOCK_EXP_TIME_ >= timestamp '2026-04-01 06:00')))
              or RES.EXCLUSIVE_ = false)
       order by RES.DUEDATE_ asc
       limit 3""";

  @Autowired JdbcClient jdbc;
  @Autowired org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl engine;
  @Autowired TransactionTemplate transactions;

  @Test
  void the_engine_built_on_postgresql_has_the_acquisition_indexes() {
    assertThat(jdbc.sql("select indexname from pg_indexes where tablename = 'act_ru_job'")
        .query(String.class).list()).contains("cf_idx_job_due", "cf_idx_job_locked");
  }

  @Test
  void every_job_has_a_due_date_and_the_executor_takes_the_oldest_first() {
    assertThat(engine.isEnsureJobDueDateNotNull()).isTrue();
    assertThat(engine.isJobExecutorAcquireByDueDate()).isTrue();
  }

  @Test
  void with_3000_timers_not_yet_due_acquisition_reads_the_indexes_not_the_job_table() {
    List<String> plan = transactions.execute(status -> {
      status.setRollbackOnly(); // the timers and their statistics leave no trace
      jdbc.sql("""
          insert into act_ru_job (id_, rev_, type_, duedate_, retries_, suspension_state_,
                                  exclusive_, process_instance_id_, handler_type_, priority_)
          select 'cf-test-' || n, 1, 'timer', timestamp '2026-04-01 22:00', 3, 1, true,
                 'cf-test-instance-' || n, 'timer-intermediate-transition', 0
            from generate_series(1, 3000) n""").update();
      jdbc.sql("analyze act_ru_job").update();
      return jdbc.sql("explain " + ACQUISITION).query(String.class).list();
    });

    String text = String.join("\n", plan);
    assertThat(text).contains("cf_idx_job_due").contains("cf_idx_job_locked")
        .doesNotContain("Seq Scan on act_ru_job");
  }
}
