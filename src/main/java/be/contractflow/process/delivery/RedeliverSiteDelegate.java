package be.contractflow.process.delivery;

import static be.contractflow.process.VariableValues.*;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.terms.TermsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RedeliverSite: the corrected site is a new delivery with a new window (WJA-24). */
@Component
public class RedeliverSiteDelegate implements JavaDelegate {

  private final DeliveryService delivery;
  private final TermsService terms;

  public RedeliverSiteDelegate(DeliveryService delivery, TermsService terms) {
    this.delivery = delivery;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input: the date on the non-conformity form, else today
    int attempt = DeliveryVariables.DELIVERY_ATTEMPT.get(execution, 1) + 1;
    var correctedOn = DeliveryVariables.CORRECTED_ON.get(execution);
    // processing
    var redelivery = delivery.redeliver(noticeKey(execution, "redelivery-" + attempt),
        DeliveryVariables.CONTRACT_NUMBER.get(execution),
        DeliveryVariables.CLIENT_ID.get(execution), terms.termsOf(execution), correctedOn,
        attempt);
    // output
    DeliveryVariables.DELIVERY_ATTEMPT.set(execution, attempt);
    DeliveryVariables.DELIVERED_ON.set(execution, redelivery.deliveredOn());
    DeliveryVariables.NON_CONFORMITY_UNTIL.set(execution, redelivery.nonConformityUntil());
    DeliveryVariables.NON_CONFORMITY_DEADLINE_KEY.set(execution, redelivery.deadlineKey());
    DeliveryVariables.CORRECTED_ON.set(execution, null);
  }

  private static String noticeKey(DelegateExecution execution, String purpose) {
    return NoticeRequest.keyOf(execution.getProcessInstanceId(), execution.getCurrentActivityId(),
        purpose);
  }
}
