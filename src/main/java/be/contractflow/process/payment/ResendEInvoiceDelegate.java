package be.contractflow.process.payment;

import be.contractflow.time.BusinessClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ResendEInvoice: accounting asked on "Handle undelivered e-invoice" to send it again; the
 * relay tries it anew and the sending is checked at the end of today.
 */
@Component
public class ResendEInvoiceDelegate implements JavaDelegate {

  private final EInvoiceSending service;
  private final BusinessClock clock;

  public ResendEInvoiceDelegate(EInvoiceSending service, BusinessClock clock) {
    this.service = service;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoiceNumber = PaymentVariables.INVOICE_NUMBER.get(execution);
    // processing
    service.resend(invoiceNumber);
    // output
    PaymentVariables.E_INVOICE_CHECK_ON.set(execution, clock.today());
  }
}
