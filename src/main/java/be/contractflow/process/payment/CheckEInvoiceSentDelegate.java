package be.contractflow.process.payment;

import be.contractflow.process.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CheckEInvoiceSent: at the end of the day, whether the invoice's Peppol e-invoice was proven
 * sent; its due date then counts from that day. Still being tried: checked again tomorrow.
 * Failed for good: accounting is told why.
 */
@Component
public class CheckEInvoiceSentDelegate implements JavaDelegate {

  private final EInvoiceSending service;

  public CheckEInvoiceSentDelegate(EInvoiceSending service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoiceNumber = VariableValues.string(execution, PaymentVariables.INVOICE_NUMBER);
    Object term = execution.getVariable(PaymentVariables.PAYMENT_TERM_DAYS);
    // processing
    var check = service.check(invoiceNumber, term instanceof Number n ? n.intValue() : null);
    // output
    execution.setVariable(PaymentVariables.E_INVOICE_STATUS, check.status());
    execution.setVariable(PaymentVariables.E_INVOICE_FAILURE, check.failure());
    execution.setVariable(PaymentVariables.DUE_DATE, VariableValues.iso(check.dueDate()));
    if (check.nextCheckOn() != null) {
      execution.setVariable(PaymentVariables.E_INVOICE_CHECK_ON,
          VariableValues.iso(check.nextCheckOn()));
    }
  }
}
