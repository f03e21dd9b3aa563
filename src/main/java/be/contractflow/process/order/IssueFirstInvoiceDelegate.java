package be.contractflow.process.order;

import be.contractflow.process.VariableValues;
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
    String contractNumber = (String) execution.getVariable(OrderVariables.CONTRACT_NUMBER);
    LocalDate quoteValidUntil =
        LocalDate.parse((String) execution.getVariable(OrderVariables.QUOTE_VALID_UNTIL));
    // processing
    OrderService.FirstInvoiceIssued issued =
        orders.issueFirstInvoice(contractNumber, quoteValidUntil);
    // output
    execution.setVariable(OrderVariables.INVOICE_NUMBER, issued.invoiceNumber());
    execution.setVariable(OrderVariables.PAYMENT_REQUIRED, issued.paymentRequired());
    execution.setVariable(OrderVariables.ORDER_LAPSES_ON,
        issued.lapse() == null ? null : VariableValues.iso(issued.lapse().lapsesOn()));
  }
}
