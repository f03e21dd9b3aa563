package be.contractflow.process.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IssueFirstInvoice: the deposit, régie hours or first period the terms ask (WJA-2, WJA-4, BDB-5.2b, BDB-R5.1, VIR-4). */
@Component
public class IssueFirstInvoiceDelegate implements JavaDelegate {

  private final OrderService orders;

  public IssueFirstInvoiceDelegate(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = (String) execution.getVariable(OrderVariables.CONTRACT_NUMBER);
    // processing
    OrderService.FirstInvoiceIssued issued = orders.issueFirstInvoice(contractNumber);
    // output
    execution.setVariable(OrderVariables.INVOICE_NUMBER, issued.invoiceNumber());
    execution.setVariable(OrderVariables.PAYMENT_REQUIRED, issued.paymentRequired());
  }
}
