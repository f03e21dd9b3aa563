package be.contractflow.process.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ResumeDunning: the complaint is rejected: the invoice is open again and its dunning resumes on the original dates. */
@Component
public class ResumeDunningDelegate implements JavaDelegate {

  private final DefaultService service;

  public ResumeDunningDelegate(DefaultService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoiceNumber = PaymentVariables.INVOICE_NUMBER.get(execution);
    // processing
    service.rejectComplaint(invoiceNumber);
    // output
  }
}
