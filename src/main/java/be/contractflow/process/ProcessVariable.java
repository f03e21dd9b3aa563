package be.contractflow.process;

import be.contractflow.notice.NoticeText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A process variable with its Java type: the one way Java code reads and writes it. A process's
 * catalogue ({@code PaymentVariables}, {@code TerminationVariables}…) declares each variable once
 * as a constant of this type, so a delegate reads a {@link LocalDate} or a {@link BigDecimal},
 * never a string it parses itself.
 *
 * <p>What the engine stores stays a plain value every Camunda tool reads and edits: a date as its
 * ISO text ({@code 2026-06-01}, what timer expressions such as {@code
 * ${businessCalendar.endOf(dueDate)}} and Camunda Forms take), an amount as its plain decimal
 * text, an enum as its name, booleans and integers as such. That is why this is our own small
 * class rather than camunda-bpm-data, whose {@code LocalDate} and {@code BigDecimal} variables are
 * stored as serialized objects Cockpit cannot show or edit and expressions cannot compare.
 *
 * @param <T> the Java type of the value
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Function<T, Object> store;
  private final Function<Object, T> read;

  private ProcessVariable(String name, Function<T, Object> store, Function<Object, T> read) {
    this.name = Objects.requireNonNull(name, "name");
    this.store = store;
    this.read = read;
  }

  /** A text: a number, a key, a label. */
  public static ProcessVariable<String> text(String name) {
    return new ProcessVariable<>(name, value -> value, Object::toString);
  }

  /** A day, stored as its ISO text (a date-time's date part is read back). */
  public static ProcessVariable<LocalDate> date(String name) {
    return new ProcessVariable<>(name, LocalDate::toString, value -> {
      String text = value.toString();
      return text.isBlank() ? null
          : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    });
  }

  /**
   * An amount or a number of hours, stored as its plain text; read from a text or from the
   * {@code Long}/{@code Double} a Camunda Form submits.
   */
  public static ProcessVariable<BigDecimal> decimal(String name) {
    return new ProcessVariable<>(name, BigDecimal::toPlainString, VariableValues::decimal);
  }

  public static ProcessVariable<Boolean> flag(String name) {
    return new ProcessVariable<>(name, value -> value,
        value -> value instanceof Boolean b ? b : Boolean.valueOf(value.toString()));
  }

  public static ProcessVariable<Integer> integer(String name) {
    return new ProcessVariable<>(name, value -> value,
        value -> value instanceof Number n ? n.intValue() : Integer.valueOf(value.toString()));
  }

  /** A sequence number or a count too large for an integer. */
  public static ProcessVariable<Long> count(String name) {
    return new ProcessVariable<>(name, value -> value,
        value -> value instanceof Number n ? n.longValue() : Long.valueOf(value.toString()));
  }

  /** An enum, stored as its constant's name. */
  public static <E extends Enum<E>> ProcessVariable<E> oneOf(String name, Class<E> type) {
    return new ProcessVariable<>(name, Enum::name, value -> Enum.valueOf(type, value.toString()));
  }

  /** A text in the client's language, stored as {@link NoticeText#toVariable()} writes it. */
  public static ProcessVariable<NoticeText> noticeText(String name) {
    return new ProcessVariable<>(name, NoticeText::toVariable,
        value -> NoticeText.fromVariable(value.toString()));
  }

  /** The name the models, forms and Cockpit know it by. */
  public String name() {
    return name;
  }

  /** The value in scope (a local variable hides its parents'), or null when absent. */
  public T get(VariableScope scope) {
    return decode(scope.getVariable(name));
  }

  /** The value among variables read from the engine (a task's, a historic instance's). */
  public T get(Map<String, ?> variables) {
    return decode(variables.get(name));
  }

  /** The value, or {@code otherwise} when absent. */
  public T get(VariableScope scope, T otherwise) {
    T value = get(scope);
    return value != null ? value : otherwise;
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, encode(value));
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, encode(value));
  }

  /** Puts the value into {@code variables} (for a start, a correlation, a task completion). */
  public VariableMap putIn(VariableMap variables, T value) {
    return variables.putValue(name, encode(value));
  }

  /** A one-variable map, e.g. to complete a task. */
  public VariableMap as(T value) {
    return putIn(Variables.createVariables(), value);
  }

  /** The value as the engine stores it. */
  public Object encode(T value) {
    return value == null ? null : store.apply(value);
  }

  private T decode(Object stored) {
    return stored == null ? null : read.apply(stored);
  }

  @Override
  public String toString() {
    return name;
  }
}
