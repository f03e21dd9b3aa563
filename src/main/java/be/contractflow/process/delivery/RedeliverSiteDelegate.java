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
    int attempt = integer(execution, DeliveryVariables.DELIVERY_ATTEMPT, 1) + 1;
    var correctedOn = date(execution, DeliveryVariables.CORRECTED_ON);
    // processing
    var redelivery = delivery.redeliver(noticeKey(execution, "redelivery-" + attempt),
        string(execution, DeliveryVariables.CONTRACT_NUMBER),
        string(execution, DeliveryVariables.CLIENT_ID), terms.termsOf(execution), correctedOn,
        attempt);
    // output
    execution.setVariable(DeliveryVariables.DELIVERY_ATTEMPT, attempt);
    execution.setVariable(DeliveryVariables.DELIVERED_ON, iso(redelivery.deliveredOn()));
    execution.setVariable(DeliveryVariables.NON_CONFORMITY_UNTIL,
        iso(redelivery.nonConformityUntil()));
    execution.setVariable(DeliveryVariables.NON_CONFORMITY_DEADLINE_KEY, redelivery.deadlineKey());
    execution.setVariable(DeliveryVariables.CORRECTED_ON, null);
  }

  private static String noticeKey(DelegateExecution execution, String purpose) {
    return NoticeRequest.keyOf(execution.getProcessInstanceId(), execution.getCurrentActivityId(),
        purpose);
  }
}
