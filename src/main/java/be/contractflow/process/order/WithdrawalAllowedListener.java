package be.contractflow.process.order;

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
    String contractNumber = OrderVariables.CONTRACT_NUMBER.get(execution);
    LocalDate date = OrderVariables.EVENT_DATE.get(execution);
    String channel = OrderVariables.EVENT_CHANNEL.get(execution);
    // processing: throws when refused
    OrderService.WithdrawalAccepted accepted = orders.checkWithdrawal(contractNumber, date, channel);
    // output: whether production assesses the work done the consumer pays for (VI.51 §3)
    OrderVariables.WITHDRAWAL_WORK_DONE_ASSESSED.set(execution,
        accepted.workDoneAssessed());
  }
}
