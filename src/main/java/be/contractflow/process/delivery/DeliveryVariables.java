package be.contractflow.process.delivery;

import be.contractflow.ledger.ContractKind;
import be.contractflow.process.ContractLifecycle;
import be.contractflow.process.ProcessVariable;
import be.contractflow.process.ProcessVariables;
import be.contractflow.terms.TermsService;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The {@code delivery} process ({@code bpmn/delivery.bpmn}) and the {@code go-live-windows} process
 * it calls once the site is online ({@code bpmn/go-live-windows.bpmn}): their keys, variable names and
 * element ids, in one place so a rename breaks compilation, not production. Every variable is a
 * typed {@link ProcessVariable} (dates {@link LocalDate}, amounts and hours {@link BigDecimal});
 * references (contract and invoice numbers, deadline keys) are texts; never payloads.
 */
public final class DeliveryVariables {

  public static final String PROCESS_KEY = "delivery";
  /**
   * The process delivery calls at go-live ({@link #CALL_GO_LIVE_WINDOWS}): the windows the go-live
   * opens. Business key = contract number; it holds the contract variables like every process of
   * the contract, so contract events reach it the same way.
   */
  public static final String WINDOWS_PROCESS_KEY = "go-live-windows";

  // --- start variables (business key = contract number) --------------------------------
  public static final ProcessVariable<String> CONTRACT_NUMBER =
      ProcessVariable.text(ProcessVariables.CONTRACT_NUMBER);
  public static final ProcessVariable<String> CLIENT_ID =
      ProcessVariable.text(ContractLifecycle.CLIENT_ID);
  public static final ProcessVariable<ContractKind> CONTRACT_KIND =
      ProcessVariable.oneOf(TermsService.CONTRACT_KIND, ContractKind.class);
  /** The order total excl. VAT the schedule (WJA-2, BDB-16.4) is computed on. */
  public static final ProcessVariable<BigDecimal> ORDER_TOTAL_EXCL_VAT =
      ProcessVariable.decimal("orderTotalExclVat");

  // --- contents (BDB-6.3, BDB-11.2, VIR-3.2) -------------------------------------------
  /** Input of Task_RequestContents: follow-up when the terms set no contents deadline. */
  public static final ProcessVariable<Integer> DEFAULT_CONTENTS_FOLLOW_UP_BUSINESS_DAYS =
      ProcessVariable.integer("defaultContentsFollowUpBusinessDays");
  public static final ProcessVariable<LocalDate> CONTENTS_DUE_DATE =
      ProcessVariable.date("contentsDueDate");
  public static final ProcessVariable<String> CONTENTS_DEADLINE_KEY =
      ProcessVariable.text("contentsDeadlineKey");
  /** Booleans shown by the chase form and guarding its gateways (BDB-11.2, VIR-3.2). */
  public static final ProcessVariable<Boolean> SUSPEND_ALLOWED =
      ProcessVariable.flag("suspendAllowed");
  public static final ProcessVariable<Boolean> INTERIM_ALLOWED =
      ProcessVariable.flag("interimAllowed");
  public static final ProcessVariable<String> WAITING_CLAUSE =
      ProcessVariable.text("waitingClause");
  /** Chase form: suspend the order / issue an interim invoice of {@link #INTERIM_AMOUNT_EXCL_VAT}. */
  public static final ProcessVariable<Boolean> SUSPEND_ORDER = ProcessVariable.flag("suspendOrder");
  public static final ProcessVariable<Boolean> INTERIM_INVOICE =
      ProcessVariable.flag("interimInvoice");
  public static final ProcessVariable<BigDecimal> INTERIM_AMOUNT_EXCL_VAT =
      ProcessVariable.decimal("interimAmountExclVat");
  public static final ProcessVariable<String> INTERIM_DESCRIPTION =
      ProcessVariable.text("interimDescription");
  public static final ProcessVariable<String> INTERIM_INVOICE_NUMBER =
      ProcessVariable.text("interimInvoiceNumber");
  /** The date of the CONTENTS_RECEIVED event. */
  public static final ProcessVariable<LocalDate> CONTENTS_RECEIVED_ON =
      ProcessVariable.date("contentsReceivedOn");

