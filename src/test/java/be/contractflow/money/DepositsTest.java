package be.contractflow.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.contractflow.ledger.Period;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepositsTest {

  private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

  @Test
  void WJA_2_an_order_binds_with_a_50_percent_deposit() {
    Calculation deposit = Deposits.percentage("WJA-2", new BigDecimal("2400.00"), FIFTY);
    assertThat(deposit.amount()).isEqualTo("1200.00");
    assertThat(deposit.clause()).isEqualTo("WJA-2");
    assertThat(deposit.inputs()).containsEntry("orderTotal", new BigDecimal("2400.00"))
        .containsEntry("percent", FIFTY);
  }

  @Test
  void BDB_5_2b_the_50_percent_deposit_is_rounded_half_up() {
    // 1999.99 / 2 = 999.995
    assertThat(Deposits.percentage("BDB-5.2b", new BigDecimal("1999.99"), FIFTY).amount())
        .isEqualTo("1000.00");
  }

  @Test
  void WJA_2_recurring_services_deposit_is_50_percent_of_the_annualised_price() {
    Calculation monthly = Deposits.annualised("WJA-2", new BigDecimal("25.00"), Period.MONTHLY, FIFTY);
    assertThat(monthly.amount()).isEqualTo("150.00");
    assertThat(monthly.inputs()).containsEntry("periodsPerYear", 12)
        .containsEntry("annualPrice", new BigDecimal("300.00"));
    assertThat(Deposits.annualised("WJA-2", new BigDecimal("75.00"), Period.QUARTERLY, FIFTY).amount())
        .isEqualTo("150.00");
    assertThat(Deposits.annualised("WJA-2", new BigDecimal("300.00"), Period.YEARLY, FIFTY).amount())
        .isEqualTo("150.00");
  }

  @Test
  void WJA_4_regie_deposit_is_five_hours_at_the_rate_in_force() {
    Calculation deposit = Deposits.regieHours("WJA-4", BigDecimal.valueOf(5), new BigDecimal("65.00"));
    assertThat(deposit.amount()).isEqualTo("325.00");
    assertThat(deposit.label()).isEqualTo("Deposit 5 hours en régie");
  }

  @Test
  void WJA_2_default_schedule_50_40_10_adds_up_to_the_total_to_the_cent() {
    List<Calculation> schedule = Deposits.schedule("WJA-2", new BigDecimal("1000.01"),
        List.of(FIFTY, BigDecimal.valueOf(40), BigDecimal.TEN));
    // 500.005 -> 500.01, 400.004 -> 400.00, the last share takes the remainder
    assertThat(schedule).extracting(Calculation::amount)
        .containsExactly(new BigDecimal("500.01"), new BigDecimal("400.00"), new BigDecimal("100.00"));
    assertThat(schedule.get(2).inputs()).containsEntry("rounding", "remainder of the total");
    assertThat(schedule.get(0).label()).isEqualTo("Instalment 1 of 3 (50%)");
  }

  @Test
  void WJA_2_thirds_do_not_lose_a_cent() {
    BigDecimal third = new BigDecimal("33.33");
    List<Calculation> schedule = Deposits.schedule("WJA-2", new BigDecimal("100.00"),
        List.of(third, third, new BigDecimal("33.34")));
    assertThat(schedule).extracting(Calculation::amount)
        .containsExactly(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34"));
  }

  @Test
  void a_schedule_whose_shares_do_not_add_up_to_100_is_refused() {
    assertThatThrownBy(() -> Deposits.schedule("WJA-2", new BigDecimal("1000.00"),
        List.of(FIFTY, BigDecimal.valueOf(40))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must add up to 100%, got 90%");
  }

  @Test
  void BDB_R5_1_the_first_monthly_payment_includes_the_options() {
    Calculation first = Deposits.firstMonthly("BDB-R5.1", new BigDecimal("49.00"), new BigDecimal("10.00"));
    assertThat(first.amount()).isEqualTo("59.00");
  }

  @Test
  void negative_amounts_are_refused() {
    assertThatThrownBy(() -> Deposits.percentage("WJA-2", new BigDecimal("-1"), FIFTY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orderTotal must not be negative, got -1");
  }

  @Test
  void BDB_11_2_the_balance_is_the_price_less_everything_already_invoiced() {
    var invoiced = new java.util.LinkedHashMap<String, BigDecimal>();
    invoiced.put("I-2026-00001", new BigDecimal("1172.84"));
    invoiced.put("I-2026-00007", new BigDecimal("400.55"));
    Calculation balance = Deposits.balance("BDB-16.4", new BigDecimal("2345.67"), invoiced);
    assertThat(balance.amount()).isEqualTo("772.28");
    assertThat(balance.inputs()).containsEntry("alreadyInvoiced", new BigDecimal("1573.39"))
        .containsEntry("invoices", "I-2026-00001 1172.84, I-2026-00007 400.55");
    assertThat(Deposits.balance("BDB-16.4", new BigDecimal("100.00"),
        java.util.Map.of("I-1", new BigDecimal("150.00"))).amount())
        .as("never below zero").isEqualTo("0.00");
  }
}
