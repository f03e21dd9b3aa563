package be.contractflow.process.payment;

import be.contractflow.process.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ResolveContracts: WJA-12, the client's running contracts are resolved, INDEMNITY invoice, RESOLUTION_NOTICE letter. */
@Component
public class ResolveContractsDelegate implements JavaDelegate {

  private final DefaultService service;

  public ResolveContractsDelegate(DefaultService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoiceNumber = VariableValues.string(execution, PaymentVariables.INVOICE_NUMBER);
    var formalNoticeDate = VariableValues.date(execution, PaymentVariables.FORMAL_NOTICE_POSTED_ON);
    // processing
    var resolution = service.resolve(invoiceNumber, formalNoticeDate);
    // output
    execution.setVariable(PaymentVariables.RESOLVED, true);
    execution.setVariable(PaymentVariables.RESOLUTION_NOTICE_KEY, resolution.letterKey());
    if (resolution.indemnityInvoiceNumber() != null) {
      execution.setVariable(PaymentVariables.INDEMNITY_INVOICE_NUMBER,
          resolution.indemnityInvoiceNumber());
      execution.setVariable("resolvedContracts", String.join(", ", resolution.resolvedContracts()));
    }
  }
}
