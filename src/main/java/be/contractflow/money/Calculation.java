package be.contractflow.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One computed amount line, with the clause it applies (e.g. {@code WJA-10b}) and the inputs
 * behind it, in a stable order, for invoices, notices and the audit view.
 *
 * <p>The amount is rounded half-up to the cent here, once: calculators hand over their exact
 * result. Input values are JSON-friendly: {@link BigDecimal}, {@link String}, {@link Integer} or
 * {@link LocalDate}.
 *
 * @param clause the clause id the amount implements
 * @param label a short human description ("Late interest 10%/year")
 * @param amount EUR, two decimals
 * @param inputs the inputs and intermediate facts, insertion-ordered, unmodifiable
 */
public record Calculation(String clause, String label, BigDecimal amount, Map<String, Object> inputs) {

  public Calculation {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(label, "label");
    amount = Money.cents(Objects.requireNonNull(amount, "amount"));
    var copy = new LinkedHashMap<String, Object>();
    Objects.requireNonNull(inputs, "inputs").forEach((name, value) -> {
      if (!(value instanceof BigDecimal || value instanceof String || value instanceof Integer
          || value instanceof LocalDate)) {
        throw new IllegalArgumentException("input " + name + " must be a BigDecimal, String, "
            + "Integer or LocalDate, got " + (value == null ? "null" : value.getClass().getName()));
      }
      copy.put(name, value);
    });
    inputs = Collections.unmodifiableMap(copy);
  }

  /** An ordered input map from alternating names and values (also for a date's inputs). */
  public static Map<String, Object> inputs(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("inputs come in name/value pairs");
    }
    var map = new LinkedHashMap<String, Object>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }
}
