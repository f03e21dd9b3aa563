package be.contractflow.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed reads of process variables as the processes store them: dates as ISO strings, amounts and
 * hours as strings or numbers (Camunda Forms submit numbers as {@code Long}/{@code Double}, or as
 * strings with {@code serializeToString}).
 */
public final class VariableValues {

  private VariableValues() {}

  public static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** An ISO date, or {@code null}; a date-time keeps its date part. */
  public static LocalDate date(VariableScope scope, String name) {
    String value = string(scope, name);
    if (value == null || value.isBlank()) {
      return null;
    }
    return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
  }

  /** A decimal from a number or a string, or {@code null} when absent or blank. */
  public static BigDecimal decimal(VariableScope scope, String name) {
    return decimal(scope.getVariable(name));
  }

  public static BigDecimal decimal(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : new BigDecimal(text);
  }

  public static boolean bool(VariableScope scope, String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  public static int integer(VariableScope scope, String name, int otherwise) {
    Object value = scope.getVariable(name);
    return value == null ? otherwise : Integer.parseInt(value.toString());
  }

  /** The ISO form of a date for a process variable, {@code null} kept. */
  public static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
