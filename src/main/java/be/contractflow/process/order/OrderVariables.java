package be.contractflow.process.order;

import be.contractflow.ledger.ConcludedAt;
import be.contractflow.ledger.ContractKind;
import be.contractflow.process.ProcessVariable;
import be.contractflow.process.ProcessVariables;
import be.contractflow.terms.TermsService;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The {@code order} process ({@code bpmn/order.bpmn}): its key, variable names, message names and
 * element ids, in one place so a rename breaks compilation, not production. Every variable is a
 * typed {@link ProcessVariable}; variables hold references (quote, contract, invoice numbers),
 * never payloads.
 */
public final class OrderVariables {

  public static final String PROCESS_KEY = "order";

  // --- variables set at start (QuoteService) -------------------------------------------
  public static final ProcessVariable<String> QUOTE_NUMBER = ProcessVariable.text("quoteNumber");
  public static final ProcessVariable<String> CONTRACT_NUMBER =
      ProcessVariable.text(ProcessVariables.CONTRACT_NUMBER);
  public static final ProcessVariable<ContractKind> CONTRACT_KIND =
      ProcessVariable.oneOf(TermsService.CONTRACT_KIND, ContractKind.class);

  // --- variables written by the process --------------------------------------------------
  /** Input of "Send quote": the validity when the terms set none (BPMN input parameter). */
  public static final ProcessVariable<Integer> DEFAULT_QUOTE_VALIDITY_MONTHS =
      ProcessVariable.integer("defaultQuoteValidityMonths");
  /** The last day the quote can be signed (BDB-5.2a); the expiry timer's date. */
  public static final ProcessVariable<LocalDate> QUOTE_VALID_UNTIL =
      ProcessVariable.date("quoteValidUntil");
  /** The day the client signed "bon pour accord" (form of {@value #TASK_RECORD_CLIENT_SIGNATURE}). */
  public static final ProcessVariable<LocalDate> SIGNED_DATE = ProcessVariable.date("signedDate");
  /**
   * How the signed quote came in (form of {@value #TASK_RECORD_CLIENT_SIGNATURE}). The form's raw
   * text is checked by {@link QuoteService#recordSignature} so a wrong value is refused in words.
   */
  public static final ProcessVariable<SignatureChannel> SIGNATURE_CHANNEL =
      ProcessVariable.oneOf("signatureChannel", SignatureChannel.class);
  /** The last day of the withdrawal period (BDB-R15), null when the terms grant none. */
  public static final ProcessVariable<LocalDate> WITHDRAWAL_DEADLINE =
      ProcessVariable.date("withdrawalDeadline");
  /**
   * Set on "Record the client's signature" (form or API): where the contract was concluded (CEL
   * VI.47). Missing: as the channel implies. The form's raw text is checked like the channel.
   */
  public static final ProcessVariable<ConcludedAt> CONCLUDED_AT =
      ProcessVariable.oneOf("concludedAt", ConcludedAt.class);
  /** Set at signature: the consumer expressly asked the work to start early (VI.51 §3). */
  public static final ProcessVariable<Boolean> EARLY_START_REQUESTED =
      ProcessVariable.flag("earlyStartRequested");
  /** Set when a withdrawal is accepted: production assesses the work done (VI.51 §3). */
  public static final ProcessVariable<Boolean> WITHDRAWAL_WORK_DONE_ASSESSED =
      ProcessVariable.flag("withdrawalWorkDoneAssessed");
  /** 0–100, entered on "Assess the work done before the withdrawal". */
  public static final ProcessVariable<BigDecimal> WORK_DONE_PERCENT =
      ProcessVariable.decimal("workDonePercent");
  /** The client has an open payment dispute on another order (BDB-5.2c). */
  public static final ProcessVariable<Boolean> CLIENT_IN_DISPUTE =
      ProcessVariable.flag("clientInDispute");
  /** The disputed invoices, for the review form. */
  public static final ProcessVariable<String> DISPUTE_SUMMARY =
      ProcessVariable.text("disputeSummary");
  /** From the review form: sales accepts the order despite the dispute. */
  public static final ProcessVariable<Boolean> ORDER_ACCEPTED = ProcessVariable.flag("orderAccepted");
  /** From the review form: why the order is refused. */
  public static final ProcessVariable<String> REFUSAL_REASON = ProcessVariable.text("refusalReason");
  /** The order's first invoice (deposit, first period...), null when the terms ask none. */
  public static final ProcessVariable<String> INVOICE_NUMBER =
      ProcessVariable.text(ProcessVariables.INVOICE_NUMBER);
  /** Work waits for the first invoice to be paid (WJA-2, BDB-8.1, BDB-R5.1). */
  public static final ProcessVariable<Boolean> PAYMENT_REQUIRED =
      ProcessVariable.flag("paymentRequired");
  /**
   * Set by "Issue first invoice": the last day the deposit that concludes the order (WJA-2,
   * BDB-8.1) may be paid, the later of the quote's validity end and the deposit's due date
   * ({@link OrderLapse}); null when the first payment does not conclude the order (a bound rental,
   * BDB-R5.1) or none is required. The lapse timer fires at 24:00 that day.
   */
  public static final ProcessVariable<LocalDate> ORDER_LAPSES_ON =
      ProcessVariable.date("orderLapsesOn");
  /** The first invoice was already paid when the process looked. */
  public static final ProcessVariable<Boolean> FIRST_INVOICE_PAID =
      ProcessVariable.flag("firstInvoicePaid");
  /** At confirmation the withdrawal period still runs. */
  public static final ProcessVariable<Boolean> WITHDRAWAL_PERIOD_OPEN =
      ProcessVariable.flag("withdrawalPeriodOpen");
  /** Whether the confirmed order started a {@code delivery} (a site to build: PROJECT, RENTAL). */
  public static final ProcessVariable<Boolean> DELIVERY_STARTED =
      ProcessVariable.flag("deliveryStarted");
  /** Whether the confirmed order started a {@code subscription} (a recurring kind). */
  public static final ProcessVariable<Boolean> SUBSCRIPTION_STARTED =
      ProcessVariable.flag("subscriptionStarted");
  /** The credit note refunding a withdrawn or cancelled order, if any. */
  public static final ProcessVariable<String> CREDIT_NOTE_NUMBER =
      ProcessVariable.text("creditNoteNumber");
  /** The {@code CANCELLATION_FEE} invoice of a cancelled order, if any. */
  public static final ProcessVariable<String> CANCELLATION_FEE_INVOICE_NUMBER =
      ProcessVariable.text("cancellationFeeInvoiceNumber");
  /** Carried by the WITHDRAWAL and CANCELLATION messages ({@code ContractEvents}). */
  public static final ProcessVariable<LocalDate> EVENT_DATE =
      ProcessVariable.date(ProcessVariables.EVENT_DATE);
  public static final ProcessVariable<String> EVENT_CHANNEL =
      ProcessVariable.text(ProcessVariables.EVENT_CHANNEL);

