package be.contractflow.process.payment;

import be.contractflow.process.VariableValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CorrectInvoice: the complaint is accepted: a credit note corrects part of the invoice (the
 * rest owed on its dates), or cancels it and a corrected one replaces it if an amount is given.
 */
@Component
public class CorrectInvoiceDelegate implements JavaDelegate {

  private final DefaultService service;

  public CorrectInvoiceDelegate(DefaultService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoiceNumber = VariableValues.string(execution, PaymentVariables.INVOICE_NUMBER);
    var corrected = VariableValues.decimal(execution, PaymentVariables.CORRECTED_AMOUNT_EXCL_VAT);
    var credit = VariableValues.decimal(execution, PaymentVariables.CREDIT_AMOUNT_INCL_VAT);
    String answer = VariableValues.string(execution, PaymentVariables.COMPLAINT_ANSWER);
    // processing
    var correction = service.acceptComplaint(invoiceNumber, corrected, credit, answer);
    // output
    execution.setVariable(PaymentVariables.CREDIT_NOTE_NUMBER, correction.creditNoteNumber());
    execution.setVariable(PaymentVariables.CORRECTED_INVOICE_NUMBER,
        correction.correctedInvoiceNumber());
    execution.setVariable(PaymentVariables.CORRECTION_OUTCOME, correction.outcome().name());
  }
}
