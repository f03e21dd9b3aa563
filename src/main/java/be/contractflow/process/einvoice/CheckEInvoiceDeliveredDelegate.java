package be.contractflow.process.einvoice;

import be.contractflow.billing.EInvoices;
import be.contractflow.time.BusinessClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CheckEInvoiceSent of {@code e-invoice}: whether a credit note's e-invoice was proven sent;
 * still being tried: checked again tomorrow; failed for good: accounting is told why.
 */
@Component
public class CheckEInvoiceDeliveredDelegate implements JavaDelegate {

  private final EInvoices eInvoices;
  private final BusinessClock clock;

  public CheckEInvoiceDeliveredDelegate(EInvoices eInvoices, BusinessClock clock) {
    this.eInvoices = eInvoices;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String number = EInvoiceVariables.DOCUMENT_NUMBER.get(execution);
    // processing
    EInvoices.Delivery delivery = eInvoices.delivery(number);
    // output
    EInvoiceVariables.E_INVOICE_STATUS.set(execution, delivery.status());
    EInvoiceVariables.E_INVOICE_FAILURE.set(execution, delivery.failure());
    if ("PENDING".equals(delivery.status())) {
      EInvoiceVariables.E_INVOICE_CHECK_ON.set(execution, clock.today().plusDays(1));
    }
  }
}
