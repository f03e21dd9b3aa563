package be.contractflow.process.payment;

import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.process.ProcessVariable;
import be.contractflow.process.ProcessVariables;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The {@code payment} process ({@code bpmn/payment.bpmn}): its key, variable names, message names
 * and element ids, in one place so a rename breaks compilation, not production. Business key =
 * invoice number. Every variable is a typed {@link ProcessVariable} (dates {@link LocalDate},
 * amounts {@link BigDecimal}); variables hold references, never payloads; every date is computed
 * by {@link DunningService} from the terms and the business calendar.
 */
public final class PaymentVariables {

  public static final String PROCESS_KEY = "payment";

  // --- set at start (PaymentProcess) ------------------------------------------------------
  public static final ProcessVariable<String> INVOICE_NUMBER =
      ProcessVariable.text(ProcessVariables.INVOICE_NUMBER);
  public static final ProcessVariable<String> CONTRACT_NUMBER =
      ProcessVariable.text(ProcessVariables.CONTRACT_NUMBER);
  /** The due date; moved forward by an acceleration (WJA-10a). */
  public static final ProcessVariable<LocalDate> DUE_DATE =
      ProcessVariable.date(ProcessVariables.DUE_DATE);

  /** Boolean: the invoice is also a Peppol e-invoice; its dunning waits for a proven sending. */
  public static final ProcessVariable<Boolean> E_INVOICE = ProcessVariable.flag("eInvoice");
  /** Integer: the payment term in days, counted again from the e-invoice's proven sending. */
  public static final ProcessVariable<Integer> PAYMENT_TERM_DAYS =
      ProcessVariable.integer("paymentTermDays");

  // --- the e-invoice's sending (Task_CheckEInvoiceSent, Task_HandleUndeliveredEInvoice) -----
  public static final ProcessVariable<LocalDate> E_INVOICE_CHECK_ON =
      ProcessVariables.E_INVOICE_CHECK_ON;
  public static final ProcessVariable<String> E_INVOICE_STATUS = ProcessVariables.E_INVOICE_STATUS;
  public static final ProcessVariable<String> E_INVOICE_FAILURE =
      ProcessVariables.E_INVOICE_FAILURE;
  public static final ProcessVariable<Boolean> RESEND_E_INVOICE =
      ProcessVariables.RESEND_E_INVOICE;

