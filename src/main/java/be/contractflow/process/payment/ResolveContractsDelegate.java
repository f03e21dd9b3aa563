package be.contractflow.process.payment;

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
    String invoiceNumber = PaymentVariables.INVOICE_NUMBER.get(execution);
    var formalNoticeDate = PaymentVariables.FORMAL_NOTICE_POSTED_ON.get(execution);
    // processing
    var resolution = service.resolve(invoiceNumber, formalNoticeDate);
    // output
    PaymentVariables.RESOLVED.set(execution, true);
    PaymentVariables.RESOLUTION_NOTICE_KEY.set(execution, resolution.letterKey());
    if (resolution.indemnityInvoiceNumber() != null) {
      PaymentVariables.INDEMNITY_INVOICE_NUMBER.set(execution,
          resolution.indemnityInvoiceNumber());
      PaymentVariables.RESOLVED_CONTRACTS.set(execution,
          String.join(", ", resolution.resolvedContracts()));
    }
  }
}
