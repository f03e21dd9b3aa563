package be.contractflow.billing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StructuredCommunicationTest {

  @Test
  void check_digits_are_the_base_modulo_97() {
    // 1234567890 mod 97 = 2
    assertThat(StructuredCommunication.of(1234567890L)).isEqualTo("123456789002");
    assertThat(StructuredCommunication.format("123456789002")).isEqualTo("+++123/4567/89002+++");
  }

  @Test
  void a_remainder_of_zero_is_written_97() {
    assertThat(StructuredCommunication.of(97L)).isEqualTo("000000009797");
  }

  @Test
  void invoice_communication_carries_year_and_sequence() {
    String digits = StructuredCommunication.forInvoice(2026, 42);
    assertThat(digits).startsWith("2026000042");
    assertThat(Long.parseLong(digits.substring(0, 10)) % 97)
        .isEqualTo(Long.parseLong(digits.substring(10)) % 97);
  }

  @Test
  void a_payment_may_quote_it_in_any_usual_notation() {
    assertThat(StructuredCommunication.parse("+++123/4567/89002+++")).contains("123456789002");
    assertThat(StructuredCommunication.parse("***123/4567/89002***")).contains("123456789002");
    assertThat(StructuredCommunication.parse("123456789002")).contains("123456789002");
  }

  @Test
  void a_wrong_check_digit_or_shape_is_not_a_communication() {
    assertThat(StructuredCommunication.parse("+++123/4567/89003+++")).isEmpty();
    assertThat(StructuredCommunication.parse("I-2026-00001")).isEmpty();
    assertThat(StructuredCommunication.parse(null)).isEmpty();
  }
}
