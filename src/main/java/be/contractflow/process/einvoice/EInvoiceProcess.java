package be.contractflow.process.einvoice;

import be.contractflow.process.TypedVariables;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts the {@code e-invoice} process of a credit note's e-invoice, in the issuing transaction. */
@Component
public class EInvoiceProcess {

  private final RuntimeService runtime;

  public EInvoiceProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Billing issued a credit note that is also an e-invoice: follow its sending. */
  @org.springframework.context.event.EventListener
  public void on(be.contractflow.billing.EInvoiceIssued issued) {
    start(issued.documentNumber(), issued.contractNumber(), issued.issueDate());
  }

  public String start(String documentNumber, String contractNumber, LocalDate issueDate) {
    return runtime.startProcessInstanceByKey(EInvoiceVariables.PROCESS_KEY, documentNumber,
        TypedVariables.of(EInvoiceVariables.DOCUMENT_NUMBER, documentNumber)
            .and(EInvoiceVariables.CONTRACT_NUMBER, contractNumber)
            .and(EInvoiceVariables.E_INVOICE_CHECK_ON, issueDate)
            .map())
        .getId();
  }
}
