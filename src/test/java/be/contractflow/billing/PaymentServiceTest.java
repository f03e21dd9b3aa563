package be.contractflow.billing;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.ledger.Language;
import be.contractflow.ledger.NotFoundException;
import be.contractflow.ledger.PaymentRepository;
import be.contractflow.ledger.RejectedException;
import be.contractflow.support.LedgerFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class PaymentServiceTest {

  @Autowired LedgerFixtures ledger;
  @Autowired PaymentService payments;
  @Autowired PaymentRepository paymentRows;
  @Autowired InvoiceRepository invoices;
  @Autowired RuntimeService runtime;

  Invoice invoice;

  @BeforeEach
  void anOpenDeBruijneInvoice() {
    today(LocalDate.of(2026, 3, 2));
    var client = ledger.client(ClientType.PROFESSIONAL, Language.nl);
    var contract = ledger.contract("debruijne", ContractKind.PROJECT, client);
    invoice = ledger.invoice(contract, InvoiceKind.DEPOSIT, "BDB-5.2b", "1000.00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void a_full_payment_settles_the_invoice_and_wakes_the_process_waiting_for_it() {
    var waiting = runtime.startProcessInstanceByKey("platform-smoke", Map.of(
        "invoiceNumber", invoice.number(), "contractNumber", invoice.contractNumber(),
        "clientId", invoice.clientId(), "startDate", "2026-03-02"));
    // the smoke process waits on a timer first; move it straight to the settlement wait
    runtime.createProcessInstanceModification(waiting.getId())
        .cancelAllForActivity("TimerEvent_OneBusinessDayPassed")
        .startBeforeActivity("MessageEvent_InvoiceSettled")
        .execute();

    var receipt = payments.record(new PaymentCommand(invoice.number(), eur("1210.00"), null, "B-1", "accounting"));

    assertThat(receipt.invoiceStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(receipt.remaining()).isEqualByComparingTo("0.00");
    assertThat(invoices.require(invoice.number()).settledDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(waiting.getId()).count()).isZero();
  }

  @Test
  void a_payment_may_quote_the_structured_communication_instead_of_the_number() {
    String communication = StructuredCommunication.format(invoice.structuredCommunication());

    var receipt = payments.record(new PaymentCommand(communication, eur("100.00"), null, null, "accounting"));

    assertThat(receipt.payment().invoiceNumber()).isEqualTo(invoice.number());
    assertThat(receipt.remaining()).isEqualByComparingTo("1110.00");
    assertThat(receipt.invoiceStatus()).isEqualTo(InvoiceStatus.OPEN);
  }

  @Test
  void the_same_bank_reference_twice_is_recognised_and_not_counted_twice() {
    payments.record(new PaymentCommand(invoice.number(), eur("100.00"), null, "BANK-42", "bank"));

    var again = payments.record(new PaymentCommand(invoice.number(), eur("100.00"), null, "BANK-42", "bank"));

    assertThat(again.duplicate()).isTrue();
    assertThat(paymentRows.forInvoice(invoice.number())).hasSize(1);
    assertThat(invoices.require(invoice.number()).paidPrincipal()).isEqualByComparingTo("100.00");
  }

  @Test
  void a_bank_reference_reused_for_another_amount_is_refused() {
    payments.record(new PaymentCommand(invoice.number(), eur("100.00"), null, "BANK-43", "bank"));

    assertThatThrownBy(() -> payments.record(new PaymentCommand(invoice.number(), eur("200.00"), null, "BANK-43", "bank")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("BANK-43");
  }

  @Test
  void an_overpayment_is_refused_with_the_amount_that_settles_and_nothing_is_recorded() {
    assertThatThrownBy(() -> payments.record(new PaymentCommand(invoice.number(), eur("1210.01"), null, null, "bank")))
        .isInstanceOf(RejectedException.class)
        .hasMessageContaining("Send at most 1210.00");
    assertThat(paymentRows.forInvoice(invoice.number())).isEmpty();
  }

  @Test
  void BDB_16_6_a_late_payment_must_cover_interest_and_the_indemnity_to_settle() {
    today(LocalDate.of(2026, 3, 18));

    var receipt = payments.record(new PaymentCommand(invoice.number(), eur("1210.00"), null, null, "bank"));

    assertThat(receipt.invoiceStatus()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(receipt.payment().toIndemnity()).isEqualByComparingTo("40.00");
    assertThat(receipt.payment().toInterest()).isEqualByComparingTo("0.33");
    assertThat(receipt.payment().toPrincipal()).isEqualByComparingTo("1169.67");
    assertThat(receipt.remaining()).isEqualByComparingTo("40.33");
  }

  @Test
  void a_settled_invoice_refuses_another_payment() {
    payments.record(new PaymentCommand(invoice.number(), eur("1210.00"), null, null, "bank"));

    assertThatThrownBy(() -> payments.record(new PaymentCommand(invoice.number(), eur("1.00"), null, null, "bank")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("settled on 2026-03-02");
  }

  @Test
  void a_cancelled_invoice_refuses_a_payment() {
    invoices.updateStatus(invoice.number(), InvoiceStatus.CANCELLED);

    assertThatThrownBy(() -> payments.record(new PaymentCommand(invoice.number(), eur("1.00"), null, null, "bank")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("cancelled");
  }

  @Test
  void an_unknown_invoice_or_a_communication_with_a_wrong_check_digit_is_refused() {
    assertThatThrownBy(() -> payments.record(new PaymentCommand("I-1999-00001", eur("1.00"), null, null, "bank")))
        .isInstanceOf(NotFoundException.class);
    String wrong = invoice.structuredCommunication().substring(0, 10) + "00";
    assertThatThrownBy(() -> payments.record(new PaymentCommand(wrong, eur("1.00"), null, null, "bank")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void payments_are_recorded_in_value_date_order() {
    today(LocalDate.of(2026, 3, 10));
    payments.record(new PaymentCommand(invoice.number(), eur("10.00"), LocalDate.of(2026, 3, 9), null, "bank"));

    assertThatThrownBy(() -> payments.record(new PaymentCommand(invoice.number(), eur("10.00"), LocalDate.of(2026, 3, 5), null, "bank")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("2026-03-09");
  }
}