  // --- messages --------------------------------------------------------------------------
  public static final String MESSAGE_INVOICE_SETTLED = ProcessVariables.MESSAGE_INVOICE_SETTLED;
  public static final String MESSAGE_WITHDRAWAL = "WITHDRAWAL";
  public static final String MESSAGE_CANCELLATION = "CANCELLATION";

  // --- element ids -----------------------------------------------------------------------
  public static final String START_QUOTE_ISSUED = "StartEvent_QuoteIssued";
  public static final String TASK_SEND_QUOTE = "Task_SendQuote";
  /** The one way a signature comes in: Tasklist (sales) or POST /api/quotes/{n}/signature. */
  public static final String TASK_RECORD_CLIENT_SIGNATURE = "Task_RecordClientSignature";
  public static final String BOUNDARY_QUOTE_VALIDITY_ENDED = "BoundaryEvent_QuoteValidityEnded";
  public static final String TASK_EXPIRE_QUOTE = "Task_ExpireQuote";
  public static final String END_QUOTE_EXPIRED = "EndEvent_QuoteExpired";
  public static final String TASK_RECORD_SIGNATURE = "Task_RecordSignature";
  public static final String TASK_REVIEW_ORDER_IN_DISPUTE = "Task_ReviewOrderInDispute";
  /** The dispute review with its follow-up; the review done ends both (issue 11 item 9). */
  public static final String SUBPROCESS_DISPUTE_REVIEW = "SubProcess_DisputeReview";
  /** 24:00 on the review's due date (signature + 2 business days): non-interrupting. */
  public static final String BOUNDARY_DISPUTE_REVIEW_OVERDUE = "BoundaryEvent_DisputeReviewOverdue";
  /** "Follow up the overdue dispute review" (sales, form {@value #FORM_TASK_OVERDUE_FOLLOW_UP}). */
  public static final String TASK_FOLLOW_UP_DISPUTE_REVIEW = "Task_FollowUpDisputeReview";
  public static final String END_DISPUTE_REVIEW_FOLLOWED_UP = "EndEvent_DisputeReviewFollowedUp";
  /** Terminate end: the review done closes a follow-up still open. */
  public static final String END_ORDER_REVIEWED = "EndEvent_OrderReviewed";
  public static final String TASK_REFUSE_ORDER = "Task_RefuseOrder";
  public static final String END_ORDER_REFUSED = "EndEvent_OrderRefused";
  public static final String SUBPROCESS_FIRST_PAYMENT = "SubProcess_FirstPayment";
  public static final String TASK_ISSUE_FIRST_INVOICE = "Task_IssueFirstInvoice";
  public static final String TASK_CHECK_FIRST_INVOICE_PAID = "Task_CheckFirstInvoicePaid";
  public static final String GATEWAY_DEPOSIT_CONCLUDES_ORDER = "Gateway_DepositConcludesOrder";
  public static final String GATEWAY_DEPOSIT_PAID_OR_ORDER_LAPSED =
      "Gateway_DepositPaidOrOrderLapsed";
  /** The deposit that concludes the order is paid (WJA-2, BDB-8.1), racing the lapse timer. */
  public static final String EVENT_FIRST_INVOICE_SETTLED = "MessageEvent_FirstInvoiceSettled";
  /** The first period of an order bound before payment (BDB-R5.1) is paid: no lapse. */
  public static final String EVENT_FIRST_PERIOD_SETTLED = "MessageEvent_FirstPeriodSettled";
  public static final String TIMER_DEPOSIT_UNPAID_ORDER_LAPSES = "TimerEvent_DepositUnpaidOrderLapses";
  public static final String END_DEPOSIT_UNPAID = "EndEvent_DepositUnpaid";
  public static final String BOUNDARY_ORDER_LAPSED = "BoundaryEvent_OrderLapsed";
  public static final String TASK_LAPSE_ORDER = "Task_LapseOrder";
  public static final String END_ORDER_LAPSED = "EndEvent_OrderLapsed";
  /** Error code thrown by {@value #END_DEPOSIT_UNPAID}, caught by {@value #BOUNDARY_ORDER_LAPSED}. */
  public static final String ERROR_ORDER_LAPSED = "OrderLapsed";
  public static final String BOUNDARY_CANCELLATION = "BoundaryEvent_OrderCancelled";
  public static final String TASK_CANCEL_ORDER = "Task_CancelOrder";
  public static final String END_ORDER_CANCELLED = "EndEvent_OrderCancelled";
  public static final String TASK_CONFIRM_ORDER = "Task_ConfirmOrder";
  public static final String TASK_START_SUBSCRIPTION = "Task_StartSubscription";
  public static final String TIMER_WITHDRAWAL_PERIOD_ENDED = "TimerEvent_WithdrawalPeriodEnded";
  public static final String TASK_CLOSE_WITHDRAWAL_PERIOD = "Task_CloseWithdrawalPeriod";
  public static final String END_ORDER_CONFIRMED = "EndEvent_OrderConfirmed";
  public static final String START_WITHDRAWAL_RECEIVED = "StartEvent_WithdrawalReceived";
  public static final String TASK_ASSESS_WORK_DONE_BEFORE_WITHDRAWAL =
      "Task_AssessWorkDoneBeforeWithdrawal";
  public static final String TASK_WITHDRAW_ORDER = "Task_WithdrawOrder";
  public static final String END_ORDER_WITHDRAWN = "EndEvent_OrderWithdrawn";
  public static final String TASK_START_DELIVERY = "Task_StartDelivery";
  public static final String END_NO_WITHDRAWAL_RIGHT = "EndEvent_NoWithdrawalRight";
  public static final String END_WITHDRAWAL_PERIOD_CLOSED = "EndEvent_WithdrawalPeriodClosed";
  /** Interrupting, on {@value #SUBPROCESS_WITHDRAWAL_ASSESSMENT}: the refund date never waits. */
  public static final String BOUNDARY_REFUND_DUE = "BoundaryEvent_RefundDue";
  /** The withdrawal's work-done assessment with its follow-up (issue 11 item 9). */
  public static final String SUBPROCESS_WITHDRAWAL_ASSESSMENT = "SubProcess_WithdrawalAssessment";
  /** 24:00 on the assessment's due date (withdrawal + 2 business days): non-interrupting. */
  public static final String BOUNDARY_WITHDRAWAL_ASSESSMENT_OVERDUE =
      "BoundaryEvent_WithdrawalAssessmentOverdue";
  /** "Follow up the overdue withdrawal assessment" (production). */
  public static final String TASK_FOLLOW_UP_WITHDRAWAL_ASSESSMENT = "Task_FollowUpWithdrawalAssessment";
  public static final String END_WITHDRAWAL_ASSESSMENT_FOLLOWED_UP =
      "EndEvent_WithdrawalAssessmentFollowedUp";
  /** Terminate end: the assessment done closes a follow-up still open. */
  public static final String END_WITHDRAWAL_WORK_ASSESSED = "EndEvent_WithdrawalWorkAssessed";
  public static final String SUBPROCESS_WITHDRAWAL = "SubProcess_Withdrawal";

