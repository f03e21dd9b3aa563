package be.contractflow.benchmark;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The job executor's settings and the engine's id generator, read off the application so the bare
 * engine runs with the same (the Spring Boot starter's default is {@code StrongUuidGenerator}:
 * 36-character ids in every id column of every history row, where a bare engine's default {@code
 * DbIdGenerator} writes short numbers).
 */
record JobExecutorSettings(int corePoolSize, int maxPoolSize, int queueCapacity,
    int maxJobsPerAcquisition, int waitTimeInMillis, int maxWait, int lockTimeInMillis,
    String idGenerator) {

  static JobExecutorSettings of(ProcessEngineConfigurationImpl configuration,
      ThreadPoolTaskExecutor pool) {
    JobExecutor executor = configuration.getJobExecutor();
    return new JobExecutorSettings(pool.getCorePoolSize(), pool.getMaxPoolSize(),
        pool.getQueueCapacity(), executor.getMaxJobsPerAcquisition(),
        executor.getWaitTimeInMillis(), (int) executor.getMaxWait(),
        executor.getLockTimeInMillis(),
        configuration.getIdGenerator().getClass().getSimpleName());
  }

  /** The settings as command-line arguments, in the order {@link #fromArguments} reads them. */
  java.util.List<String> asArguments() {
    return java.util.List.of(String.valueOf(corePoolSize), String.valueOf(maxPoolSize),
        String.valueOf(queueCapacity), String.valueOf(maxJobsPerAcquisition),
        String.valueOf(waitTimeInMillis), String.valueOf(maxWait),
        String.valueOf(lockTimeInMillis), idGenerator);
  }

  static JobExecutorSettings fromArguments(java.util.List<String> arguments) {
    return new JobExecutorSettings(Integer.parseInt(arguments.get(0)),
        Integer.parseInt(arguments.get(1)), Integer.parseInt(arguments.get(2)),
        Integer.parseInt(arguments.get(3)), Integer.parseInt(arguments.get(4)),
        Integer.parseInt(arguments.get(5)), Integer.parseInt(arguments.get(6)),
        arguments.get(7));
  }

  @Override
  public String toString() {
    return "threads=" + corePoolSize + ".." + maxPoolSize + " queue=" + queueCapacity
        + " jobsPerAcquisition=" + maxJobsPerAcquisition + " wait=" + waitTimeInMillis + "ms"
        + " maxWait=" + maxWait + "ms ids=" + idGenerator;
  }
}
