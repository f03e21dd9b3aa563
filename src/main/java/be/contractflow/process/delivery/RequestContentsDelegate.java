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
    String contractNumber = string(execution, DeliveryVariables.CONTRACT_NUMBER);
    int defaultDays = integer(execution,
        DeliveryVariables.DEFAULT_CONTENTS_FOLLOW_UP_BUSINESS_DAYS, 10);
    // processing
    var request = delivery.requestContents(noticeKey(execution, "contents-requested"),
        contractNumber, string(execution, DeliveryVariables.CLIENT_ID), terms.termsOf(execution),
        defaultDays);
    // output
    execution.setVariable(DeliveryVariables.CONTENTS_DUE_DATE, iso(request.dueDate()));
    execution.setVariable(DeliveryVariables.CONTENTS_DEADLINE_KEY, request.deadlineKey());
    execution.setVariable(DeliveryVariables.SUSPEND_ALLOWED, request.suspendAllowed());
    execution.setVariable(DeliveryVariables.INTERIM_ALLOWED, request.interimAllowed());
    execution.setVariable(DeliveryVariables.WAITING_CLAUSE, request.waitingClause());
    execution.setVariable(DeliveryVariables.SUSPEND_ORDER, false);
    execution.setVariable(DeliveryVariables.INTERIM_INVOICE, false);
  }

  private static String noticeKey(DelegateExecution execution, String purpose) {
    return NoticeRequest.keyOf(execution.getProcessInstanceId(), execution.getCurrentActivityId(),
        purpose);
  }
}