  // --- forms -----------------------------------------------------------------------------
  public static final String FORM_REVIEW_ORDER_IN_DISPUTE = "Form_ReviewOrderInDispute";
  public static final String FORM_RECORD_SIGNATURE = "order-record-signature";
  /** The follow-up of a late task; its inputs {@value #OVERDUE_TASK}, {@value #OVERDUE_SINCE}. */
  public static final String FORM_TASK_OVERDUE_FOLLOW_UP = "task-overdue-follow-up";
  /** Follow-up input: the name of the late task. */
  public static final ProcessVariable<String> OVERDUE_TASK = ProcessVariable.text("overdueTask");
  /** Follow-up input: the day the late task was due. */
  public static final ProcessVariable<LocalDate> OVERDUE_SINCE =
      ProcessVariable.date("overdueSince");

  // --- quote statuses (cf_quote.status) --------------------------------------------------
  public static final String QUOTE_ISSUED = "ISSUED";
  public static final String QUOTE_SIGNED = "SIGNED";
  public static final String QUOTE_EXPIRED = "EXPIRED";
  public static final String QUOTE_REFUSED = "REFUSED";
  public static final String QUOTE_WITHDRAWN = "WITHDRAWN";
  public static final String QUOTE_CANCELLED = "CANCELLED";

  /** The order binds: its deposit is paid (WJA-2, BDB-8.1) and the work may start. */
  public static final String END_WORK_MAY_START = "EndEvent_WorkMayStart";

  private OrderVariables() {}
}
