package be.contractflow.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ImputationTest {

  private static final BigDecimal INDEMNITY = new BigDecimal("40.00");
  private static final BigDecimal INTEREST = new BigDecimal("9.95");
  private static final BigDecimal PRINCIPAL = new BigDecimal("1210.00");

  @Test
  void a_partial_payment_goes_to_the_indemnity_then_the_interest_then_the_principal() {
    Imputation imputation = Imputation.of(new BigDecimal("100.00"), INDEMNITY, INTEREST, PRINCIPAL);
    assertThat(imputation.indemnity()).isEqualTo("40.00");
    assertThat(imputation.interest()).isEqualTo("9.95");
    assertThat(imputation.principal()).isEqualTo("50.05");
    assertThat(imputation.excess()).isEqualTo("0.00");
    assertThat(imputation.isOverpayment()).isFalse();
  }

  @Test
  void a_small_payment_only_reduces_the_indemnity() {
    Imputation imputation = Imputation.of(new BigDecimal("25.00"), INDEMNITY, INTEREST, PRINCIPAL);
    assertThat(imputation.indemnity()).isEqualTo("25.00");
    assertThat(imputation.interest()).isEqualTo("0.00");
    assertThat(imputation.principal()).isEqualTo("0.00");
  }

  @Test
  void an_overpayment_shows_as_excess_for_the_caller_to_refuse() {
    Imputation imputation = Imputation.of(new BigDecimal("1300.00"), INDEMNITY, INTEREST, PRINCIPAL);
    assertThat(imputation.principal()).isEqualTo("1210.00");
    assertThat(imputation.excess()).isEqualTo("40.05");
    assertThat(imputation.isOverpayment()).isTrue();
  }
}