  // --- production (BDB-6.3, WJA-2, WJA-5) ------------------------------------------------
  public static final ProcessVariable<Integer> DEFAULT_BUILD_BUSINESS_DAYS =
      ProcessVariable.integer("defaultBuildBusinessDays");
  public static final ProcessVariable<LocalDate> BUILD_DUE_DATE =
      ProcessVariable.date("buildDueDate");
  public static final ProcessVariable<String> BUILD_DEADLINE_KEY =
      ProcessVariable.text("buildDeadlineKey");
  public static final ProcessVariable<Boolean> PROGRESS_INVOICE_DUE =
      ProcessVariable.flag("progressInvoiceDue");
  public static final ProcessVariable<String> PROGRESS_INVOICE_NUMBER =
      ProcessVariable.text("progressInvoiceNumber");
  /** Build form: rework hours of client files (WJA-5) and their rate (prefilled, WJA-4, VIR-8). */
  public static final ProcessVariable<BigDecimal> REWORK_HOURS =
      ProcessVariable.decimal("reworkHours");
  public static final ProcessVariable<BigDecimal> REWORK_HOURLY_RATE_EXCL_VAT =
      ProcessVariable.decimal("reworkHourlyRateExclVat");
  public static final ProcessVariable<String> REWORK_INVOICE_NUMBER =
      ProcessVariable.text("reworkInvoiceNumber");
  public static final ProcessVariable<String> SITE_URL = ProcessVariable.text("siteUrl");

