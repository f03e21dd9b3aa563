package be.contractflow.process.order;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.process.ProcessVariables;
import be.contractflow.process.VariableValues;
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
    String contractNumber = (String) execution.getVariable(OrderVariables.CONTRACT_NUMBER);
    LocalDate date = LocalDate.parse((String) execution.getVariable(ProcessVariables.EVENT_DATE));
    BigDecimal workDonePercent = VariableValues.decimal(execution,
        OrderVariables.WORK_DONE_PERCENT);
    // processing
    OrderService.Withdrawal withdrawal = orders.withdraw(NoticeRequest.keyOf(
        execution.getProcessInstanceId(), execution.getCurrentActivityId(), "withdrawal"),
        contractNumber, date, workDonePercent);
    // output
    execution.setVariable(OrderVariables.CREDIT_NOTE_NUMBER, withdrawal.creditNoteNumber());
  }
}
