package be.contractflow.process.einvoice;

import be.contractflow.process.ProcessVariables;

/**
 * The {@code e-invoice} process ({@code bpmn/e-invoice.bpmn}): the delivery of a credit note's
 * Peppol e-invoice. Business key = the credit note number.
 */
public final class EInvoiceVariables {

  public static final String PROCESS_KEY = "e-invoice";

  /** The credit note number. */
  public static final String DOCUMENT_NUMBER = "documentNumber";
  public static final String CONTRACT_NUMBER = ProcessVariables.CONTRACT_NUMBER;
  /** ISO day at whose end the sending is checked. */
  public static final String E_INVOICE_CHECK_ON = "eInvoiceCheckOn";
  /** {@code SENT}, {@code PENDING} or {@code FAILED}. */
  public static final String E_INVOICE_STATUS = "eInvoiceStatus";
  /** Why it was not delivered, shown on "Handle undelivered e-invoice". */
  public static final String E_INVOICE_FAILURE = "eInvoiceFailure";
  /** Form: send it again (true) or not. */
  public static final String RESEND_E_INVOICE = "resendEInvoice";

  public static final String TASK_HANDLE_UNDELIVERED = "Task_HandleUndeliveredEInvoice";
  public static final String END_SENT = "EndEvent_EInvoiceSent";
  public static final String END_NOT_SENT = "EndEvent_EInvoiceNotSent";
  public static final String TIMER_CHECK = "TimerEvent_EInvoiceCheck";
  public static final String TASK_CHECK_SENT = "Task_CheckEInvoiceSent";
  public static final String TASK_RESEND = "Task_ResendEInvoice";

  private EInvoiceVariables() {}
}
