package be.contractflow.process.delivery;


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
        DeliveryVariables.CONTRACT_NUMBER.get(execution), terms.termsOf(execution),
        DeliveryVariables.LARGE_TEXT_CHANGE_HOURS.get(execution),
        DeliveryVariables.LARGE_TEXT_HOURLY_RATE_EXCL_VAT.get(execution),
        DeliveryVariables.CLIENT_WARNED_ON.get(execution));
    // output
    DeliveryVariables.LARGE_TEXT_INVOICE_NUMBER.set(execution, invoice.number());
  }
}
