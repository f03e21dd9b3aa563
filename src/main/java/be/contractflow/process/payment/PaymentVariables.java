package be.contractflow.process.payment;

import be.contractflow.process.ProcessVariables;

/**
 * The {@code payment} process ({@code bpmn/payment.bpmn}): its key, variable names, message names
 * and element ids, in one place so a rename breaks compilation, not production. Business key =
 * invoice number. Variables hold references and ISO dates as strings, never payloads; every date
 * is computed by {@link DunningService} from the terms and the business calendar.
 */
public final class PaymentVariables {

  public static final String PROCESS_KEY = "payment";

  // --- set at start (PaymentProcess) ------------------------------------------------------
  public static final String INVOICE_NUMBER = ProcessVariables.INVOICE_NUMBER;
  public static final String CONTRACT_NUMBER = ProcessVariables.CONTRACT_NUMBER;
  /** ISO due date; moved forward by an acceleration (WJA-10a). */
  public static final String DUE_DATE = ProcessVariables.DUE_DATE;

  /** Boolean: the invoice is also a Peppol e-invoice; its dunning waits for a proven sending. */
  public static final String E_INVOICE = "eInvoice";
  /** Integer: the payment term in days, counted again from the e-invoice's proven sending. */
  public static final String PAYMENT_TERM_DAYS = "paymentTermDays";

  // --- the e-invoice's sending (Task_CheckEInvoiceSent, Task_HandleUndeliveredEInvoice) -----
  /** ISO day at whose end the e-invoice's sending is checked (the issue day, then each next one). */
  public static final String E_INVOICE_CHECK_ON = "eInvoiceCheckOn";
  /** {@code SENT}, {@code PENDING} (the relay is still trying) or {@code FAILED}. */
  public static final String E_INVOICE_STATUS = "eInvoiceStatus";
  /** Why the e-invoice was not delivered, shown on "Handle undelivered e-invoice". */
  public static final String E_INVOICE_FAILURE = "eInvoiceFailure";
  /** Form "Handle undelivered e-invoice": send it again (true) or not. */
  public static final String RESEND_E_INVOICE = "resendEInvoice";

  // --- the dunning plan (Task_OpenDunning) -------------------------------------------------
  public static final String INVOICE_OPEN = "invoiceOpen";
  public static final String ACCELERATE = "accelerate";
  public static final String REMINDER_REQUIRED = "reminderRequired";
  /** ISO day the reminder is (or was) sent. */
  public static final String REMINDER_ON = "reminderOn";
  /** ISO day the reminder was written for: the only day it may leave (Book XIX, VIR-4). */
  public static final String REMINDER_WRITTEN_ON = "reminderWrittenOn";
  /** Integer: which attempt at the reminder (1, then 2… after "Unsent reminder"). */
  public static final String REMINDER_ATTEMPT = "reminderAttempt";
  /** Boolean: the end-of-day check found the reminder sent. */
  public static final String REMINDER_SENT = "reminderSent";
  /** Why the reminder was not sent, shown on the task "Unsent reminder". */
  public static final String REMINDER_UNSENT_REASON = "reminderUnsentReason";
  /** Form "Unsent reminder": write and send the reminder again today (true) or not. */
  public static final String RESEND_REMINDER = "resendReminder";
  /** ISO payment date the reminder states (VIR-4.r, Book XIX). */
  public static final String REMINDER_PAYMENT_DATE = "reminderPaymentDate";
  public static final String SUSPENSION_PENDING = "suspensionPending";
  /** ISO first day services may be suspended (VIR-9, WJA-11, BDB-16.6, BDB-R5.2). */
  public static final String SUSPENSION_ON = "suspensionOn";
  /**
   * Boolean, transient: the terms count the suspension from the reminder (VIR-9), so its day is
   * known only once the reminder is proven sent; set by "Open dunning" (its branch is then not
   * taken) and by "Check reminder sent" (the branch after the sending is taken).
   */
  public static final String SUSPENSION_AFTER_REMINDER = "suspensionAfterReminder";
  public static final String SUSPENSION_BY_STAFF = "suspensionByStaff";
  public static final String SUSPENSION_CLAUSE = "suspensionClause";
  public static final String FORMAL_NOTICE_REQUIRED = "formalNoticeRequired";
  /** Boolean: the formal notice letter was already posted (resumed dunning). */
  public static final String FORMAL_NOTICE_POSTED = "formalNoticePosted";
  /**
   * Boolean: the statutory rate of the reminder's half-year is in {@code statutory-rate} (always
   * true for a professional client); false → accounting confirms it before the consumer's
   * reminder leaves.
   */
  public static final String STATUTORY_RATE_PUBLISHED = "statutoryRatePublished";
  /** Which rate stands in for the unpublished one, shown on "Confirm the statutory rate". */
  public static final String STATUTORY_RATE_NOTE = "statutoryRateNote";
  /** Form "Confirm the statutory rate": accounting confirmed the rate the reminder will carry. */
  public static final String STATUTORY_RATE_CONFIRMED = "statutoryRateConfirmed";
  /** Boolean: the client's contracts were already resolved (resumed dunning). */
  public static final String RESOLVED = "resolved";

