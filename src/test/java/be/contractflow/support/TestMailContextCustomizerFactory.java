package be.contractflow.support;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Registered in {@code META-INF/spring.factories} of the tests: every Spring test context, whatever
 * its profiles, mails {@link TestSmtp#sink()} — above {@code application*.yaml} and the
 * environment ({@code CONTRACTFLOW_SMTP_PORT}, {@code SPRING_MAIL_PORT}), below a test class's own
 * {@code @DynamicPropertySource} or {@code @SpringBootTest(properties)} — and carries the
 * {@link TestMailGuard}.
 */
public class TestMailContextCustomizerFactory implements ContextCustomizerFactory {

  static final String SOURCE = "Test SMTP sink";
  private static final String DYNAMIC = "Dynamic Test Properties";

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass,
      List<ContextConfigurationAttributes> configAttributes) {
    return new Customizer();
  }

  private static final class Customizer implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context,
        MergedContextConfiguration mergedConfig) {
      var sink = new MapPropertySource(SOURCE, Map.of(
          "spring.mail.host", "127.0.0.1",
          "spring.mail.port", TestSmtp.sink().getSmtp().getPort(),
          "spring.mail.username", "",
          "spring.mail.password", ""));
      MutablePropertySources sources = context.getEnvironment().getPropertySources();
      if (sources.contains(DYNAMIC)) {
        sources.addAfter(DYNAMIC, sink);
      } else if (sources.contains(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME)) {
        sources.addAfter(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, sink);
      } else {
        sources.addFirst(sink);
      }
      context.getBeanFactory().addBeanPostProcessor(new TestMailGuard());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Customizer;
    }

    @Override
    public int hashCode() {
      return Customizer.class.hashCode();
    }
  }
}
