package be.contractflow.process.delivery;

import static be.contractflow.process.VariableValues.date;
import static be.contractflow.process.VariableValues.decimal;
import static be.contractflow.process.VariableValues.string;

import be.contractflow.terms.TermsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_InvoiceLargeTextChanges: the extra time on large text changes, invoiced (BDB-8.4). */
@Component
public class InvoiceLargeTextChangesDelegate implements JavaDelegate {

  private final DeliveryService delivery;
  private final TermsService terms;

  public InvoiceLargeTextChangesDelegate(DeliveryService delivery, TermsService terms) {
    this.delivery = delivery;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input, processing
    var invoice = delivery.invoiceLargeTextChanges(
        string(execution, DeliveryVariables.CONTRACT_NUMBER), terms.termsOf(execution),
        decimal(execution, DeliveryVariables.LARGE_TEXT_CHANGE_HOURS),
        decimal(execution, DeliveryVariables.LARGE_TEXT_HOURLY_RATE_EXCL_VAT),
        date(execution, DeliveryVariables.CLIENT_WARNED_ON));
    // output
    execution.setVariable(DeliveryVariables.LARGE_TEXT_INVOICE_NUMBER, invoice.number());
  }
}
