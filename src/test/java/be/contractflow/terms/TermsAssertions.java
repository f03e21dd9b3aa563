package be.contractflow.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

/** Assertions shared by the per-profile terms tests. */
final class TermsAssertions {

  private TermsAssertions() {}

  /** The profile has no such rule: each named component is null or false. */
  static void absent(Record topic, String... components) {
    for (String component : components) {
      assertThat(topic)
          .extracting(component)
          .as("%s.%s", topic.getClass().getSimpleName(), component)
          .satisfiesAnyOf(
              value -> assertThat(value).isNull(), value -> assertThat(value).isEqualTo(false));
    }
  }

  static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }
}