  // --- task outcomes -------------------------------------------------------------------------
  /** Form "Suspend services": staff suspend (true) or keep the services running. */
  public static final String SUSPEND = "suspend";
  public static final String SUSPENSION_NOTE = "suspensionNote";
  /** Form "Post formal notice" / "Post resolution notice": the legal sending date. */
  public static final String POSTED_ON = "postedOn";
  /** ISO: the formal notice expires (WJA-12: 15 days after posting); resolution the day after. */
  public static final String FORMAL_NOTICE_EXPIRES = "formalNoticeExpires";
  /** ISO posting date of the formal notice, the legal sending date. */
  public static final String FORMAL_NOTICE_POSTED_ON = "formalNoticePostedOn";
  public static final String FORMAL_NOTICE_KEY = "formalNoticeKey";
  public static final String RESOLUTION_NOTICE_KEY = "resolutionNoticeKey";
  public static final String INDEMNITY_INVOICE_NUMBER = "indemnityInvoiceNumber";
  /** Form "Handle invoice complaint". */
  public static final String COMPLAINT_ACCEPTED = "complaintAccepted";
  public static final String CORRECTED_AMOUNT_EXCL_VAT = "correctedAmountExclVat";
  public static final String COMPLAINT_ANSWER = "complaintAnswer";
  public static final String CREDIT_NOTE_NUMBER = "creditNoteNumber";
  public static final String CORRECTED_INVOICE_NUMBER = "correctedInvoiceNumber";
  /** Form "Handle invoice complaint": the part of the invoice to credit, incl. VAT. */
  public static final String CREDIT_AMOUNT_INCL_VAT = "creditAmountInclVat";
  /** What the accepted complaint left: {@link DefaultService.Outcome}, read by a gateway. */
  public static final String CORRECTION_OUTCOME = "correctionOutcome";
  /** Set by the settlement message: the ISO date the invoice was settled. */
  public static final String SETTLED_DATE = ProcessVariables.SETTLED_DATE;

  // --- messages --------------------------------------------------------------------------------
  public static final String MESSAGE_INVOICE_SETTLED = ProcessVariables.MESSAGE_INVOICE_SETTLED;
  public static final String MESSAGE_INVOICE_CONTEST = "INVOICE_CONTEST";
  /** Correlated (business key = invoice number) when a credit note cancels the invoice. */
  public static final String MESSAGE_INVOICE_CANCELLED = ProcessVariables.MESSAGE_INVOICE_CANCELLED;
  /** Correlated (business key = invoice number) when WJA-10a makes the invoice due at once. */
  public static final String MESSAGE_INVOICE_ACCELERATED = ProcessVariables.MESSAGE_INVOICE_ACCELERATED;

