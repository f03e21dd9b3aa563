package be.contractflow.process.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CloseCancelledInvoice (event subprocess "Invoice cancelled"): a credit note cancelled the
 * invoice outside this process; the dates its dunning still waited for are cancelled. Runs in the
 * transaction that cancelled the invoice.
 */
@Component
public class CloseCancelledInvoiceDelegate implements JavaDelegate {

  private final DunningService service;

  public CloseCancelledInvoiceDelegate(DunningService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoiceNumber = PaymentVariables.INVOICE_NUMBER.get(execution);
    // processing
    service.cancelled(invoiceNumber);
    // output: none, the process ends
  }
}
