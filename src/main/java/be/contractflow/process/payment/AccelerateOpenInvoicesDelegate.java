package be.contractflow.process.payment;

import be.contractflow.process.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AccelerateOpenInvoices: WJA-10a, the client's other open invoices become due at once (ACCELERATION_NOTICE). */
@Component
public class AccelerateOpenInvoicesDelegate implements JavaDelegate {

  private final DunningService service;

  public AccelerateOpenInvoicesDelegate(DunningService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoiceNumber = VariableValues.string(execution, PaymentVariables.INVOICE_NUMBER);
    // processing
    var accelerated = service.accelerate(invoiceNumber);
    // output
    execution.setVariable("acceleratedInvoices", String.join(", ", accelerated));
  }
}
