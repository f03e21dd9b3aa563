package be.contractflow.process.payment;

import be.contractflow.process.VariableValues;
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
    String invoiceNumber = VariableValues.string(execution, PaymentVariables.INVOICE_NUMBER);
    // processing
    boolean restored = service.close(invoiceNumber);
    // output
    execution.setVariable("servicesRestored", restored);
  }
}
