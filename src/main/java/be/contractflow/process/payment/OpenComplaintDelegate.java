package be.contractflow.process.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_OpenComplaint: WJA-15, BDB-16.3, the invoice is CONTESTED and its dunning waits. */
@Component
public class OpenComplaintDelegate implements JavaDelegate {

  private final DefaultService service;

  public OpenComplaintDelegate(DefaultService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoiceNumber = PaymentVariables.INVOICE_NUMBER.get(execution);
    // processing
    service.openComplaint(invoiceNumber);
    // output
  }
}
