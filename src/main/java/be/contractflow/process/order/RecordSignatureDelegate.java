package be.contractflow.process.order;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordSignature: starts the withdrawal period (BDB-R15) and looks for a payment dispute (BDB-5.2c). */
@Component
public class RecordSignatureDelegate implements JavaDelegate {

  private final OrderService orders;

  public RecordSignatureDelegate(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = OrderVariables.CONTRACT_NUMBER.get(execution);
    LocalDate signedDate =
        OrderVariables.SIGNED_DATE.get(execution);
    // processing
    OrderService.Signature signature = orders.recordSignature(contractNumber, signedDate);
    // output
    OrderVariables.WITHDRAWAL_DEADLINE.set(execution, signature.withdrawalDeadline());
    OrderVariables.CLIENT_IN_DISPUTE.set(execution, signature.clientInDispute());
    OrderVariables.DISPUTE_SUMMARY.set(execution, signature.disputeSummary());
  }
}
