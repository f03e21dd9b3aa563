package be.contractflow.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sentence of a notice said in the client's language: a message code of {@code
 * notice/messages_<lang>.properties} and its arguments. As a model value, the renderer shows it
 * through the bundle, each argument in the client's conventions: a {@link LocalDate} as the
 * notice's long date, an {@link Integer} as a number (so a {@code choice} can pluralise), a
 * {@link String} as given (a clause id, or a reason typed by staff, never translated), a
 * {@link BigDecimal} as an amount in euro ({@link BelgianFormat#amount}).
 *
 * <p>A process keeps it in one string variable ({@link #toVariable()}, {@link #fromVariable}).
 */
public record NoticeText(String code, List<Object> args) implements NoticeReason {

  private static final ObjectMapper JSON = new ObjectMapper();

  public NoticeText {
    Objects.requireNonNull(code, "code");
    args = List.copyOf(args == null ? List.of() : args);
    for (Object arg : args) {
      if (!(arg instanceof LocalDate || arg instanceof Integer || arg instanceof String
          || arg instanceof BigDecimal)) {
        throw new IllegalArgumentException("a notice text argument is a LocalDate, an Integer, "
            + "an amount (BigDecimal) or a String, not " + arg);
      }
    }
  }

  public static NoticeText of(String code, Object... args) {
    return new NoticeText(code, List.of(args));
  }

  /** One string: {@code ["code", "d:2026-03-03", "i:12", "s:BDB-R9.3"]} as JSON. */
  public String toVariable() {
    var items = new ArrayList<String>();
    items.add(code);
    for (Object arg : args) {
      items.add((arg instanceof LocalDate ? "d:" : arg instanceof Integer ? "i:"
          : arg instanceof BigDecimal ? "a:" : "s:") + arg);
    }
    try {
      return JSON.writeValueAsString(items);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text {@link #toVariable()} wrote; null for null. */
  public static NoticeText fromVariable(String value) {
    if (value == null) {
      return null;
    }
    List<String> items;
    try {
      items = JSON.readValue(value, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a notice text: " + value, e);
    }
    var args = new ArrayList<Object>();
    for (String item : items.subList(1, items.size())) {
      String raw = item.substring(2);
      args.add(switch (item.charAt(0)) {
        case 'd' -> LocalDate.parse(raw);
        case 'i' -> Integer.valueOf(raw);
        case 'a' -> new BigDecimal(raw);
        default -> raw;
      });
    }
    return new NoticeText(items.get(0), args);
  }
}
