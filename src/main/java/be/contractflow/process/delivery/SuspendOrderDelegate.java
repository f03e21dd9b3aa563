package be.contractflow.process.delivery;

import static be.contractflow.process.VariableValues.*;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.terms.TermsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SuspendOrder: the order is suspended while the contents are missing (BDB-11.2, VIR-3.2). */
@Component
public class SuspendOrderDelegate implements JavaDelegate {

  private final DeliveryService delivery;
  private final TermsService terms;

  public SuspendOrderDelegate(DeliveryService delivery, TermsService terms) {
    this.delivery = delivery;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input, processing
    delivery.suspendOrder(DeliveryVariables.CONTRACT_NUMBER.get(execution),
        terms.termsOf(execution));
  }

  private static String noticeKey(DelegateExecution execution, String purpose) {
    return NoticeRequest.keyOf(execution.getProcessInstanceId(), execution.getCurrentActivityId(),
        purpose);
  }
}
