package be.contractflow.process.subscription;

import be.contractflow.process.ContractLifecycle;
import be.contractflow.process.ProcessVariables;
import be.contractflow.terms.TermsService;

/**
 * The {@code subscription} process ({@code bpmn/subscription.bpmn}): key, variables, messages and
 * element ids. Business key = contract number; dates are ISO strings, amounts strings.
 */
public final class SubscriptionVariables {

  public static final String PROCESS_KEY = "subscription";

  // --- variables set at start (OrderService#startSubscription) -------------------------------
  public static final String CONTRACT_NUMBER = ProcessVariables.CONTRACT_NUMBER;
  public static final String CLIENT_ID = ContractLifecycle.CLIENT_ID;
  public static final String TERMS_PROFILE = TermsService.TERMS_PROFILE;
  public static final String CLIENT_TYPE = TermsService.CLIENT_TYPE;
  public static final String CONTRACT_KIND = TermsService.CONTRACT_KIND;
  /** The order's first invoice (first period or deposit): never issued twice. */
  public static final String FIRST_INVOICE_NUMBER = "firstInvoiceNumber";

  // --- the schedule (SubscriptionService) ------------------------------------------------------
  /** ISO date: the first day the contract runs. */
  public static final String CONTRACT_START = "contractStart";
  /** Months per billing period (1, 3, 12). */
  public static final String PERIOD_MONTHS = "periodMonths";
  /** The periodic price excl. VAT in force (string). */
  public static final String PERIODIC_PRICE = "periodicPriceExclVat";
  /** The price of the next term announced in RENEWAL_TARIFF (BDB-16.2); staff may set it before. */
  public static final String RENEWAL_PRICE = "renewalPriceExclVat";
  /** BDB-13.4.1: the surcharge a reactivation after the stop costs, set by sales (string). */
  public static final String REACTIVATION_SURCHARGE = "reactivationSurchargeExclVat";
  /** Boolean: the step just run asks sales for the renewal price (BDB-16.2). */
  public static final String RENEWAL_PRICE_DUE = "renewalPriceDue";
  /** ISO dates of the renewal price task: the anniversary, the tariff notice, the task's due date. */
  public static final String RENEWAL_ANNIVERSARY = "renewalAnniversary";
  public static final String RENEWAL_TARIFF_DATE = "renewalTariffDate";
  public static final String RENEWAL_PRICE_DUE_DATE = "renewalPriceDueDate";
  /** ISO date: the last day already invoiced. */
  public static final String PREPAID_UNTIL = "prepaidUntil";
  /** The part of a deposit not yet deducted from a periodic invoice, excl. VAT (string). */
  public static final String DEPOSIT_REMAINDER = "depositRemainderExclVat";
  /** ISO date: the last day of the running term (null: no term). */
  public static final String TERM_END = "termEnd";
  /** ISO date: the next anniversary J. */
  public static final String ANNIVERSARY = "anniversaryDate";
  /** The steps of the running contract year already done (comma-separated step names). */
  public static final String YEAR_STEPS_DONE = "yearStepsDone";
  /** The invoice renewing a contract that is not renewed tacitly (BDB-13.3). */
  public static final String RENEWAL_INVOICE_NUMBER = "renewalInvoiceNumber";
  /** The next step ({@link SubscriptionSchedule.StepType}) and its ISO date; null: none left. */
  public static final String NEXT_STEP = "nextStep";
  public static final String NEXT_STEP_DATE = "nextStepDate";
  /** Boolean: the step just run asks sales for a buy-out quote (BDB-R10). */
  public static final String BUY_OUT_DUE = "buyOutDue";
  /** The régie rate indexed on the last anniversary (VIR-8), with its index values. */
  public static final String REGIE_RATE = "regieRateExclVat";
  public static final String REGIE_RATE_INDEXATION = "regieRateIndexation";
  /** Buy-out form (BDB-R10). */
  public static final String BUY_OUT_PRICE = "buyOutPriceExclVat";
  /** Preventive visits (BDB-13.2). */
  public static final String VISITS_DUE = "visitsDue";
  public static final String VISIT_INDEX = "visitIndex";
  public static final String VISIT_MONTH_START = "visitMonthStart";
  public static final String VISIT_DUE_DATE = "visitDueDate";
  public static final String VISIT_DEADLINE_KEY = "visitDeadlineKey";
  /** ISO date: the anniversary ending the contract year a buy-out quote is asked for. */
  public static final String BUY_OUT_ANNIVERSARY = "buyOutAnniversary";
  public static final String BUY_OUT_NET_AMOUNT = "buyOutNetAmount";

