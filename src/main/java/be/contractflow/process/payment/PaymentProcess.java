package be.contractflow.process.payment;

import be.contractflow.billing.InvoiceIssued;
import be.contractflow.ledger.Client;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.Invoice;
import be.contractflow.process.ContractLifecycle;
import be.contractflow.process.TypedVariables;
import java.time.LocalDate;
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
    start(issued.invoice(), issued.contract(), issued.client(), issued.contestWindowEnds(),
        issued.eInvoice(), issued.paymentTermDays());
  }

  /** @param contestWindowEnds the last day of the contest window, null when the terms set none */
  public String start(Invoice invoice, Contract contract, Client client,
      LocalDate contestWindowEnds) {
    return start(invoice, contract, client, contestWindowEnds, false, null);
  }

  /**
   * @param eInvoice the invoice is also a Peppol e-invoice: its dunning waits until it is proven
   *     sent, and its due date counts {@code paymentTermDays} from that day
   */
  public String start(Invoice invoice, Contract contract, Client client,
      LocalDate contestWindowEnds, boolean eInvoice, Integer paymentTermDays) {
    var variables = TypedVariables
        .of(PaymentVariables.CLIENT_LABEL, client.name() + " <" + client.email() + ">")
        .and(PaymentVariables.INVOICE_TOTAL, invoice.total())
        .and(PaymentVariables.ISSUE_DATE, invoice.issueDate())
        .and(PaymentVariables.DUE_DATE, invoice.dueDate())
        .and(PaymentVariables.CONTEST_WINDOW_ENDS, contestWindowEnds);
    if (eInvoice) {
      variables.and(PaymentVariables.E_INVOICE, true)
          .and(PaymentVariables.PAYMENT_TERM_DAYS, paymentTermDays)
          .and(PaymentVariables.E_INVOICE_CHECK_ON, invoice.issueDate());
    }
    return lifecycle.start(PaymentVariables.PROCESS_KEY, invoice.number(),
        TypedVariables.of(PaymentVariables.INVOICE_NUMBER, invoice.number()).map(),
        ContractLifecycle.contractVariables(contract, client),
        variables.map()).getId();
  }
}
