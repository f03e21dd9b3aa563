package be.contractflow.terms;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * One in-memory engine (no Spring, no job executor) shared by the terms tests, with a {@link
 * TermsService} bean named {@code termsService} for expressions, as in the application.
 */
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
      Map<Object, Object> beans = new HashMap<>();
      configuration.setBeans(beans);
      engine = configuration.buildProcessEngine();
      beans.put("termsService", new TermsService(engine.getDecisionService(), engine.getRepositoryService()));
    }
    return ProcessEngineExtension.builder().useProcessEngine(engine).build();
  }
}
