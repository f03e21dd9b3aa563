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
    var receivedOn = DeliveryVariables.CONTENTS_RECEIVED_ON.get(execution);
    int defaultDays = DeliveryVariables.DEFAULT_BUILD_BUSINESS_DAYS.get(execution, 20);
    // processing
    var production = delivery.startProduction(
        DeliveryVariables.CONTRACT_NUMBER.get(execution), terms.termsOf(execution),
        receivedOn, DeliveryVariables.ORDER_TOTAL_EXCL_VAT.get(execution), defaultDays);
    // output
    DeliveryVariables.BUILD_DUE_DATE.set(execution, production.buildDueDate());
    DeliveryVariables.BUILD_DEADLINE_KEY.set(execution, production.deadlineKey());
    DeliveryVariables.PROGRESS_INVOICE_DUE.set(execution, production.progressInvoiceDue());
    DeliveryVariables.REWORK_HOURLY_RATE_EXCL_VAT.set(execution, production.reworkHourlyRate());
  }

  private static String noticeKey(DelegateExecution execution, String purpose) {
    return NoticeRequest.keyOf(execution.getProcessInstanceId(), execution.getCurrentActivityId(),
        purpose);
  }
}
