package be.contractflow.support;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

/**
 * A section of {@code terms.Terms} (a record) built from the values a decision row gives, for
 * plain unit tests of the planners: components not named are {@code null} ({@code false} for a
 * {@code boolean}, {@code 0} for an {@code int}), as a row's "null" outputs.
 */
public final class TermsRecords {

  private TermsRecords() {}

  public static <R extends Record> R of(Class<R> type, Map<String, Object> values) {
    RecordComponent[] components = type.getRecordComponents();
    var names = Arrays.stream(components).map(RecordComponent::getName).toList();
    values.keySet().forEach(name -> {
      if (!names.contains(name)) {
        throw new IllegalArgumentException(type.getSimpleName() + " has no " + name);
      }
    });
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Object value = values.get(components[i].getName());
      Class<?> t = components[i].getType();
      args[i] = value != null ? value
          : t == boolean.class ? Boolean.FALSE : t == int.class ? Integer.valueOf(0) : null;
    }
    try {
      return type.getDeclaredConstructor(Arrays.stream(components)
          .map(RecordComponent::getType).toArray(Class<?>[]::new)).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
