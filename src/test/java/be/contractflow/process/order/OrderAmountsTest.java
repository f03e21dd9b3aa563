package be.contractflow.process.order;

import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.Period;
import be.contractflow.ledger.Quote;
import be.contractflow.terms.DepositKind;
import be.contractflow.terms.Terms;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order's amounts per the terms' values, without engine or database. */
class OrderAmountsTest {

  private static Terms.Order terms(DepositKind kind, String percent, boolean annualised,
      Integer regieHours, String cancellationPercent, boolean cancellationAnnualised) {
    return new Terms.Order(null, null, false, null, kind,
        percent == null ? null : new BigDecimal(percent), annualised, regieHours, null, null,
        "X-1", true, "X-1", null, null, null,
        cancellationPercent == null ? null : new BigDecimal(cancellationPercent),
        cancellationAnnualised, false, "X-2");
  }

  private static Quote quote(ContractKind kind, List<Quote.Line> lines, String periodic,
      Period period, String rate, String hours) {
    return new Quote("Q-2026-0001", "c", "p", kind, null, "ISSUED",
        periodic == null ? null : new BigDecimal(periodic), period,
        rate == null ? null : new BigDecimal(rate), hours == null ? null : new BigDecimal(hours),
        null, lines);
  }

  private static final List<Quote.Line> SITE =
      List.of(new Quote.Line("Site", new BigDecimal("3"), new BigDecimal("333.33")));

  @Test
  void WJA_2_deposit_percentage_of_the_one_off_lines() {
    var first = OrderAmounts.firstInvoice(terms(DepositKind.PERCENT, "50", false, null, null, false),
        quote(ContractKind.PROJECT, SITE, null, null, null, null)).orElseThrow();
    assertThat(first.kind()).isEqualTo(InvoiceKind.DEPOSIT);
    assertThat(first.amount().amount()).isEqualByComparingTo("500.00"); // 999.99 × 50 % = 499.995, half-up
  }

  @Test
  void WJA_2_annualised_deposit_for_a_quarterly_service() {
    var first = OrderAmounts.firstInvoice(terms(DepositKind.PERCENT, "50", true, null, null, false),
        quote(ContractKind.RECURRING, List.of(), "300.00", Period.QUARTERLY, null, null)).orElseThrow();
    assertThat(first.amount().amount()).isEqualByComparingTo("600.00");
    assertThat(first.amount().inputs()).containsEntry("periodsPerYear", 4);
  }

  @Test
  void WJA_4_regie_hours_and_first_period_and_none() {
    assertThat(OrderAmounts.firstInvoice(terms(DepositKind.REGIE_HOURS, null, false, 5, null, false),
        quote(ContractKind.REGIE, List.of(), null, null, "72.50", "40")).orElseThrow()
        .amount().amount()).isEqualByComparingTo("362.50");
    var yearly = OrderAmounts.firstInvoice(terms(DepositKind.FIRST_PERIOD, null, false, null, null, false),
        quote(ContractKind.HOSTING, List.of(), "180.00", Period.YEARLY, null, null)).orElseThrow();
    assertThat(yearly.kind()).isEqualTo(InvoiceKind.PERIODIC);
    assertThat(yearly.amount().amount()).isEqualByComparingTo("180.00");
    assertThat(OrderAmounts.firstInvoice(terms(DepositKind.NONE, null, false, null, null, false),
        quote(ContractKind.PROJECT, SITE, null, null, null, null))).isEmpty();
  }

  @Test
  void WJA_18_cancellation_fee_annualised_or_on_the_order_total() {
    assertThat(OrderAmounts.cancellationFee(terms(DepositKind.NONE, null, false, null, "30", true),
        quote(ContractKind.RENTAL, List.of(), "49.00", Period.MONTHLY, null, null)).orElseThrow()
        .amount()).isEqualByComparingTo("176.40");
    assertThat(OrderAmounts.cancellationFee(terms(DepositKind.NONE, null, false, null, "30", false),
        quote(ContractKind.REGIE, SITE, null, null, "80.00", "10")).orElseThrow()
        .amount()).isEqualByComparingTo("540.00"); // (999.99 + 800.00) × 30 % = 539.997
    assertThat(OrderAmounts.cancellationFee(terms(DepositKind.NONE, null, false, null, null, false),
        quote(ContractKind.PROJECT, SITE, null, null, null, null))).isEmpty();
  }
}
