package be.contractflow.process.delivery;

import static be.contractflow.process.VariableValues.*;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.terms.TermsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AcceptSite: status ACCEPTED as of the delivery day (WJA-24) or at go-live. */
@Component
public class AcceptSiteDelegate implements JavaDelegate {

  private final DeliveryService delivery;
  private final TermsService terms;

  public AcceptSiteDelegate(DeliveryService delivery, TermsService terms) {
    this.delivery = delivery;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input, processing
    delivery.accept(DeliveryVariables.CONTRACT_NUMBER.get(execution));
    // output
    DeliveryVariables.ACCEPTED_ON.set(execution,
        DeliveryVariables.DELIVERED_ON.get(execution));
  }

  private static String noticeKey(DelegateExecution execution, String purpose) {
    return NoticeRequest.keyOf(execution.getProcessInstanceId(), execution.getCurrentActivityId(),
        purpose);
  }
}
