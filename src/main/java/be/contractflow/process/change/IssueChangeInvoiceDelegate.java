package be.contractflow.process.change;

import static be.contractflow.process.VariableValues.*;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.terms.TermsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IssueChangeInvoice: the update quote billed before work (BDB-11.3, BDB-16.4). */
@Component
public class IssueChangeInvoiceDelegate implements JavaDelegate {

  private final ChangeRequestService changes;
  private final TermsService terms;

  public IssueChangeInvoiceDelegate(ChangeRequestService changes, TermsService terms) {
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
    // output: InvoiceSettled correlates on it
    execution.setVariable(ChangeRequestVariables.INVOICE_NUMBER, invoice.number());
  }
}
