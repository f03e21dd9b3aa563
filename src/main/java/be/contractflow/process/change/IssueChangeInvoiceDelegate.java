package be.contractflow.process.change;

import static be.contractflow.process.VariableValues.*;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.terms.TermsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The change invoice, one step in two places of {@code change-request}: Task_IssueChangeInvoice,
 * the update quote billed before the work (BDB-11.3, BDB-16.4), and Task_InvoiceChangeWork, the
 * offer billed at the end of the work (WJA-4, VIR-8). Bean {@code issueChangeInvoiceDelegate}, also
 * named {@value #ALIAS} (the name Task_InvoiceChangeWork calls it by).
 */
@Component
public class IssueChangeInvoiceDelegate implements JavaDelegate {

  /** The second name of this bean, called by Task_InvoiceChangeWork. */
  public static final String ALIAS = "invoiceChangeWorkDelegate";

  /** Registers {@link #ALIAS}: one bean, so the two steps cannot drift apart. */
  @Bean
  static BeanFactoryPostProcessor invoiceChangeWorkDelegateAlias() {
    return beans -> beans.registerAlias("issueChangeInvoiceDelegate", ALIAS);
  }

  private final ChangeRequestService changes;
  private final TermsService terms;

  public IssueChangeInvoiceDelegate(ChangeRequestService changes, TermsService terms) {
    this.changes = changes;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input, processing
    var invoice = changes.invoice(ChangeRequestVariables.CONTRACT_NUMBER.get(execution),
        terms.termsOf(execution), ChangeRequestVariables.OFFER_DESCRIPTION.get(execution),
        ChangeRequestVariables.ESTIMATED_HOURS.get(execution),
        ChangeRequestVariables.HOURLY_RATE_EXCL_VAT.get(execution));
    // output: InvoiceSettled (paid before work) correlates on it
    ChangeRequestVariables.INVOICE_NUMBER.set(execution, invoice.number());
  }
}
