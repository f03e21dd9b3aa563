package be.contractflow.support.model;

import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * The engine of the model tests, from {@code model-test.camunda.cfg.xml}: Camunda 7 in memory (H2),
 * no Spring, no job executor (tests run jobs themselves), history {@code full} as in the
 * application, beans from {@link org.camunda.bpm.engine.test.mock.Mocks} (see {@link ModelBeans}),
 * and the application's deployment policy at parse time ({@link ModelPolicyPlugin}). Wrapped in
 * camunda-process-test-coverage: a class whose flow-node and sequence-flow coverage is below its
 * threshold fails (and so does the build); the report is written to
 * {@code target/process-test-coverage/<test class>/report.html}.
 *
 * <p>One model per test class, so the class threshold is the model's threshold.
 */
public final class ModelEngine {

  /** The coverage every model test class must reach (issue 12). */
  public static final double REQUIRED_COVERAGE = 0.9;

  static final String CONFIGURATION = "model-test.camunda.cfg.xml";

  private ModelEngine() {}

  /** A static {@code @RegisterExtension} for a model test class with the given class threshold. */
  public static ProcessEngineCoverageExtension withCoverageAtLeast(double threshold) {
    return (ProcessEngineCoverageExtension)
        ProcessEngineCoverageExtension.builder(CONFIGURATION)
            .assertClassCoverageAtLeast(threshold)
            .build();
  }
}
