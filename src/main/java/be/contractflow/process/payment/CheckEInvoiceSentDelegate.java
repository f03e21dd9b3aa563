package be.contractflow.process.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CheckEInvoiceSent: at the end of the day, whether the invoice's Peppol e-invoice was proven
 * sent; its due date then counts from that day. Still being tried: checked again tomorrow.
 * Failed for good: accounting is told why.
 */
@Component
public class CheckEInvoiceSentDelegate implements JavaDelegate {

  private final EInvoiceSending service;

  public CheckEInvoiceSentDelegate(EInvoiceSending service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoiceNumber = PaymentVariables.INVOICE_NUMBER.get(execution);
    Integer term = PaymentVariables.PAYMENT_TERM_DAYS.get(execution);
    // processing
    var check = service.check(invoiceNumber, term);
    // output
    PaymentVariables.E_INVOICE_STATUS.set(execution, check.status());
    PaymentVariables.E_INVOICE_FAILURE.set(execution, check.failure());
    PaymentVariables.DUE_DATE.set(execution, check.dueDate());
    if (check.nextCheckOn() != null) {
      PaymentVariables.E_INVOICE_CHECK_ON.set(execution, check.nextCheckOn());
    }
  }
}
