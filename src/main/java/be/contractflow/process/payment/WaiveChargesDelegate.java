package be.contractflow.process.payment;

import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.process.VariableValues;
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
    String invoice = VariableValues.string(execution, PaymentVariables.INVOICE_NUMBER);
    boolean interest = VariableValues.bool(execution, "waiveInterest");
    boolean indemnity = VariableValues.bool(execution, "waiveIndemnity");
    String reason = VariableValues.string(execution, "waiverReason");
    var auth = execution.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    // processing
    defaults.waive(invoice == null ? null : invoice.trim(), interest, indemnity, reason,
        auth == null ? null : auth.getUserId());
    // output: the contract number on every process instance of a contract (Cockpit's search)
    invoices.find(invoice.trim()).ifPresent(i ->
        execution.setVariable(PaymentVariables.CONTRACT_NUMBER, i.contractNumber()));
  }
}
