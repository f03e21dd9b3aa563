package be.contractflow.process.delivery;

import static be.contractflow.process.VariableValues.*;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.terms.TermsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_InvoiceReworkHours: client files needing rework, en régie (WJA-5, VIR-8: per the terms). */
@Component
public class InvoiceReworkHoursDelegate implements JavaDelegate {

  private final DeliveryService delivery;
  private final TermsService terms;

  public InvoiceReworkHoursDelegate(DeliveryService delivery, TermsService terms) {
    this.delivery = delivery;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input, processing
    var invoice = delivery.invoiceReworkHours(DeliveryVariables.CONTRACT_NUMBER.get(execution),
        terms.termsOf(execution), DeliveryVariables.REWORK_HOURS.get(execution),
        DeliveryVariables.REWORK_HOURLY_RATE_EXCL_VAT.get(execution));
    // output
    DeliveryVariables.REWORK_INVOICE_NUMBER.set(execution, invoice.number());
  }

  private static String noticeKey(DelegateExecution execution, String purpose) {
    return NoticeRequest.keyOf(execution.getProcessInstanceId(), execution.getCurrentActivityId(),
        purpose);
  }
}
