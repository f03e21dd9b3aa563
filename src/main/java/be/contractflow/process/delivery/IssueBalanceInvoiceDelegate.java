package be.contractflow.process.delivery;

import static be.contractflow.process.VariableValues.*;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.terms.TermsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IssueBalanceInvoice: balance at go-live (BDB-16.4; WJA-2: 10 % at delivery). */
@Component
public class IssueBalanceInvoiceDelegate implements JavaDelegate {

  private final DeliveryService delivery;
  private final TermsService terms;

  public IssueBalanceInvoiceDelegate(DeliveryService delivery, TermsService terms) {
    this.delivery = delivery;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input, processing
    var invoice = delivery.issueBalanceInvoice(DeliveryVariables.CONTRACT_NUMBER.get(execution),
        terms.termsOf(execution), DeliveryVariables.ORDER_TOTAL_EXCL_VAT.get(execution),
        DeliveryVariables.GO_LIVE_DATE.get(execution));
    // output
    DeliveryVariables.BALANCE_INVOICE_NUMBER.set(execution, invoice.number());
  }

  private static String noticeKey(DelegateExecution execution, String purpose) {
    return NoticeRequest.keyOf(execution.getProcessInstanceId(), execution.getCurrentActivityId(),
        purpose);
  }
}
