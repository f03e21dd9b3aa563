package be.contractflow.process.payment;

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
    String invoiceNumber = PaymentVariables.INVOICE_NUMBER.get(execution);
    // processing
    var accelerated = service.accelerate(invoiceNumber);
    // output
    PaymentVariables.ACCELERATED_INVOICES.set(execution, String.join(", ", accelerated));
  }
}