  // --- the dunning plan (Task_OpenDunning) -------------------------------------------------
  public static final ProcessVariable<Boolean> ACCELERATE = ProcessVariable.flag("accelerate");
  public static final ProcessVariable<Boolean> REMINDER_REQUIRED =
      ProcessVariable.flag("reminderRequired");
  /** ISO day the reminder is (or was) sent. */
  public static final ProcessVariable<LocalDate> REMINDER_ON = ProcessVariable.date("reminderOn");
  /** ISO day the reminder was written for: the only day it may leave (Book XIX, VIR-4). */
  public static final ProcessVariable<LocalDate> REMINDER_WRITTEN_ON =
      ProcessVariable.date("reminderWrittenOn");
  /** Integer: which attempt at the reminder (1, then 2… after "Unsent reminder"). */
  public static final ProcessVariable<Integer> REMINDER_ATTEMPT =
      ProcessVariable.integer("reminderAttempt");
  /** Boolean: the end-of-day check found the reminder sent. */
  public static final ProcessVariable<Boolean> REMINDER_SENT = ProcessVariable.flag("reminderSent");
  /** Why the reminder was not sent, shown on the task "Unsent reminder". */
  public static final ProcessVariable<String> REMINDER_UNSENT_REASON =
      ProcessVariable.text("reminderUnsentReason");
  /** Form "Unsent reminder": write and send the reminder again today (true) or not. */
  public static final ProcessVariable<Boolean> RESEND_REMINDER =
      ProcessVariable.flag("resendReminder");
  public static final ProcessVariable<Boolean> SUSPENSION_PENDING =
      ProcessVariable.flag("suspensionPending");
  /** ISO first day services may be suspended (VIR-9, WJA-11, BDB-16.6, BDB-R5.2). */
  public static final ProcessVariable<LocalDate> SUSPENSION_ON =
      ProcessVariable.date("suspensionOn");
  /**
   * Boolean, transient: the terms count the suspension from the reminder (VIR-9), so its day is
   * known only once the reminder is proven sent; set by "Open dunning" (its branch is then not
   * taken) and by "Check reminder sent" (the branch after the sending is taken).
   */
  public static final ProcessVariable<Boolean> SUSPENSION_AFTER_REMINDER =
      ProcessVariable.flag("suspensionAfterReminder");
  public static final ProcessVariable<Boolean> SUSPENSION_BY_STAFF =
      ProcessVariable.flag("suspensionByStaff");
  public static final ProcessVariable<String> SUSPENSION_CLAUSE =
      ProcessVariable.text("suspensionClause");
  public static final ProcessVariable<Boolean> FORMAL_NOTICE_REQUIRED =
      ProcessVariable.flag("formalNoticeRequired");
  /** Boolean: the formal notice letter was already posted (resumed dunning). */
  public static final ProcessVariable<Boolean> FORMAL_NOTICE_POSTED =
      ProcessVariable.flag("formalNoticePosted");
  /**
   * Boolean: the statutory rate of the reminder's half-year is in {@code statutory-rate} (always
   * true for a professional client); false → accounting confirms it before the consumer's
   * reminder leaves.
   */
  public static final ProcessVariable<Boolean> STATUTORY_RATE_PUBLISHED =
      ProcessVariable.flag("statutoryRatePublished");
  /** Which rate stands in for the unpublished one, shown on "Confirm the statutory rate". */
  public static final ProcessVariable<String> STATUTORY_RATE_NOTE =
      ProcessVariable.text("statutoryRateNote");
  /** Form "Confirm the statutory rate": accounting confirmed the rate the reminder will carry. */
  public static final ProcessVariable<Boolean> STATUTORY_RATE_CONFIRMED =
      ProcessVariable.flag("statutoryRateConfirmed");
  /** Boolean: the client's contracts were already resolved (resumed dunning). */
  public static final ProcessVariable<Boolean> RESOLVED = ProcessVariable.flag("resolved");

  // --- task outcomes -------------------------------------------------------------------------
  /** Form "Suspend services": staff suspend (true) or keep the services running. */
  public static final ProcessVariable<Boolean> SUSPEND = ProcessVariable.flag("suspend");
  public static final ProcessVariable<String> SUSPENSION_NOTE =
      ProcessVariable.text("suspensionNote");
  /** Form "Post formal notice" / "Post resolution notice": the legal sending date. */
  public static final ProcessVariable<LocalDate> POSTED_ON = ProcessVariable.date("postedOn");
  /** ISO: the formal notice expires (WJA-12: 15 days after posting); resolution the day after. */
  public static final ProcessVariable<LocalDate> FORMAL_NOTICE_EXPIRES =
      ProcessVariable.date("formalNoticeExpires");
  /** ISO posting date of the formal notice, the legal sending date. */
  public static final ProcessVariable<LocalDate> FORMAL_NOTICE_POSTED_ON =
      ProcessVariable.date("formalNoticePostedOn");
  public static final ProcessVariable<String> FORMAL_NOTICE_KEY =
      ProcessVariable.text("formalNoticeKey");
  public static final ProcessVariable<String> RESOLUTION_NOTICE_KEY =
      ProcessVariable.text("resolutionNoticeKey");
  public static final ProcessVariable<String> INDEMNITY_INVOICE_NUMBER =
      ProcessVariable.text("indemnityInvoiceNumber");
  /** Form "Handle invoice complaint". */
  public static final ProcessVariable<Boolean> COMPLAINT_ACCEPTED =
      ProcessVariable.flag("complaintAccepted");
  public static final ProcessVariable<BigDecimal> CORRECTED_AMOUNT_EXCL_VAT =
      ProcessVariable.decimal("correctedAmountExclVat");
  public static final ProcessVariable<String> COMPLAINT_ANSWER =
      ProcessVariable.text("complaintAnswer");
  public static final ProcessVariable<String> CREDIT_NOTE_NUMBER =
      ProcessVariable.text("creditNoteNumber");
  public static final ProcessVariable<String> CORRECTED_INVOICE_NUMBER =
      ProcessVariable.text("correctedInvoiceNumber");
  /** Form "Handle invoice complaint": the part of the invoice to credit, incl. VAT. */
  public static final ProcessVariable<BigDecimal> CREDIT_AMOUNT_INCL_VAT =
      ProcessVariable.decimal("creditAmountInclVat");
  /** What the accepted complaint left: {@link DefaultService.Outcome}, read by a gateway. */
  public static final ProcessVariable<DefaultService.Outcome> CORRECTION_OUTCOME =
      ProcessVariable.oneOf("correctionOutcome", DefaultService.Outcome.class);
  /** Set by the settlement message: the ISO date the invoice was settled. */
  public static final ProcessVariable<LocalDate> SETTLED_DATE =
      ProcessVariable.date(ProcessVariables.SETTLED_DATE);

