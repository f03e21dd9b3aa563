package be.contractflow.terms;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/** One in-memory engine (no Spring, no job executor) shared by the terms tests. */
final class TermsEngine {

  static final String PROFILES = "bpmn/terms-profiles.dmn";
  static final String ORDER = "bpmn/terms-order.dmn";
  static final String PAYMENT = "bpmn/terms-payment.dmn";
  static final String DELIVERY = "bpmn/terms-delivery.dmn";
  static final String RENEWAL = "bpmn/terms-renewal.dmn";

  private static ProcessEngine engine;

  private TermsEngine() {}

  static synchronized ProcessEngineExtension extension() {
    if (engine == null) {
      StandaloneInMemProcessEngineConfiguration configuration =
          new StandaloneInMemProcessEngineConfiguration();
      configuration.setProcessEngineName("terms-test");
      configuration.setJdbcUrl("jdbc:h2:mem:terms-test;DB_CLOSE_DELAY=1000");
      configuration.setHistory("full");
      configuration.setJobExecutorActivate(false);
      engine = configuration.buildProcessEngine();
    }
    return ProcessEngineExtension.builder().useProcessEngine(engine).build();
  }
}