  // --- messages --------------------------------------------------------------------------
  public static final String MESSAGE_SERVICES_SUSPENDED = ProcessVariables.MESSAGE_SERVICES_SUSPENDED;
  public static final String MESSAGE_SERVICES_RESTORED = ProcessVariables.MESSAGE_SERVICES_RESTORED;
  public static final String MESSAGE_CONTRACT_RESOLVED = ProcessVariables.MESSAGE_CONTRACT_RESOLVED;
  /** Correlated by {@code termination} once the contract has ended: the subscription stops. */
  public static final String MESSAGE_CONTRACT_ENDED = ProcessVariables.MESSAGE_CONTRACT_ENDED;
  /** Payload of the payment process's messages (see {@link ProcessVariables}). */
  public static final String SUSPENDED_ON = "suspendedOn";
  public static final String RESTORED_ON = "restoredOn";
  public static final String RESOLVED_ON = "resolvedOn";
  public static final String CLAUSE = "clause";

  // --- element ids -----------------------------------------------------------------------
  public static final String TASK_START_SUBSCRIPTION = "Task_StartSubscription";
  /** the named timer each step of the schedule waits on, one per contractual milestone */
  public static final String TIMER_PERIOD_INVOICE = "TimerEvent_PeriodInvoiceDue";
  public static final String TIMER_RENEWAL_PRICE_TASK = "TimerEvent_RenewalPriceTaskDue";
  public static final String TIMER_TARIFF_NOTICE = "TimerEvent_TariffNoticeDue";
  public static final String TIMER_RENEWAL_REMINDER = "TimerEvent_RenewalReminderDue";
  public static final String TIMER_BUY_OUT_QUOTE = "TimerEvent_BuyOutQuoteDue";
  public static final String TIMER_DOMAIN_WARNING = "TimerEvent_DomainWarningDue";
  public static final String TIMER_ANNIVERSARY = "TimerEvent_AnniversaryDue";
  public static final String TIMER_STOP = "TimerEvent_StopDue";
  public static final String TASK_RUN_STEP = "Task_RunScheduledStep";
  public static final String TASK_PREPARE_BUY_OUT = "Task_PrepareBuyOutQuote";
  public static final String TASK_SEND_BUY_OUT = "Task_SendBuyOutQuote";
  public static final String TASK_SET_RENEWAL_PRICE = "Task_SetRenewalPrice";
  public static final String TIMER_TARIFF_NOTICE_DUE = "BoundaryEvent_TariffNoticeDue";
  public static final String END_CURRENT_PRICE_KEPT = "EndEvent_CurrentPriceKept";
  public static final String END_SCHEDULE_DONE = "EndEvent_ScheduleDone";
  public static final String TIMER_VISIT_MONTH = "TimerEvent_VisitMonthStarts";
  public static final String TASK_PREVENTIVE_VISIT = "Task_PreventiveVisit";
  public static final String TASK_FOLLOW_UP_VISIT = "Task_FollowUpVisit";
  public static final String TASK_RECORD_SUSPENSION = "Task_RecordSuspension";
  public static final String TASK_RECORD_RESTORATION = "Task_RecordRestoration";
  public static final String TASK_RECORD_INTERRUPTION = "Task_RecordInterruption";
  public static final String TASK_COMPENSATE_INTERRUPTION = "Task_CompensateInterruption";
  public static final String TASK_HAND_OVER_RESOLUTION = "Task_HandOverResolution";
  public static final String END_SUBSCRIPTION_ENDED = "EndEvent_SubscriptionEnded";
  public static final String END_RENEWAL_PRICE_SET = "EndEvent_RenewalPriceSet";
  public static final String END_BUY_OUT_QUOTE_SENT = "EndEvent_BuyOutQuoteSent";
  public static final String END_NO_BUY_OUT = "EndEvent_NoBuyOut";
  public static final String END_NO_VISITS = "EndEvent_NoVisits";
  public static final String TASK_PLAN_VISIT = "Task_PlanVisit";
  public static final String TIMER_VISIT_OVERDUE = "BoundaryEvent_VisitOverdue";
  public static final String END_VISIT_MADE = "EndEvent_VisitMade";
  public static final String END_VISIT_FOLLOWED_UP = "EndEvent_VisitFollowedUp";
  public static final String END_MONTH_VISIT_DONE = "EndEvent_MonthVisitDone";
  public static final String END_SUSPENSION_RECORDED = "EndEvent_SuspensionRecorded";
  public static final String END_RESTORATION_RECORDED = "EndEvent_RestorationRecorded";
  public static final String END_INTERRUPTION_RECORDED = "EndEvent_InterruptionRecorded";
  public static final String END_INTERRUPTION_COMPENSATED = "EndEvent_InterruptionCompensated";
  public static final String END_HANDED_OVER = "EndEvent_HandedOver";

  private SubscriptionVariables() {}

}
