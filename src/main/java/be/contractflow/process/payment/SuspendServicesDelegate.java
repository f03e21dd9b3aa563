package be.contractflow.process.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SuspendServices: VIR-9, WJA-11, BDB-16.6, BDB-R5.2: the contract is suspended (SUSPENSION_NOTICE, ServicesSuspended). */
@Component
public class SuspendServicesDelegate implements JavaDelegate {

  private final DunningService service;

  public SuspendServicesDelegate(DunningService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoiceNumber = PaymentVariables.INVOICE_NUMBER.get(execution);
    String clause = PaymentVariables.SUSPENSION_CLAUSE.get(execution);
    // processing
    service.suspend(invoiceNumber, clause);
    // output
    PaymentVariables.SUSPEND.set(execution, true);
  }
}
