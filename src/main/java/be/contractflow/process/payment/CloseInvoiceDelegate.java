package be.contractflow.process.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseInvoice: the invoice is settled: deadlines met, suspended services restored (SERVICE_RESTORED, ServicesRestored). */
@Component
public class CloseInvoiceDelegate implements JavaDelegate {

  private final DunningService service;

  public CloseInvoiceDelegate(DunningService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoiceNumber = PaymentVariables.INVOICE_NUMBER.get(execution);
    // processing
    boolean restored = service.close(invoiceNumber);
    // output
    PaymentVariables.SERVICES_RESTORED.set(execution, restored);
  }
}