  // --- element ids ---------------------------------------------------------------------------
  public static final String START_INVOICE_ISSUED = "StartEvent_InvoiceIssued";
  public static final String SUBPROCESS_DUNNING = "SubProcess_Dunning";
  public static final String TIMER_INVOICE_LATE = "TimerEvent_InvoiceLate";
  public static final String TIMER_E_INVOICE_CHECK = "TimerEvent_EInvoiceCheck";
  public static final String TASK_CHECK_E_INVOICE_SENT = "Task_CheckEInvoiceSent";
  public static final String TASK_HANDLE_UNDELIVERED_E_INVOICE = "Task_HandleUndeliveredEInvoice";
  public static final String TASK_RESEND_E_INVOICE = "Task_ResendEInvoice";
  public static final String END_E_INVOICE_NOT_SENT = "EndEvent_EInvoiceNotSent";
  public static final String EVENT_INVOICE_ACCELERATED = "MessageEvent_InvoiceAccelerated";
  public static final String TASK_OPEN_DUNNING = "Task_OpenDunning";
  public static final String TASK_ACCELERATE = "Task_AccelerateOpenInvoices";
  public static final String TIMER_REMINDER_DAY = "TimerEvent_ReminderDay";
  public static final String TASK_SEND_REMINDER = "Task_SendPaymentReminder";
  public static final String TASK_CONFIRM_STATUTORY_RATE = "Task_ConfirmStatutoryRate";
  public static final String TIMER_REMINDER_DAY_ENDED = "TimerEvent_ReminderDayEnded";
  public static final String TASK_CHECK_REMINDER_SENT = "Task_CheckReminderSent";
  public static final String TASK_HANDLE_UNSENT_REMINDER = "Task_HandleUnsentReminder";
  public static final String TIMER_SUSPENSION_DAY = "TimerEvent_SuspensionDay";
  public static final String GATEWAY_SUSPENSION_FROM_REMINDER = "Gateway_SuspensionFromReminder";
  public static final String TIMER_SUSPENSION_AFTER_REMINDER = "TimerEvent_SuspensionAfterReminder";
  public static final String TASK_DECIDE_SUSPENSION = "Task_DecideSuspension";
  public static final String TASK_SUSPEND_SERVICES = "Task_SuspendServices";
  public static final String TASK_PREPARE_FORMAL_NOTICE = "Task_PrepareFormalNotice";
  public static final String TASK_POST_FORMAL_NOTICE = "Task_PostFormalNotice";
  public static final String TASK_RECORD_FORMAL_NOTICE = "Task_RecordFormalNoticePosted";
  public static final String TIMER_FORMAL_NOTICE_EXPIRED = "TimerEvent_FormalNoticeExpired";
  public static final String TASK_RESOLVE_CONTRACTS = "Task_ResolveContracts";
  public static final String TASK_POST_RESOLUTION_NOTICE = "Task_PostResolutionNotice";
  public static final String TASK_RECORD_RESOLUTION_NOTICE = "Task_RecordResolutionNoticePosted";
  public static final String BOUNDARY_CONTESTED = "BoundaryEvent_InvoiceContested";
  public static final String EVENT_CONTESTED_LATER = "MessageEvent_InvoiceContested";
  public static final String TASK_OPEN_COMPLAINT = "Task_OpenComplaint";
  public static final String TASK_HANDLE_COMPLAINT = "Task_HandleComplaint";
  public static final String TASK_CORRECT_INVOICE = "Task_CorrectInvoice";
  public static final String TASK_RESUME_DUNNING = "Task_ResumeDunning";
  public static final String TASK_CLOSE_INVOICE = "Task_CloseInvoice";
  public static final String END_SETTLED = "EndEvent_InvoiceSettled";
  public static final String END_CORRECTED = "EndEvent_InvoiceCorrected";
  public static final String END_CANCELLED = "EndEvent_InvoiceCancelled";
  public static final String BOUNDARY_INVOICE_CANCELLED = "BoundaryEvent_InvoiceCancelled";
  /** Event subprocess: a credit note cancelled the invoice, wherever the process waits. */
  public static final String SUBPROCESS_INVOICE_CANCELLED = "SubProcess_InvoiceCancelled";
  public static final String START_INVOICE_CANCELLED = "StartEvent_InvoiceCancelled";
  public static final String TASK_CLOSE_CANCELLED_INVOICE = "Task_CloseCancelledInvoice";
  public static final String END_CANCELLED_INVOICE_CLOSED = "EndEvent_CancelledInvoiceClosed";
  public static final String BOUNDARY_INVOICE_SETTLED = "BoundaryEvent_InvoiceSettled";
  public static final String BOUNDARY_SETTLED_DURING_COMPLAINT = "BoundaryEvent_SettledDuringComplaint";
  public static final String EVENT_INVOICE_SETTLED = "MessageEvent_InvoiceSettled";
  public static final String END_DUNNING_DONE = "EndEvent_DunningDone";
  /** Event-based gateway before the late timer and the acceleration message. */
  public static final String GATEWAY_LATE_OR_ACCELERATED = "Gateway_LateOrAccelerated";
  /** Event-based gateway after dunning: settled or contested. */
  public static final String GATEWAY_AWAIT_SETTLEMENT = "Gateway_AwaitSettlement";

