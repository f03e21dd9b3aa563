package be.contractflow.process.payment;

import be.contractflow.ledger.InvoiceRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_WaiveCharges of {@code payment-waiver}: accounting waives the late interest and/or the flat
 * indemnity of an invoice with a written reason, recorded on the invoice and shown in every
 * settlement ({@code GET /api/invoices/{n}}) and in the audit. Runs in the form's transaction.
 */
@Component
public class WaiveChargesDelegate implements JavaDelegate {

  private final DefaultService defaults;

  private final InvoiceRepository invoices;

  public WaiveChargesDelegate(DefaultService defaults, InvoiceRepository invoices) {
    this.defaults = defaults;
    this.invoices = invoices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoice = PaymentVariables.INVOICE_NUMBER.get(execution);
    boolean interest = Boolean.TRUE.equals(PaymentVariables.WAIVE_INTEREST.get(execution));
    boolean indemnity = Boolean.TRUE.equals(PaymentVariables.WAIVE_INDEMNITY.get(execution));
    String reason = PaymentVariables.WAIVER_REASON.get(execution);
    var auth = execution.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    // processing
    defaults.waive(invoice == null ? null : invoice.trim(), interest, indemnity, reason,
        auth == null ? null : auth.getUserId());
    // output: the contract number on every process instance of a contract (Cockpit's search)
    invoices.find(invoice.trim()).ifPresent(i ->
        PaymentVariables.CONTRACT_NUMBER.set(execution, i.contractNumber()));
  }
}
