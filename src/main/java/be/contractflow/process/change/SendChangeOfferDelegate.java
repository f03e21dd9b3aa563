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
        ChangeRequestVariables.CONTRACT_NUMBER.get(execution),
        ChangeRequestVariables.CLIENT_ID.get(execution), terms.termsOf(execution),
        ChangeRequestVariables.REQUEST_DATE.get(execution),
        ChangeRequestVariables.OFFER_DESCRIPTION.get(execution),
        ChangeRequestVariables.ESTIMATED_HOURS.get(execution),
        ChangeRequestVariables.HOURLY_RATE_EXCL_VAT.get(execution),
        ChangeRequestVariables.SCHEDULE_IMPACT.get(execution),
        ChangeRequestVariables.DEFAULT_OFFER_VALIDITY_MONTHS.get(execution, 1));
    // output
    ChangeRequestVariables.OFFER_TOTAL_EXCL_VAT.set(execution, offer.totalExclVat());
    ChangeRequestVariables.OFFER_VALID_UNTIL.set(execution, (offer.validUntil()));
    ChangeRequestVariables.OFFER_DEADLINE_KEY.set(execution, offer.deadlineKey());
    ChangeRequestVariables.PAID_BEFORE_WORK.set(execution, offer.paidBeforeWork());
    ChangeRequestVariables.ELEMENTS_AWAITED.set(execution, offer.elementsAwaited());
    ChangeRequestVariables.OFFER_ACCEPTED.set(execution, false);
  }
}
