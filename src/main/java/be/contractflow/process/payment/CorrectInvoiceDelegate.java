package be.contractflow.process.payment;

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
    String invoiceNumber = PaymentVariables.INVOICE_NUMBER.get(execution);
    var corrected = PaymentVariables.CORRECTED_AMOUNT_EXCL_VAT.get(execution);
    var credit = PaymentVariables.CREDIT_AMOUNT_INCL_VAT.get(execution);
    String answer = PaymentVariables.COMPLAINT_ANSWER.get(execution);
    // processing
    var correction = service.acceptComplaint(invoiceNumber, corrected, credit, answer);
    // output
    PaymentVariables.CREDIT_NOTE_NUMBER.set(execution, correction.creditNoteNumber());
    PaymentVariables.CORRECTED_INVOICE_NUMBER.set(execution,
        correction.correctedInvoiceNumber());
    PaymentVariables.CORRECTION_OUTCOME.set(execution, correction.outcome());
  }
}
