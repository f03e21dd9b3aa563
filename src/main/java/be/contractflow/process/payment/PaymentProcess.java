package be.contractflow.process.payment;

import be.contractflow.billing.InvoiceIssued;
import be.contractflow.ledger.Client;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.Invoice;
import be.contractflow.process.ContractLifecycle;
import be.contractflow.process.VariableValues;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
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
    var variables = Variables.createVariables()
        .putValue(PaymentVariables.CLIENT_LABEL, client.name() + " <" + client.email() + ">")
        .putValue(PaymentVariables.INVOICE_TOTAL, invoice.total().toPlainString())
        .putValue(PaymentVariables.ISSUE_DATE, VariableValues.iso(invoice.issueDate()))
        .putValue(PaymentVariables.DUE_DATE, VariableValues.iso(invoice.dueDate()))
        .putValue(PaymentVariables.CONTEST_WINDOW_ENDS, VariableValues.iso(contestWindowEnds));
    if (eInvoice) {
      variables.putValue(PaymentVariables.E_INVOICE, true)
          .putValue(PaymentVariables.PAYMENT_TERM_DAYS, paymentTermDays)
          .putValue(PaymentVariables.E_INVOICE_CHECK_ON, VariableValues.iso(invoice.issueDate()));
    }
    return lifecycle.start(PaymentVariables.PROCESS_KEY, invoice.number(),
        Map.of(PaymentVariables.INVOICE_NUMBER, invoice.number()),
        ContractLifecycle.contractVariables(contract, client),
        variables).getId();
  }
}