  // --- go-live and windows ---------------------------------------------------------------
  /** The go-live date: the GO_LIVE event's date, or the build form's, or the day it completed. */
  public static final ProcessVariable<LocalDate> GO_LIVE_DATE = ProcessVariable.date("goLiveDate");
  /** The delivery date acceptance refers to (WJA-24); moved by a redelivery. */
  public static final ProcessVariable<LocalDate> DELIVERED_ON = ProcessVariable.date("deliveredOn");
  public static final ProcessVariable<Integer> DELIVERY_ATTEMPT =
      ProcessVariable.integer("deliveryAttempt");
  public static final ProcessVariable<Boolean> BALANCE_INVOICE_DUE =
      ProcessVariable.flag("balanceInvoiceDue");
  public static final ProcessVariable<String> BALANCE_INVOICE_NUMBER =
      ProcessVariable.text("balanceInvoiceNumber");
  public static final ProcessVariable<Boolean> NON_CONFORMITY_WINDOW =
      ProcessVariable.flag("nonConformityWindow");
  public static final ProcessVariable<LocalDate> NON_CONFORMITY_UNTIL =
      ProcessVariable.date("nonConformityUntil");
  public static final ProcessVariable<String> NON_CONFORMITY_DEADLINE_KEY =
      ProcessVariable.text("nonConformityDeadlineKey");
  /** Non-conformity form: the day the corrected site was put online. */
  public static final ProcessVariable<LocalDate> CORRECTED_ON = ProcessVariable.date("correctedOn");
  public static final ProcessVariable<Boolean> TWEAK_WINDOW = ProcessVariable.flag("tweakWindow");
  public static final ProcessVariable<LocalDate> TWEAKS_UNTIL = ProcessVariable.date("tweaksUntil");
  public static final ProcessVariable<String> TWEAK_DEADLINE_KEY =
      ProcessVariable.text("tweakDeadlineKey");
  public static final ProcessVariable<Boolean> WARRANTY_PERIOD =
      ProcessVariable.flag("warrantyPeriod");
  public static final ProcessVariable<LocalDate> WARRANTY_UNTIL =
      ProcessVariable.date("warrantyUntil");
  public static final ProcessVariable<String> WARRANTY_DEADLINE_KEY =
      ProcessVariable.text("warrantyDeadlineKey");
  public static final ProcessVariable<Boolean> TRAINING_WINDOW =
      ProcessVariable.flag("trainingWindow");
  public static final ProcessVariable<LocalDate> TRAINING_UNTIL =
      ProcessVariable.date("trainingUntil");
  public static final ProcessVariable<String> TRAINING_DEADLINE_KEY =
      ProcessVariable.text("trainingDeadlineKey");
  public static final ProcessVariable<Boolean> HIDDEN_DEFECT_WINDOWS =
      ProcessVariable.flag("hiddenDefectWindows");
  public static final ProcessVariable<LocalDate> HIDDEN_DEFECT_REPORT_UNTIL =
      ProcessVariable.date("hiddenDefectReportUntil");
  public static final ProcessVariable<String> HIDDEN_DEFECT_REPORT_DEADLINE_KEY =
      ProcessVariable.text("hiddenDefectReportDeadlineKey");
  public static final ProcessVariable<LocalDate> HIDDEN_DEFECT_ACTION_UNTIL =
      ProcessVariable.date("hiddenDefectActionUntil");
  public static final ProcessVariable<String> HIDDEN_DEFECT_ACTION_DEADLINE_KEY =
      ProcessVariable.text("hiddenDefectActionDeadlineKey");
  /** WJA-16 (sale), local to the "Hardware delivered" event subprocess: ISO date, deadline key. */
  public static final ProcessVariable<LocalDate> HARDWARE_ACTION_UNTIL =
      ProcessVariable.date("hardwareActionUntil");
  public static final ProcessVariable<String> HARDWARE_ACTION_DEADLINE_KEY =
      ProcessVariable.text("hardwareActionDeadlineKey");
  /** BDB-8.4, entered on "Make minor tweak": extra hours on large text changes, rate, warning. */
  public static final ProcessVariable<BigDecimal> LARGE_TEXT_CHANGE_HOURS =
      ProcessVariable.decimal("largeTextChangeHours");
  public static final ProcessVariable<BigDecimal> LARGE_TEXT_HOURLY_RATE_EXCL_VAT =
      ProcessVariable.decimal("largeTextHourlyRateExclVat");
  public static final ProcessVariable<LocalDate> CLIENT_WARNED_ON =
      ProcessVariable.date("clientWarnedOn");
  public static final ProcessVariable<String> LARGE_TEXT_INVOICE_NUMBER =
      ProcessVariable.text("largeTextInvoiceNumber");
  public static final String TASK_INVOICE_LARGE_TEXT_CHANGES = "Task_InvoiceLargeTextChanges";
  public static final ProcessVariable<LocalDate> ACCEPTED_ON = ProcessVariable.date("acceptedOn");

  // --- cancellation during the work (BDB-10.2, WJA-18, CC-1794) ----------------------------
  /** The date of the CANCELLATION event. */
  public static final ProcessVariable<LocalDate> CANCELLED_ON = ProcessVariable.date("cancelledOn");
  /** Boolean: the amount is pro rata of the work done, so production assesses the share done. */
  public static final ProcessVariable<Boolean> CANCELLATION_PRO_RATA =
      ProcessVariable.flag("cancellationProRata");
  /** Form of Task_AssessWorkDone: the share of the work done, 0–100 (%). */
  public static final ProcessVariable<BigDecimal> WORK_DONE_PERCENT =
      ProcessVariable.decimal("workDonePercent");
  public static final ProcessVariable<String> CANCELLATION_FEE_INVOICE_NUMBER =
      ProcessVariable.text("cancellationFeeInvoiceNumber");
  public static final ProcessVariable<String> CREDIT_NOTE_NUMBER =
      ProcessVariable.text("creditNoteNumber");

