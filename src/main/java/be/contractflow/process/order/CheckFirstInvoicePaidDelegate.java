package be.contractflow.process.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CheckFirstInvoicePaid: the ledger may already know the payment. */
@Component
public class CheckFirstInvoicePaidDelegate implements JavaDelegate {

  private final OrderService orders;

  public CheckFirstInvoicePaidDelegate(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoiceNumber = OrderVariables.INVOICE_NUMBER.get(execution);
    // processing
    boolean paid = orders.isPaid(invoiceNumber);
    // output
    OrderVariables.FIRST_INVOICE_PAID.set(execution, paid);
  }
}