  // --- errors ----------------------------------------------------------------------------------
  /** Thrown by "Open dunning" when the invoice is no longer owed (cancelled by a credit note). */
  public static final String ERROR_INVOICE_CANCELLED = "InvoiceCancelled";

  // --- accounting's start forms: payment-recording and payment-waiver ---------------------------
  public static final String RECORDING_PROCESS_KEY = "payment-recording";
  public static final String RECORDING_START = "StartEvent_Paymentreceived";
  public static final String TASK_RECORD_PAYMENT = "Task_RecordPayment";
  public static final String RECORDING_END = "EndEvent_Paymentrecorded";
  public static final String WAIVER_PROCESS_KEY = "payment-waiver";
  public static final String WAIVER_START = "StartEvent_Waiverrequested";
  public static final String TASK_WAIVE_CHARGES = "Task_WaiveCharges";
  public static final String WAIVER_END = "EndEvent_Chargeswaived";
  /** Form fields of "Record payment" and "Waive charges". */
  public static final String PAYMENT_AMOUNT = "amount";
  public static final String PAYMENT_DATE = "paymentDate";
  public static final String PAYMENT_REFERENCE = "reference";
  public static final String INVOICE_STATUS = "invoiceStatus";
  public static final String REMAINING = "remaining";
  public static final String WAIVE_INTEREST = "waiveInterest";
  public static final String WAIVE_INDEMNITY = "waiveIndemnity";
  public static final String WAIVER_REASON = "waiverReason";

  // --- escalations of overdue accounting tasks (issue 11 item 9) ----------------------------
  public static final String BOUNDARY_UNDELIVERED_E_INVOICE_OVERDUE =
      "BoundaryEvent_UndeliveredEInvoiceOverdue";
  public static final String BOUNDARY_STATUTORY_RATE_OVERDUE = "BoundaryEvent_StatutoryRateOverdue";
  public static final String BOUNDARY_UNSENT_REMINDER_OVERDUE = "BoundaryEvent_UnsentReminderOverdue";
  public static final String BOUNDARY_SUSPENSION_DECISION_OVERDUE =
      "BoundaryEvent_SuspensionDecisionOverdue";
  public static final String BOUNDARY_FORMAL_NOTICE_POSTING_OVERDUE =
      "BoundaryEvent_FormalNoticePostingOverdue";
  public static final String BOUNDARY_RESOLUTION_NOTICE_POSTING_OVERDUE =
      "BoundaryEvent_ResolutionNoticePostingOverdue";
  public static final String BOUNDARY_COMPLAINT_OVERDUE = "BoundaryEvent_ComplaintOverdue";
  public static final String TASK_FOLLOW_UP_UNDELIVERED_E_INVOICE =
      "Task_FollowUpUndeliveredEInvoice";
  public static final String TASK_FOLLOW_UP_STATUTORY_RATE = "Task_FollowUpStatutoryRate";
  public static final String TASK_FOLLOW_UP_UNSENT_REMINDER = "Task_FollowUpUnsentReminder";
  public static final String TASK_FOLLOW_UP_SUSPENSION_DECISION = "Task_FollowUpSuspensionDecision";
  public static final String TASK_FOLLOW_UP_FORMAL_NOTICE_POSTING =
      "Task_FollowUpFormalNoticePosting";
  public static final String TASK_FOLLOW_UP_RESOLUTION_NOTICE_POSTING =
      "Task_FollowUpResolutionNoticePosting";
  public static final String TASK_FOLLOW_UP_COMPLAINT = "Task_FollowUpComplaint";

  private PaymentVariables() {}

  /** Keys of an invoice's notices and deadlines: {@code invoice/<n>/<purpose>}. */
  public static String key(String invoiceNumber, String purpose) {
    return "invoice/" + invoiceNumber + "/" + purpose;
  }
}
