package be.contractflow.process.change;

import static be.contractflow.process.VariableValues.*;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.terms.TermsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_InvoiceChangeWork: the offer billed at the end of the work (WJA-4, VIR-8). */
@Component
public class InvoiceChangeWorkDelegate implements JavaDelegate {

  private final ChangeRequestService changes;
  private final TermsService terms;

  public InvoiceChangeWorkDelegate(ChangeRequestService changes, TermsService terms) {
    this.changes = changes;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input, processing
    var invoice = changes.invoice(string(execution, ChangeRequestVariables.CONTRACT_NUMBER),
        terms.termsOf(execution), string(execution, ChangeRequestVariables.OFFER_DESCRIPTION),
        decimal(execution, ChangeRequestVariables.ESTIMATED_HOURS),
        decimal(execution, ChangeRequestVariables.HOURLY_RATE_EXCL_VAT));
    // output
    execution.setVariable(ChangeRequestVariables.INVOICE_NUMBER, invoice.number());
  }
}
