package be.contractflow.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * A decimal field of a request (amount, quantity, hours) as its text: a JSON string, or the text
 * of a JSON number exactly as sent ({@code 1210.5} stays {@code "1210.5"}, never a binary
 * floating point). The token is never converted to a number here, so an exponent costs nothing;
 * {@link Decimals} reads the text in bounded time. Anything else (object, array, boolean) is
 * refused with the field named.
 */
public class DecimalText extends StdScalarDeserializer<String> {

  public DecimalText() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.hasToken(JsonToken.VALUE_STRING) || p.hasToken(JsonToken.VALUE_NUMBER_INT)
        || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
      return p.getText();
    }
    return (String) ctxt.handleUnexpectedToken(DecimalText.class, p);
  }
}
