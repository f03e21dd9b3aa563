package be.contractflow.process.payment;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.Invoice;
import be.contractflow.process.VariableValues;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts the {@code payment} process of an issued invoice (business key = invoice number), in the
 * invoicing transaction: the invoice exists exactly when its dunning does.
 */
@Component
public class PaymentProcess {

  private final RuntimeService runtime;

  public PaymentProcess(RuntimeService runtime) {
    this.runtime = runtime;
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
        .putValue(PaymentVariables.INVOICE_NUMBER, invoice.number())
        .putValue(PaymentVariables.CONTRACT_NUMBER, contract.number())
        .putValue(PaymentVariables.CLIENT_ID, client.id())
        .putValue(PaymentVariables.TERMS_PROFILE, contract.termsProfile())
        .putValue(PaymentVariables.CLIENT_TYPE, client.type().name())
        .putValue(PaymentVariables.CONTRACT_KIND, contract.kind().name())
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
    return runtime.startProcessInstanceByKey(PaymentVariables.PROCESS_KEY, invoice.number(),
        variables).getId();
  }
}
