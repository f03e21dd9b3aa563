package be.contractflow.process.delivery;

import static be.contractflow.process.VariableValues.*;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.terms.TermsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartProduction: build due date (BDB-6.3), status IN_PRODUCTION, progress billing decided (WJA-2). */
@Component
public class StartProductionDelegate implements JavaDelegate {

  private final DeliveryService delivery;
  private final TermsService terms;

  public StartProductionDelegate(DeliveryService delivery, TermsService terms) {
    this.delivery = delivery;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    var receivedOn = date(execution, DeliveryVariables.CONTENTS_RECEIVED_ON);
    int defaultDays = integer(execution, DeliveryVariables.DEFAULT_BUILD_BUSINESS_DAYS, 20);
    // processing
    var production = delivery.startProduction(
        string(execution, DeliveryVariables.CONTRACT_NUMBER), terms.termsOf(execution),
        receivedOn, decimal(execution, DeliveryVariables.ORDER_TOTAL_EXCL_VAT), defaultDays);
    // output
    execution.setVariable(DeliveryVariables.BUILD_DUE_DATE, iso(production.buildDueDate()));
    execution.setVariable(DeliveryVariables.BUILD_DEADLINE_KEY, production.deadlineKey());
    execution.setVariable(DeliveryVariables.PROGRESS_INVOICE_DUE, production.progressInvoiceDue());
    execution.setVariable(DeliveryVariables.REWORK_HOURLY_RATE_EXCL_VAT,
        production.reworkHourlyRate() == null ? null
            : production.reworkHourlyRate().toPlainString());
  }

  private static String noticeKey(DelegateExecution execution, String purpose) {
    return NoticeRequest.keyOf(execution.getProcessInstanceId(), execution.getCurrentActivityId(),
        purpose);
  }
}
