package be.contractflow.process.delivery;

import static be.contractflow.process.VariableValues.*;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.terms.TermsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IssueInterimInvoice: intermediate invoice for the work done (BDB-11.2). */
@Component
public class IssueInterimInvoiceDelegate implements JavaDelegate {

  private final DeliveryService delivery;
  private final TermsService terms;

  public IssueInterimInvoiceDelegate(DeliveryService delivery, TermsService terms) {
    this.delivery = delivery;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    var amount = DeliveryVariables.INTERIM_AMOUNT_EXCL_VAT.get(execution);
    // processing
    var invoice = delivery.issueInterimInvoice(DeliveryVariables.CONTRACT_NUMBER.get(execution),
        terms.termsOf(execution), amount, DeliveryVariables.INTERIM_DESCRIPTION.get(execution));
    // output
    DeliveryVariables.INTERIM_INVOICE_NUMBER.set(execution, invoice.number());
  }

  private static String noticeKey(DelegateExecution execution, String purpose) {
    return NoticeRequest.keyOf(execution.getProcessInstanceId(), execution.getCurrentActivityId(),
        purpose);
  }
}
