package be.contractflow.process.order;

import be.contractflow.notice.NoticeRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_WithdrawOrder: refunds by credit note, less the services supplied after an early start
 * (CEL VI.51 §3), and withdraws the order (BDB-R15, CEL VI.47).
 */
@Component
public class WithdrawOrderDelegate implements JavaDelegate {

  private final OrderService orders;

  public WithdrawOrderDelegate(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = OrderVariables.CONTRACT_NUMBER.get(execution);
    LocalDate date = OrderVariables.EVENT_DATE.get(execution);
    BigDecimal workDonePercent = OrderVariables.WORK_DONE_PERCENT.get(execution);
    // processing
    OrderService.Withdrawal withdrawal = orders.withdraw(NoticeRequest.keyOf(
        execution.getProcessInstanceId(), execution.getCurrentActivityId(), "withdrawal"),
        contractNumber, date, workDonePercent);
    // output
    OrderVariables.CREDIT_NOTE_NUMBER.set(execution, withdrawal.creditNoteNumber());
  }
}
