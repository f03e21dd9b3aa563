package be.contractflow.process;

import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Variables for a process start, a correlation or a task completion, written through their
 * {@link ProcessVariable}s: {@code TypedVariables.of(REQUESTED_ON, date).and(GROUND, ground)}.
 */
public final class TypedVariables {

  private final VariableMap map = Variables.createVariables();

  private TypedVariables() {}

  public static TypedVariables create() {
    return new TypedVariables();
  }

  public static <T> TypedVariables of(ProcessVariable<T> variable, T value) {
    return create().and(variable, value);
  }

  public <T> TypedVariables and(ProcessVariable<T> variable, T value) {
    variable.putIn(map, value);
    return this;
  }

  /** Adds variables already in the engine's form (e.g. the contract variables every start has). */
  public TypedVariables andAll(Map<String, ?> variables) {
    map.putAll(variables);
    return this;
  }

  public VariableMap map() {
    return map;
  }
}
