package be.contractflow.process.change;

import static be.contractflow.process.VariableValues.*;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.terms.TermsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendChangeOffer: the written offer with price, delay and schedule impact (WJA-19). */
@Component
public class SendChangeOfferDelegate implements JavaDelegate {

  private final ChangeRequestService changes;
  private final TermsService terms;

  public SendChangeOfferDelegate(ChangeRequestService changes, TermsService terms) {
    this.changes = changes;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String noticeKey = NoticeRequest.keyOf(execution.getProcessInstanceId(),
        execution.getCurrentActivityId(), "change-offer");
    // processing
    var offer = changes.sendOffer(noticeKey, execution.getProcessBusinessKey(),
        string(execution, ChangeRequestVariables.CONTRACT_NUMBER),
        string(execution, ChangeRequestVariables.CLIENT_ID), terms.termsOf(execution),
        date(execution, ChangeRequestVariables.REQUEST_DATE),
        string(execution, ChangeRequestVariables.OFFER_DESCRIPTION),
        decimal(execution, ChangeRequestVariables.ESTIMATED_HOURS),
        decimal(execution, ChangeRequestVariables.HOURLY_RATE_EXCL_VAT),
        string(execution, ChangeRequestVariables.SCHEDULE_IMPACT),
        integer(execution, ChangeRequestVariables.DEFAULT_OFFER_VALIDITY_MONTHS, 1));
    // output
    execution.setVariable(ChangeRequestVariables.OFFER_TOTAL_EXCL_VAT,
        offer.totalExclVat().toPlainString());
    execution.setVariable(ChangeRequestVariables.OFFER_VALID_UNTIL, iso(offer.validUntil()));
    execution.setVariable(ChangeRequestVariables.OFFER_DEADLINE_KEY, offer.deadlineKey());
    execution.setVariable(ChangeRequestVariables.PAID_BEFORE_WORK, offer.paidBeforeWork());
    execution.setVariable(ChangeRequestVariables.ELEMENTS_AWAITED, offer.elementsAwaited());
    execution.setVariable(ChangeRequestVariables.OFFER_ACCEPTED, false);
  }
}
