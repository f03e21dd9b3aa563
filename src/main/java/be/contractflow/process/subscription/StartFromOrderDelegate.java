package be.contractflow.process.subscription;

import be.contractflow.process.order.OrderVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_StartSubscription (order): a confirmed recurring contract starts the {@code subscription}
 * process with the order's first invoice. It lives beside the process it starts, so the order
 * knows nothing of the subscription. Bean {@code startOrderSubscriptionDelegate}: the
 * subscription process has its own {@code startSubscriptionDelegate}.
 */
@Component("startOrderSubscriptionDelegate")
public class StartFromOrderDelegate implements JavaDelegate {

  private final SubscriptionService subscriptions;

  public StartFromOrderDelegate(SubscriptionService subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = OrderVariables.CONTRACT_NUMBER.get(execution);
    String firstInvoice = OrderVariables.INVOICE_NUMBER.get(execution);
    // processing
    boolean started = subscriptions.startFromOrder(contractNumber, firstInvoice);
    // output
    OrderVariables.SUBSCRIPTION_STARTED.set(execution, started);
  }
}