  /** Carried by the contract events' messages ({@code ContractEvents}). */
  public static final ProcessVariable<LocalDate> EVENT_DATE =
      ProcessVariable.date(ProcessVariables.EVENT_DATE);
  public static final ProcessVariable<String> EVENT_CHANNEL =
      ProcessVariable.text(ProcessVariables.EVENT_CHANNEL);

  // --- messages ----------------------------------------------------------------------------
  public static final String MESSAGE_CONTENTS_RECEIVED = "CONTENTS_RECEIVED";
  public static final String MESSAGE_GO_LIVE = "GO_LIVE";
  public static final String MESSAGE_NON_CONFORMITY = "NON_CONFORMITY";
  public static final String MESSAGE_TWEAK_REQUESTED = "TWEAK_REQUESTED";
  public static final String MESSAGE_MALFUNCTION = "MALFUNCTION";
  public static final String MESSAGE_TRAINING_DONE = "TRAINING_DONE";
  public static final String MESSAGE_CANCELLATION = "CANCELLATION";
  public static final String MESSAGE_WITHDRAWAL = "WITHDRAWAL";

  // --- element ids -------------------------------------------------------------------------
  public static final String START_ORDER_CONFIRMED = "StartEvent_OrderConfirmed";
  public static final String TASK_REQUEST_CONTENTS = "Task_RequestContents";
  public static final String SUBPROCESS_CONTENTS_AWAITED = "SubProcess_ContentsAwaited";
  public static final String TASK_RECEIVE_CONTENTS = "Task_ReceiveContents";
  public static final String BOUNDARY_CONTENTS_OVERDUE = "BoundaryEvent_ContentsOverdue";
  public static final String TASK_CHASE_CONTENTS = "Task_ChaseContents";
  public static final String TASK_SUSPEND_ORDER = "Task_SuspendOrder";
  public static final String TASK_ISSUE_INTERIM_INVOICE = "Task_IssueInterimInvoice";
  public static final String TASK_START_PRODUCTION = "Task_StartProduction";
  public static final String TASK_ISSUE_PROGRESS_INVOICE = "Task_IssueProgressInvoice";
  public static final String TASK_BUILD_SITE = "Task_BuildSite";
  public static final String BOUNDARY_SITE_ONLINE = "BoundaryEvent_SiteOnline";
  public static final String TASK_INVOICE_REWORK_HOURS = "Task_InvoiceReworkHours";
  public static final String TASK_ANNOUNCE_GO_LIVE = "Task_AnnounceGoLive";
  public static final String TASK_ISSUE_BALANCE_INVOICE = "Task_IssueBalanceInvoice";
  public static final String EVENT_NON_CONFORMITY_GATEWAY = "Gateway_NonConformityNotified";
  public static final String TIMER_NON_CONFORMITY_WINDOW_CLOSED = "TimerEvent_NonConformityWindowClosed";
  public static final String EVENT_NON_CONFORMITY_NOTIFIED = "MessageEvent_NonConformityNotified";
  public static final String TASK_HANDLE_NON_CONFORMITY = "Task_HandleNonConformity";
  public static final String TASK_REDELIVER_SITE = "Task_RedeliverSite";
  public static final String TASK_ACCEPT_SITE = "Task_AcceptSite";
  public static final String SUBPROCESS_TWEAK_WINDOW = "SubProcess_TweakWindow";
  public static final String TIMER_TWEAK_WINDOW_CLOSED = "TimerEvent_TweakWindowClosed";
  public static final String TASK_MAKE_TWEAK = "Task_MakeTweak";
  public static final String SUBPROCESS_WARRANTY_PERIOD = "SubProcess_WarrantyPeriod";
  public static final String TIMER_WARRANTY_ENDED = "TimerEvent_WarrantyEnded";
  public static final String TASK_FIX_MALFUNCTION = "Task_FixMalfunction";
  public static final String EVENT_TRAINING_DONE = "MessageEvent_TrainingDone";
  public static final String TIMER_TRAINING_WINDOW_CLOSED = "TimerEvent_TrainingWindowClosed";
  /** WJA-16: a hidden defect reported by registered letter inside the report window. */
  public static final String TASK_HANDLE_HIDDEN_DEFECT = "Task_HandleHiddenDefect";
  public static final String TIMER_HIDDEN_DEFECT_REPORT_WINDOW_CLOSED =
      "TimerEvent_HiddenDefectReportWindowClosed";
  public static final String TIMER_HIDDEN_DEFECT_ACTION_WINDOW_CLOSED =
      "TimerEvent_HiddenDefectActionWindowClosed";
  public static final String END_DELIVERY_CLOSED = "EndEvent_DeliveryClosed";
  /** Delivery's call activity starting {@link #WINDOWS_PROCESS_KEY}. */
  public static final String CALL_GO_LIVE_WINDOWS = "Call_GoLiveWindows";
  /** The end of {@link #WINDOWS_PROCESS_KEY}: every window closed. */
  public static final String END_WINDOWS_CLOSED = "EndEvent_WindowsClosed";
  public static final String SUBPROCESS_SITE_BUILD = "SubProcess_SiteBuild";
  public static final String SUBPROCESS_NON_CONFORMITY_HANDLING = "SubProcess_NonConformityHandling";
  public static final String SUBPROCESS_TWEAK_REQUEST = "SubProcess_TweakRequest";
  public static final String SUBPROCESS_MALFUNCTION_REPORT = "SubProcess_MalfunctionReport";
  public static final String SUBPROCESS_HIDDEN_DEFECT_REPORT = "SubProcess_HiddenDefectReport";

