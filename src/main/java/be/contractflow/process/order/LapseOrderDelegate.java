package be.contractflow.process.order;

import be.contractflow.notice.NoticeRequest;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_LapseOrder: the deposit that concludes the order stayed unpaid (WJA-2, BDB-8.1). */
@Component
public class LapseOrderDelegate implements JavaDelegate {

  private final OrderService orders;

  public LapseOrderDelegate(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = (String) execution.getVariable(OrderVariables.CONTRACT_NUMBER);
    LocalDate lapsesOn =
        LocalDate.parse((String) execution.getVariable(OrderVariables.ORDER_LAPSES_ON));
    // processing
    OrderService.Lapsed lapsed = orders.lapse(NoticeRequest.keyOf(
        execution.getProcessInstanceId(), execution.getCurrentActivityId(), "lapse"),
        contractNumber, lapsesOn);
    // output
    execution.setVariable(OrderVariables.CREDIT_NOTE_NUMBER, lapsed.creditNoteNumber());
  }
}
