package be.contractflow.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndemnitiesTest {

  private static final BigDecimal FIFTEEN = BigDecimal.valueOf(15);
  private static final BigDecimal MIN_150 = new BigDecimal("150.00");

  @Test
  void WJA_10c_flat_indemnity_is_15_percent_of_the_amount_still_due() {
    Calculation indemnity = Indemnities.percentWithMinimum("WJA-10c", new BigDecimal("2000.00"),
        FIFTEEN, MIN_150);
    assertThat(indemnity.amount()).isEqualTo("300.00");
    assertThat(indemnity.inputs()).containsEntry("rule", "percentage");
  }

  @Test
  void WJA_10c_flat_indemnity_is_at_least_150_euros_per_invoice() {
    Calculation indemnity = Indemnities.percentWithMinimum("WJA-10c", new BigDecimal("500.00"),
        FIFTEEN, MIN_150);
    assertThat(indemnity.amount()).isEqualTo("150.00");
    assertThat(indemnity.inputs()).containsEntry("rule", "minimum");
    assertThat(Indemnities.percentWithMinimum("WJA-10c", Money.ZERO, FIFTEEN, MIN_150).amount())
        .as("nothing open, nothing due").isEqualTo("0.00");
  }

  @Test
  void LAW_2002_art_6_a_professional_owes_40_euros_when_the_contract_says_nothing() {
    Calculation indemnity = Indemnities.professional("BDB-16.6", Money.ZERO);
    assertThat(indemnity.amount()).isEqualTo("40.00");
    assertThat(indemnity.inputs()).containsEntry("rule", "statutory 40 € (law of 2 Aug 2002 art. 6)");
  }

  @Test
  void WJA_10c_a_professional_owes_the_contractual_indemnity_when_higher_never_both() {
    Calculation contractual = Indemnities.percentWithMinimum("WJA-10c", new BigDecimal("2000.00"),
        FIFTEEN, MIN_150);
    Calculation indemnity = Indemnities.professional("WJA-10c", contractual.amount());
    assertThat(indemnity.amount()).isEqualTo("300.00");
    assertThat(indemnity.inputs())
        .containsEntry("rule", "contractual indemnity, higher than the statutory 40 €");
  }

  @Test
  void BOOK_XIX_consumer_indemnity_caps_by_balance_tier() {
    assertThat(Indemnities.consumerCap(new BigDecimal("100.00"))).isEqualByComparingTo("20");
    assertThat(Indemnities.consumerCap(new BigDecimal("150.00"))).isEqualByComparingTo("20");
    assertThat(Indemnities.consumerCap(new BigDecimal("150.01"))).isEqualByComparingTo("30.001");
    assertThat(Indemnities.consumerCap(new BigDecimal("300.00"))).isEqualByComparingTo("45");
    assertThat(Indemnities.consumerCap(new BigDecimal("500.00"))).isEqualByComparingTo("65");
    assertThat(Indemnities.consumerCap(new BigDecimal("1000.00"))).isEqualByComparingTo("90");
    assertThat(Indemnities.consumerCap(new BigDecimal("39200.00"))).isEqualByComparingTo("2000");
    assertThat(Indemnities.consumerCap(new BigDecimal("50000.00"))).isEqualByComparingTo("2000");
  }

  @Test
  void WJA_10c_for_a_consumer_the_15_percent_minimum_150_is_capped_down_to_the_law() {
    BigDecimal balance = new BigDecimal("500.00");
    Calculation contractual = Indemnities.percentWithMinimum("WJA-10c", balance, FIFTEEN, MIN_150);
    Calculation indemnity = Indemnities.consumer("WJA-10c", balance, contractual.amount());
    assertThat(indemnity.amount()).isEqualTo("65.00");
    assertThat(indemnity.inputs())
        .containsEntry("contractual", new BigDecimal("150.00"))
        .containsEntry("cap", new BigDecimal("65.00"))
        .containsEntry("capTier", "balance 150.01–500 €: 30 € + 10% above 150 €")
        .containsEntry("rule", "capped at the Book XIX maximum");
  }

  @Test
  void WJA_10c_a_large_consumer_balance_is_capped_at_2000_euros() {
    BigDecimal balance = new BigDecimal("60000.00");
    Calculation indemnity = Indemnities.consumer("WJA-10c", balance,
        Indemnities.percentWithMinimum("WJA-10c", balance, FIFTEEN, MIN_150).amount());
    assertThat(indemnity.amount()).isEqualTo("2000.00");
    assertThat(indemnity.inputs()).containsEntry("capTier", "maximum 2 000 €");
  }

  @Test
  void BDB_16_6_the_40_euros_is_not_due_by_a_consumer() {
    assertThat(Indemnities.consumer("BDB-16.6", new BigDecimal("120.00"), Money.ZERO).amount())
        .isEqualTo("0.00");
  }

  @Test
  void a_contractual_indemnity_within_the_consumer_cap_is_kept() {
    Calculation indemnity = Indemnities.consumer("X-1", new BigDecimal("1000.00"), new BigDecimal("50.00"));
    assertThat(indemnity.amount()).isEqualTo("50.00");
    assertThat(indemnity.inputs()).containsEntry("rule", "contractual indemnity within the cap");
  }
}
