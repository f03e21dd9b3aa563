package be.contractflow.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How {@code /api} reads its input (issue 10, item 3): strict JSON types and dates inside {@link
 * #FIRST_DAY}..{@link #LAST_DAY}.
 *
 * <ul>
 *   <li>No silent coercion: a number or a boolean sent for a text field ({@code "name": 42}), a
 *       string for a number ({@code "paymentTermDays": "45"}), a fraction for a whole number, a
 *       number for an enum ({@code "kind": 0}) are refused with the field named. Decimal fields
 *       (amounts, quantities, hours) keep taking the text of a JSON number as well as a string
 *       ({@link DecimalText}): it was documented so, and no precision is lost.
 *   <li>Unknown fields stay refused ({@code application.yaml}: a misspelt field is an error), and
 *       so are a key given twice and anything after the JSON object.
 *   <li>Dates ({@code YYYY-MM-DD}, body or query) and date-times (ISO-8601 with offset) must fall
 *       between 2000-01-01 and 2100-12-31: a year 0 or −999999999 was accepted and numbered
 *       quotes {@code Q-0-0001}.
 * </ul>
 */
@Configuration
public class ApiInputConfiguration implements WebMvcConfigurer {

  /** The first day {@code /api} accepts in a date. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

  /** The last day {@code /api} accepts in a date. */
  public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

  static final String DATE_WINDOW = "between " + FIRST_DAY + " and " + LAST_DAY;

  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final int MAX_DATE_TIME_LENGTH = 40;

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictApiInput() {
    return builder -> builder
        .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS,
            DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .deserializerByType(LocalDate.class, new WindowedDate())
        .deserializerByType(OffsetDateTime.class, new WindowedDateTime())
        .postConfigurer(mapper -> {
          mapper.coercionConfigFor(LogicalType.Textual)
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
          mapper.coercionConfigFor(LogicalType.Enum)
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        });
  }

  /** {@code ?at=} and any other date in a query: the same format and window as in a body. */
  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
      @Override
      public LocalDate parse(String text, Locale locale) {
        LocalDate date = date(text);
        if (date == null) {
          throw new IllegalArgumentException("not a date " + DATE_WINDOW);
        }
        return date;
      }

      @Override
      public String print(LocalDate date, Locale locale) {
        return date.toString();
      }
    });
  }

  /** A {@code YYYY-MM-DD} date inside the window, or null. */
  static LocalDate date(String text) {
    if (text == null || !ISO_DATE.matcher(text.strip()).matches()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text.strip());
      return inWindow(date) ? date : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static boolean inWindow(LocalDate date) {
    return !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
  }

  static final class WindowedDate extends StdScalarDeserializer<LocalDate> {

    WindowedDate() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getText();
      LocalDate date = date(text);
      if (date == null) {
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, abbreviate(text),
            "not a date " + DATE_WINDOW);
      }
      return date;
    }
  }

  static final class WindowedDateTime extends StdScalarDeserializer<OffsetDateTime> {

    WindowedDateTime() {
      super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (OffsetDateTime) ctxt.handleUnexpectedToken(OffsetDateTime.class, p);
      }
      String text = p.getText().strip();
      if (text.length() <= MAX_DATE_TIME_LENGTH) {
        try {
          OffsetDateTime dateTime = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
          if (inWindow(dateTime.toLocalDate())) {
            return dateTime;
          }
        } catch (DateTimeParseException e) {
          // refused below
        }
      }
      return (OffsetDateTime) ctxt.handleWeirdStringValue(OffsetDateTime.class, abbreviate(text),
          "not a date-time " + DATE_WINDOW);
    }
  }

  /** A value quoted back in a refusal, cut to a readable length. */
  static String abbreviate(String text) {
    if (text == null) {
      return "null";
    }
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
