package be.contractflow.support.model;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.LocalTime;
import org.camunda.bpm.engine.impl.test.TestHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every model test does around each test: camunda-bpm-assert on the model-test engine, the
 * engine clock at 10:00 (Brussels) on the day the story starts, the model's beans registered
 * ({@link #beans}, stubbed by element id), and all of it undone afterwards. A model test class adds
 * its {@code @Deployment} and its static {@code ModelEngine.withCoverageAtLeast(...)} extension.
 */
public abstract class ModelTestBase {

  protected ModelBeans beans;

  /** The model under test, as deployed: {@code bpmn/order.bpmn}. */
  protected abstract String model();

  /** The day the story starts on the engine clock. */
  protected abstract LocalDate startsOn();

  @BeforeEach
  final void startModel() {
    // the engine the coverage extension built from the same resource (TestHelper caches it)
    init(TestHelper.getProcessEngine(ModelEngine.CONFIGURATION));
    ModelDriver.clockAt(startsOn(), LocalTime.of(10, 0));
    beans = ModelBeans.of(model());
  }

  @AfterEach
  final void stopModel() {
    ModelBeans.reset();
    ModelDriver.resetClock();
  }
}