  // --- escalation of late tasks (issue 11 item 9): a follow-up task, never a moved date -----
  public static final String BOUNDARY_CHASE_OVERDUE = "BoundaryEvent_ChaseOverdue";
  public static final String TASK_FOLLOW_UP_CHASE = "Task_FollowUpChase";
  public static final String BOUNDARY_BUILD_OVERDUE = "BoundaryEvent_BuildOverdue";
  public static final String TASK_FOLLOW_UP_BUILD = "Task_FollowUpBuild";
  public static final String BOUNDARY_NON_CONFORMITY_OVERDUE = "BoundaryEvent_NonConformityOverdue";
  public static final String TASK_FOLLOW_UP_NON_CONFORMITY = "Task_FollowUpNonConformity";
  public static final String BOUNDARY_TWEAK_OVERDUE = "BoundaryEvent_TweakOverdue";
  public static final String TASK_FOLLOW_UP_TWEAK = "Task_FollowUpTweak";
  public static final String BOUNDARY_MALFUNCTION_OVERDUE = "BoundaryEvent_MalfunctionOverdue";
  public static final String TASK_FOLLOW_UP_MALFUNCTION = "Task_FollowUpMalfunction";
  public static final String BOUNDARY_HIDDEN_DEFECT_OVERDUE = "BoundaryEvent_HiddenDefectOverdue";
  public static final String TASK_FOLLOW_UP_HIDDEN_DEFECT = "Task_FollowUpHiddenDefect";
  /** BDB-10.2, CC-1794: the work-done assessment after a cancellation, and its follow-up. */
  public static final String SUBPROCESS_WORK_ASSESSMENT = "SubProcess_WorkAssessment";
  public static final String BOUNDARY_ASSESSMENT_OVERDUE = "BoundaryEvent_AssessmentOverdue";
  public static final String TASK_FOLLOW_UP_ASSESSMENT = "Task_FollowUpAssessment";
  /** Inputs of the follow-up form ({@code task-overdue-follow-up}): which task, due since when. */
  public static final ProcessVariable<String> OVERDUE_TASK = ProcessVariable.text("overdueTask");
  public static final ProcessVariable<LocalDate> OVERDUE_SINCE =
      ProcessVariable.date("overdueSince");
  public static final String FORM_OVERDUE_FOLLOW_UP = "task-overdue-follow-up";
  /** Terminate ends of the wrappers (the task done ends its follow-up) and the follow-ups' ends. */
  public static final String END_SITE_BUILT = "EndEvent_SiteBuilt";
  public static final String END_BUILD_FOLLOWED_UP = "EndEvent_BuildFollowedUp";
  public static final String END_CHASE_FOLLOWED_UP = "EndEvent_ChaseFollowedUp";
  public static final String END_NON_CONFORMITY_HANDLED = "EndEvent_NonConformityHandled";
  public static final String END_NON_CONFORMITY_FOLLOWED_UP = "EndEvent_NonConformityFollowedUp";
  public static final String END_TWEAK_DONE = "EndEvent_TweakDone";
  public static final String END_TWEAK_FOLLOWED_UP = "EndEvent_TweakFollowedUp";
  public static final String END_MALFUNCTION_FIX_DONE = "EndEvent_MalfunctionFixDone";
  public static final String END_MALFUNCTION_FOLLOWED_UP = "EndEvent_MalfunctionFollowedUp";
  public static final String END_HIDDEN_DEFECT_REPORT_DONE = "EndEvent_HiddenDefectReportDone";
  public static final String END_HIDDEN_DEFECT_FOLLOWED_UP = "EndEvent_HiddenDefectFollowedUp";
  public static final String END_WORK_ASSESSED = "EndEvent_WorkAssessed";
  public static final String END_ASSESSMENT_FOLLOWED_UP = "EndEvent_AssessmentFollowedUp";
  public static final String SUBPROCESS_CANCELLATION = "SubProcess_CancellationDuringWork";
  public static final String START_CANCELLATION_RECEIVED = "StartEvent_CancellationReceived";
  public static final String TASK_ASSESS_WORK_DONE = "Task_AssessWorkDone";
  public static final String TASK_SETTLE_CANCELLATION = "Task_SettleCancellation";
  public static final String END_DELIVERY_CANCELLED = "EndEvent_DeliveryCancelled";
  public static final String TASK_CLOSE_WITHDRAWN_DELIVERY = "Task_CloseWithdrawnDelivery";
  public static final String END_DELIVERY_WITHDRAWN = "EndEvent_DeliveryWithdrawn";
  public static final String END_CONTENTS_RECEIVED = "EndEvent_ContentsReceived";
  public static final String END_CLIENT_CHASED = "EndEvent_ClientChased";
  public static final String BOUNDARY_TWEAK_REQUESTED = "BoundaryEvent_TweakRequested";
  public static final String END_TWEAK_MADE = "EndEvent_TweakMade";
  public static final String BOUNDARY_MALFUNCTION_REPORTED = "BoundaryEvent_MalfunctionReported";
  public static final String END_MALFUNCTION_FIXED = "EndEvent_MalfunctionFixed";
  public static final String BOUNDARY_HIDDEN_DEFECT_REPORTED = "BoundaryEvent_HiddenDefectReported";
  public static final String END_HIDDEN_DEFECT_HANDLED = "EndEvent_HiddenDefectHandled";
  /** Event-based gateway: training given, or its window closed. */
  public static final String EVENT_TRAINING_GATEWAY = "Gateway_TrainingTaken";
  public static final String TIMER_HARDWARE_ACTION_WINDOW_CLOSED = "TimerEvent_HardwareActionWindowClosed";
  public static final String END_HARDWARE_ACTION_WINDOW_CLOSED = "EndEvent_HardwareActionWindowClosed";

  // --- forms ------------------------------------------------------------------------------
  public static final String FORM_CHASE_CONTENTS = "delivery-chase-contents";
  public static final String FORM_BUILD_SITE = "delivery-build-site";
  public static final String FORM_ASSESS_WORK_DONE = "delivery-assess-work-done";

  private DeliveryVariables() {}

}
