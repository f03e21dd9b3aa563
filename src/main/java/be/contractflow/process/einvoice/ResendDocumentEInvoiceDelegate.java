package be.contractflow.process.einvoice;

import be.contractflow.billing.EInvoices;
import be.contractflow.time.BusinessClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ResendEInvoice of {@code e-invoice}: the failed e-invoice goes back to the relay. */
@Component
public class ResendDocumentEInvoiceDelegate implements JavaDelegate {

  private final EInvoices eInvoices;
  private final BusinessClock clock;

  public ResendDocumentEInvoiceDelegate(EInvoices eInvoices, BusinessClock clock) {
    this.eInvoices = eInvoices;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String number = EInvoiceVariables.DOCUMENT_NUMBER.get(execution);
    // processing
    eInvoices.resend(number);
    // output
    EInvoiceVariables.E_INVOICE_CHECK_ON.set(execution, clock.today());
  }
}
