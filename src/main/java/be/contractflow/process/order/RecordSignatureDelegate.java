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
    String contractNumber = (String) execution.getVariable(OrderVariables.CONTRACT_NUMBER);
    LocalDate signedDate =
        LocalDate.parse((String) execution.getVariable(OrderVariables.SIGNED_DATE));
    // processing
    OrderService.Signature signature = orders.recordSignature(contractNumber, signedDate);
    // output
    execution.setVariable(OrderVariables.WITHDRAWAL_DEADLINE,
        signature.withdrawalDeadline() == null ? null : signature.withdrawalDeadline().toString());
    execution.setVariable(OrderVariables.CLIENT_IN_DISPUTE, signature.clientInDispute());
    execution.setVariable(OrderVariables.DISPUTE_SUMMARY, signature.disputeSummary());
  }
}
