package be.contractflow.support.model;

import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/**
 * The contractflow delegate and listener beans by the name a model binds them with
 * ({@code #{sendQuoteDelegate}}), found the way Spring would name them — without booting Spring.
 * A model naming a bean that is not here is refused by the deployment policy, as in the application.
 */
public final class DelegateBeans {

  private static Map<String, Class<?>> byName;

  private DelegateBeans() {}

  public static synchronized Map<String, Class<?>> all() {
    if (byName == null) {
      var scanner = new ClassPathScanningCandidateComponentProvider(true);
      var names = new AnnotationBeanNameGenerator();
      var registry = new SimpleBeanDefinitionRegistry();
      Map<String, Class<?>> found = new TreeMap<>();
      for (var definition : scanner.findCandidateComponents("be.contractflow")) {
        Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), null);
        if (JavaDelegate.class.isAssignableFrom(type)
            || ExecutionListener.class.isAssignableFrom(type)
            || TaskListener.class.isAssignableFrom(type)) {
          found.put(names.generateBeanName(definition, registry), type);
        }
      }
      byName = found;
    }
    return byName;
  }

  public static boolean isDelegate(String name) {
    return all().containsKey(name);
  }

  public static Class<?> type(String name) {
    Class<?> type = all().get(name);
    if (type == null) {
      throw new IllegalArgumentException("no contractflow delegate or listener bean named '" + name + "'");
    }
    return type;
  }
}
