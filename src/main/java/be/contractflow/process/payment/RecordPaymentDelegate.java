package be.contractflow.process.payment;

import be.contractflow.billing.PaymentCommand;
import be.contractflow.billing.PaymentService;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.RejectedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordPayment of {@code payment-recording}: the "Record payment" form of accounting, the
 * same use case as {@code POST /api/payments}. Runs in the form's transaction, so a refused
 * payment (overpayment, unknown invoice, date order) is shown on the form and nothing is kept.
 */
@Component
public class RecordPaymentDelegate implements JavaDelegate {

  private final PaymentService payments;
  private final InvoiceRepository invoices;

  public RecordPaymentDelegate(PaymentService payments, InvoiceRepository invoices) {
    this.payments = payments;
    this.invoices = invoices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoice = PaymentVariables.INVOICE_NUMBER.get(execution);
    var amount = PaymentVariables.PAYMENT_AMOUNT.get(execution);
    if (amount == null || amount.signum() <= 0) {
      throw new RejectedException("Enter the amount received, more than 0.00 EUR.");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new RejectedException("Enter the amount received in euros and cents, at most two "
          + "decimals (e.g. 1234.56), not " + amount.toPlainString() + ".");
    }
    var date = PaymentVariables.PAYMENT_DATE.get(execution);
    String reference = PaymentVariables.PAYMENT_REFERENCE.get(execution);
    // processing
    var receipt = payments.record(new PaymentCommand(invoice == null ? null : invoice.trim(),
        amount, date, reference == null || reference.isBlank() ? null : reference.trim(),
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
            ? null : execution.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication().getUserId()));
    // output
    PaymentVariables.INVOICE_STATUS.set(execution, receipt.invoiceStatus());
    PaymentVariables.REMAINING.set(execution, receipt.remaining());
    // the contract number on every process instance of a contract: Cockpit's search finds it
    invoices.find(receipt.payment().invoiceNumber()).ifPresent(i ->
        PaymentVariables.CONTRACT_NUMBER.set(execution, i.contractNumber()));
  }
}
