package be.contractflow.process.subscription;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.process.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendBuyOutQuote: BDB-R10, the buy-out price net of the amounts paid (BUYOUT_QUOTE). */
@Component
public class SendBuyOutQuoteDelegate implements JavaDelegate {

  private final SubscriptionService subscriptions;

  public SendBuyOutQuoteDelegate(SubscriptionService subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = VariableValues.string(execution, SubscriptionVariables.CONTRACT_NUMBER);
    var price = VariableValues.decimal(execution, SubscriptionVariables.BUY_OUT_PRICE);
    var yearEnd = VariableValues.date(execution, SubscriptionVariables.BUY_OUT_ANNIVERSARY);
    // processing
    var net = subscriptions.sendBuyOutQuote(NoticeRequest.keyOf(execution.getProcessInstanceId(),
        execution.getCurrentActivityId(), "buyout/" + yearEnd), contractNumber, price, yearEnd);
    // output
    execution.setVariable(SubscriptionVariables.BUY_OUT_NET_AMOUNT, net.toPlainString());
  }
}
