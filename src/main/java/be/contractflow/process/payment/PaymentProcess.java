package be.contractflow.process.payment;

import be.contractflow.billing.InvoiceIssued;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.Invoice;
import be.contractflow.process.ContractLifecycle;
import be.contractflow.process.TypedVariables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the {@code payment} process of an issued invoice (business key = invoice number), in the
 * invoicing transaction: the invoice exists exactly when its dunning does.
 */
@Component
public class PaymentProcess {

  private final ContractLifecycle lifecycle;

  public PaymentProcess(ContractLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  /** Billing issued an invoice: its {@code payment} process starts, in the invoicing transaction. */
  @EventListener
  public void on(InvoiceIssued issued) {
    start(issued.invoice(), issued.contract(), issued.eInvoice(), issued.paymentTermDays());
  }

  /**
   * Starts the invoice's {@code payment} with what its gateways, timers, correlations and forms
   * read, nothing more: the invoice and contract numbers (forms and task cards read the client,
   * amounts and documents from the ledger by these), the due date (timer) and, for an e-invoice,
   * what its sending check reads. One instance per invoice, thousands at month-end: each
   * variable is a runtime row and a history row kept for years, so the contract variables the
   * other processes carry ({@link ContractLifecycle#contractVariables}) are not copied here.
   *
   * @param eInvoice the invoice is also a Peppol e-invoice: its dunning waits until it is proven
   *     sent, and its due date counts {@code paymentTermDays} from that day
   */
  public String start(Invoice invoice, Contract contract, boolean eInvoice,
      Integer paymentTermDays) {
    var variables = TypedVariables.of(PaymentVariables.DUE_DATE, invoice.dueDate());
    if (eInvoice) {
      variables.and(PaymentVariables.E_INVOICE, true)
          .and(PaymentVariables.PAYMENT_TERM_DAYS, paymentTermDays)
          .and(PaymentVariables.E_INVOICE_CHECK_ON, invoice.issueDate());
    }
    return lifecycle.start(PaymentVariables.PROCESS_KEY, invoice.number(),
        TypedVariables.of(PaymentVariables.INVOICE_NUMBER, invoice.number()).map(),
        ContractLifecycle.contractReference(contract.number()),
        variables.map()).getId();
  }
}
