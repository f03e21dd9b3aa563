package be.contractflow.process.payment;

import be.contractflow.process.VariableValues;
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
    String invoiceNumber = VariableValues.string(execution, PaymentVariables.INVOICE_NUMBER);
    String clause = VariableValues.string(execution, PaymentVariables.SUSPENSION_CLAUSE);
    // processing
    service.suspend(invoiceNumber, clause);
    // output
    execution.setVariable(PaymentVariables.SUSPEND, true);
  }
}
