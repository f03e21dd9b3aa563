package be.contractflow.process.order;

import be.contractflow.process.ProcessVariables;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of StartEvent_WithdrawalReceived: refuses a withdrawal the terms do not allow
 * (BDB-9, BDB-R15, CEL VI.47, VI.53) by throwing {@link be.contractflow.ledger.ConflictException}. It runs inside
 * the correlation of {@code POST /api/contracts/{n}/events}, so the whole correlation rolls back and
 * the caller gets 409 with the reason.
 */
@Component
public class WithdrawalAllowedListener implements ExecutionListener {

  private final OrderService orders;

  public WithdrawalAllowedListener(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // input
    String contractNumber = (String) execution.getVariable(OrderVariables.CONTRACT_NUMBER);
    LocalDate date = LocalDate.parse((String) execution.getVariable(ProcessVariables.EVENT_DATE));
    String channel = (String) execution.getVariable(ProcessVariables.EVENT_CHANNEL);
    // processing: throws when refused
    OrderService.WithdrawalAccepted accepted = orders.checkWithdrawal(contractNumber, date, channel);
    // output: whether production assesses the work done the consumer pays for (VI.51 §3)
    execution.setVariable(OrderVariables.WITHDRAWAL_WORK_DONE_ASSESSED,
        accepted.workDoneAssessed());
  }
}
