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
    String contractNumber = SubscriptionVariables.CONTRACT_NUMBER.get(execution);
    var price = SubscriptionVariables.BUY_OUT_PRICE.get(execution);
    var yearEnd = SubscriptionVariables.BUY_OUT_ANNIVERSARY.get(execution);
    // processing
    var net = subscriptions.sendBuyOutQuote(NoticeRequest.keyOf(execution.getProcessInstanceId(),
        execution.getCurrentActivityId(), "buyout/" + yearEnd), contractNumber, price, yearEnd);
    // output
    SubscriptionVariables.BUY_OUT_NET_AMOUNT.set(execution, net);
  }
}
