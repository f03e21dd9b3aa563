package be.contractflow.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.contractflow.ledger.Period;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CancellationTest {

  private static final BigDecimal THIRTY = BigDecimal.valueOf(30);

  @Test
  void WJA_18_accepted_cancellation_costs_30_percent_of_the_order() {
    assertThat(Cancellation.percentage("WJA-18", new BigDecimal("3000.00"), THIRTY).amount())
        .isEqualTo("900.00");
  }

  @Test
  void WJA_18_recurring_services_are_annualised() {
    Calculation fee = Cancellation.annualised("WJA-18", new BigDecimal("25.00"), Period.MONTHLY, THIRTY);
    assertThat(fee.amount()).isEqualTo("90.00");
    assertThat(fee.inputs()).containsEntry("annualPrice", new BigDecimal("300.00"));
  }

  @Test
  void BDB_10_2_before_work_starts_30_percent_net_of_the_deposit_is_a_credit_note() {
    Calculation fee = Cancellation.percentage("BDB-10.2", new BigDecimal("2500.00"), THIRTY);
    assertThat(fee.amount()).isEqualTo("750.00");
    Calculation net = Cancellation.net(fee, new BigDecimal("1250.00"));
    assertThat(net.amount()).isEqualTo("-500.00");
    assertThat(net.clause()).isEqualTo("BDB-10.2");
    assertThat(net.inputs())
        .containsEntry("fee", new BigDecimal("750.00"))
        .containsEntry("alreadyPaid", new BigDecimal("1250.00"))
        .containsEntry("settlement", "credit note: the client paid more than the fee");
  }

  @Test
  void BDB_10_2_during_the_work_the_client_owes_the_share_of_the_work_done() {
    Calculation fee = Cancellation.proRata("BDB-10.2", new BigDecimal("2500.00"), BigDecimal.valueOf(60));
    assertThat(fee.amount()).isEqualTo("1500.00");
    Calculation net = Cancellation.net(fee, new BigDecimal("1250.00"));
    assertThat(net.amount()).isEqualTo("250.00");
    assertThat(net.inputs()).containsEntry("settlement", "invoice the balance");
  }

  @Test
  void BDB_10_2_more_than_all_of_the_work_is_refused() {
    assertThatThrownBy(() -> Cancellation.proRata("BDB-10.2", new BigDecimal("2500.00"),
        BigDecimal.valueOf(120)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 100, got 120");
  }
}
