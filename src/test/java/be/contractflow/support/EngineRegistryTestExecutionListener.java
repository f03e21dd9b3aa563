package be.contractflow.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Puts the running test's engine back in Camunda's static registry before each test method.
 *
 * <p>{@code /engine-rest} and the webapps look the engine up by name ("default") in
 * {@link ProcessEngines}, a JVM-wide map. Every cached Spring test context registers its own
 * engine under that one name, and closing any of them (a {@code @DirtiesContext} class, an
 * eviction from the context cache) removes the name for all: a test class whose context was
 * cached earlier then meets "Process engine default not available" (404) over HTTP. Which class
 * suffers depends on the run order, so a clean clone could fail where a developer's checkout
 * passed.
 */
public class EngineRegistryTestExecutionListener extends AbstractTestExecutionListener {

  @Override
  public int getOrder() {
    // after dependency injection (2000) so the context is loaded, before the test method runs
    return Ordered.LOWEST_PRECEDENCE - 100;
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return;
    }
    ProcessEngine engine =
        testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).getIfUnique();
    if (engine != null) {
      ProcessEngines.registerProcessEngine(engine);
    }
  }
}