  // --- messages --------------------------------------------------------------------------------
  public static final String MESSAGE_INVOICE_SETTLED = ProcessVariables.MESSAGE_INVOICE_SETTLED;
  public static final String MESSAGE_INVOICE_CONTEST = "INVOICE_CONTEST";
  /** Correlated (business key = invoice number) when a credit note cancels the invoice. */
  public static final String MESSAGE_INVOICE_CANCELLED = ProcessVariables.MESSAGE_INVOICE_CANCELLED;
  /** Correlated (business key = invoice number) when WJA-10a makes the invoice due at once. */
  public static final String MESSAGE_INVOICE_ACCELERATED = ProcessVariables.MESSAGE_INVOICE_ACCELERATED;

  /** Inputs of the follow-up form ({@code task-overdue-follow-up}): the late task, due since. */
  public static final ProcessVariable<String> OVERDUE_TASK = ProcessVariable.text("overdueTask");
  public static final ProcessVariable<LocalDate> OVERDUE_SINCE =
      ProcessVariable.date("overdueSince");

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
  /** Event sub-process "Invoice due at once" (WJA-10a): moves the late timer. */
  public static final String TASK_MOVE_LATE_TIMER = "Task_MoveLateTimer";
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
  public static final ProcessVariable<BigDecimal> PAYMENT_AMOUNT =
      ProcessVariable.decimal("amount");
  public static final ProcessVariable<LocalDate> PAYMENT_DATE = ProcessVariable.date("paymentDate");
  public static final ProcessVariable<String> PAYMENT_REFERENCE = ProcessVariable.text("reference");
  public static final ProcessVariable<InvoiceStatus> INVOICE_STATUS =
      ProcessVariable.oneOf("invoiceStatus", InvoiceStatus.class);
  public static final ProcessVariable<BigDecimal> REMAINING = ProcessVariable.decimal("remaining");
  public static final ProcessVariable<Boolean> WAIVE_INTEREST =
      ProcessVariable.flag("waiveInterest");
  public static final ProcessVariable<Boolean> WAIVE_INDEMNITY =
      ProcessVariable.flag("waiveIndemnity");
  public static final ProcessVariable<String> WAIVER_REASON = ProcessVariable.text("waiverReason");
  /** Set by "Accelerate open invoices" (WJA-10a): the invoices made due at once, comma-separated. */
  public static final ProcessVariable<String> ACCELERATED_INVOICES =
      ProcessVariable.text("acceleratedInvoices");
  /** Set by "Close invoice": the payment ended a suspension of the services. */
  public static final ProcessVariable<Boolean> SERVICES_RESTORED =
      ProcessVariable.flag("servicesRestored");
  /** Set by "Resolve contracts" (WJA-12): the contracts resolved, comma-separated. */
  public static final ProcessVariable<String> RESOLVED_CONTRACTS =
      ProcessVariable.text("resolvedContracts");
  /** Carried by the INVOICE_CONTEST message ({@code ContractEvents}). */
  public static final ProcessVariable<LocalDate> EVENT_DATE =
      ProcessVariable.date(ProcessVariables.EVENT_DATE);
  public static final ProcessVariable<String> EVENT_CHANNEL =
      ProcessVariable.text(ProcessVariables.EVENT_CHANNEL);

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
