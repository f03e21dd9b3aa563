package be.contractflow.process.order;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_IssueFirstInvoice: the deposit, régie hours or first period the terms ask (WJA-2, WJA-4,
 * BDB-5.2b, BDB-R5.1, VIR-4), and when the order lapses if a deposit that concludes it stays
 * unpaid (WJA-2, BDB-8.1: {@link OrderLapse}).
 */
@Component
public class IssueFirstInvoiceDelegate implements JavaDelegate {

  private final OrderService orders;

  public IssueFirstInvoiceDelegate(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = OrderVariables.CONTRACT_NUMBER.get(execution);
    LocalDate quoteValidUntil =
        OrderVariables.QUOTE_VALID_UNTIL.get(execution);
    // processing
    OrderService.FirstInvoiceIssued issued =
        orders.issueFirstInvoice(contractNumber, quoteValidUntil);
    // output
    OrderVariables.INVOICE_NUMBER.set(execution, issued.invoiceNumber());
    OrderVariables.PAYMENT_REQUIRED.set(execution, issued.paymentRequired());
    OrderVariables.ORDER_LAPSES_ON.set(execution,
        issued.lapse() == null ? null : issued.lapse().lapsesOn());
  }
}
