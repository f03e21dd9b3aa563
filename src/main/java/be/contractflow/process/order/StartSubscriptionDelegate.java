package be.contractflow.process.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_StartSubscription (order): a confirmed recurring contract starts the {@code subscription}
 * process with the order's first invoice. Bean {@code startOrderSubscriptionDelegate}: the
 * subscription process has its own {@code startSubscriptionDelegate}.
 */
@Component("startOrderSubscriptionDelegate")
public class StartSubscriptionDelegate implements JavaDelegate {

  private final OrderService orders;

  public StartSubscriptionDelegate(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = (String) execution.getVariable(OrderVariables.CONTRACT_NUMBER);
    String firstInvoice = (String) execution.getVariable(OrderVariables.INVOICE_NUMBER);
    // processing
    boolean started = orders.startSubscription(contractNumber, firstInvoice);
    // output
    execution.setVariable(OrderVariables.SUBSCRIPTION_STARTED, started);
  }
}
