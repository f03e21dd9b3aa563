package be.contractflow.process.einvoice;

import be.contractflow.process.ProcessVariable;
import be.contractflow.process.ProcessVariables;
import java.time.LocalDate;

/**
 * The {@code e-invoice} process ({@code bpmn/e-invoice.bpmn}): the delivery of a credit note's
 * Peppol e-invoice. Business key = the credit note number.
 */
public final class EInvoiceVariables {

  public static final String PROCESS_KEY = "e-invoice";

  /** The credit note number. */
  public static final ProcessVariable<String> DOCUMENT_NUMBER =
      ProcessVariable.text("documentNumber");
  public static final ProcessVariable<String> CONTRACT_NUMBER =
      ProcessVariable.text(ProcessVariables.CONTRACT_NUMBER);
  public static final ProcessVariable<LocalDate> E_INVOICE_CHECK_ON =
      ProcessVariables.E_INVOICE_CHECK_ON;
  public static final ProcessVariable<String> E_INVOICE_STATUS = ProcessVariables.E_INVOICE_STATUS;
  public static final ProcessVariable<String> E_INVOICE_FAILURE =
      ProcessVariables.E_INVOICE_FAILURE;
  public static final ProcessVariable<Boolean> RESEND_E_INVOICE =
      ProcessVariables.RESEND_E_INVOICE;

  public static final String TASK_HANDLE_UNDELIVERED = "Task_HandleUndeliveredEInvoice";
  public static final String END_SENT = "EndEvent_EInvoiceSent";
  public static final String END_NOT_SENT = "EndEvent_EInvoiceNotSent";
  public static final String TIMER_CHECK = "TimerEvent_EInvoiceCheck";
  public static final String TASK_CHECK_SENT = "Task_CheckEInvoiceSent";
  public static final String TASK_RESEND = "Task_ResendEInvoice";

  /** Escalation of a late "Handle undelivered e-invoice" (issue 11 item 9). */
  public static final String BOUNDARY_UNDELIVERED_OVERDUE = "BoundaryEvent_UndeliveredEInvoiceOverdue";
  public static final String TASK_FOLLOW_UP_UNDELIVERED = "Task_FollowUpUndeliveredEInvoice";
  public static final String END_UNDELIVERED_FOLLOWED_UP = "EndEvent_UndeliveredEInvoiceFollowedUp";

  private EInvoiceVariables() {}
}
