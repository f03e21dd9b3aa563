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
    String contractNumber = OrderVariables.CONTRACT_NUMBER.get(execution);
    LocalDate lapsesOn =
        OrderVariables.ORDER_LAPSES_ON.get(execution);
    // processing
    OrderService.Lapsed lapsed = orders.lapse(NoticeRequest.keyOf(
        execution.getProcessInstanceId(), execution.getCurrentActivityId(), "lapse"),
        contractNumber, lapsesOn);
    // output
    OrderVariables.CREDIT_NOTE_NUMBER.set(execution, lapsed.creditNoteNumber());
  }
}
