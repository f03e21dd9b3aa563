package be.contractflow.support.model;

import be.contractflow.security.ModelPolicyForTests;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * The engine of the model tests: Camunda 7 in memory (H2), no Spring, no job executor (tests run
 * jobs themselves), history {@code full} as in the application, beans from {@link
 * org.camunda.bpm.engine.test.mock.Mocks} (see {@link ModelBeans}), and the application's deployment
 * policy at parse time ({@link ModelPolicyForTests}). Wrapped in camunda-process-test-coverage: the
 * class fails when its flow-node coverage is below the threshold; the report is written to
 * {@code target/process-test-coverage/}.
 *
 * <p>One model per test class, so the class threshold is the model's threshold.
 */
public final class ModelEngine {

  /** The coverage every model test class must reach (issue 12). */
  public static final double REQUIRED_COVERAGE = 0.9;

  private static final AtomicInteger ENGINES = new AtomicInteger();

  private ModelEngine() {}

  /** A static {@code @RegisterExtension} for a model test class with the given class threshold. */
  public static ProcessEngineCoverageExtension withCoverageAtLeast(double threshold) {
    int n = ENGINES.incrementAndGet();
    var configuration = new ProcessCoverageInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("model-test-" + n);
    configuration.setJdbcUrl("jdbc:h2:mem:model-test-" + n + ";DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate("create-drop");
    configuration.setHistory("full");
    configuration.setJobExecutorActivate(false);
    configuration.setExpressionManager(new MockExpressionManager());
    configuration.setEnforceHistoryTimeToLive(true);
    var plugins = new ArrayList<ProcessEnginePlugin>();
    plugins.add(new ModelPolicyForTests(DelegateBeans::isDelegate));
    configuration.setProcessEnginePlugins(plugins);
    return (ProcessEngineCoverageExtension)
        ProcessEngineCoverageExtension.builder(configuration)
            .assertClassCoverageAtLeast(threshold)
            .build();
  }
}
