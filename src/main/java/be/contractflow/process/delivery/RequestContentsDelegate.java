package be.contractflow.process.delivery;

import static be.contractflow.process.VariableValues.*;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.terms.TermsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RequestContents: CONTENTS_REQUESTED and the contents due date (BDB-6.3, VIR-3.2). */
@Component
public class RequestContentsDelegate implements JavaDelegate {

  private final DeliveryService delivery;
  private final TermsService terms;

  public RequestContentsDelegate(DeliveryService delivery, TermsService terms) {
    this.delivery = delivery;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = DeliveryVariables.CONTRACT_NUMBER.get(execution);
    int defaultDays = DeliveryVariables.DEFAULT_CONTENTS_FOLLOW_UP_BUSINESS_DAYS.get(execution, 10);
    // processing
    var request = delivery.requestContents(noticeKey(execution, "contents-requested"),
        contractNumber, DeliveryVariables.CLIENT_ID.get(execution), terms.termsOf(execution),
        defaultDays);
    // output
    DeliveryVariables.CONTENTS_DUE_DATE.set(execution, request.dueDate());
    DeliveryVariables.CONTENTS_DEADLINE_KEY.set(execution, request.deadlineKey());
    DeliveryVariables.SUSPEND_ALLOWED.set(execution, request.suspendAllowed());
    DeliveryVariables.INTERIM_ALLOWED.set(execution, request.interimAllowed());
    DeliveryVariables.WAITING_CLAUSE.set(execution, request.waitingClause());
    DeliveryVariables.SUSPEND_ORDER.set(execution, false);
    DeliveryVariables.INTERIM_INVOICE.set(execution, false);
  }

  private static String noticeKey(DelegateExecution execution, String purpose) {
    return NoticeRequest.keyOf(execution.getProcessInstanceId(), execution.getCurrentActivityId(),
        purpose);
  }
}
