package be.contractflow.process.subscription;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.process.ContractLifecycle;
import be.contractflow.process.ProcessVariable;
import be.contractflow.process.ProcessVariables;
import be.contractflow.terms.TermsService;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The {@code subscription} process ({@code bpmn/subscription.bpmn}): key, variables, messages and
 * element ids. Business key = contract number; dates are ISO strings, amounts strings.
 */
public final class SubscriptionVariables {

  public static final String PROCESS_KEY = "subscription";

  // --- variables set at start (OrderService#startSubscription) -------------------------------
  public static final ProcessVariable<String> CONTRACT_NUMBER =
      ProcessVariable.text(ProcessVariables.CONTRACT_NUMBER);
  public static final ProcessVariable<String> CLIENT_ID =
      ProcessVariable.text(ContractLifecycle.CLIENT_ID);
  public static final ProcessVariable<String> TERMS_PROFILE =
      ProcessVariable.text(TermsService.TERMS_PROFILE);
  public static final ProcessVariable<ClientType> CLIENT_TYPE =
      ProcessVariable.oneOf(TermsService.CLIENT_TYPE, ClientType.class);
  public static final ProcessVariable<ContractKind> CONTRACT_KIND =
      ProcessVariable.oneOf(TermsService.CONTRACT_KIND, ContractKind.class);
  /** The order's first invoice (first period or deposit): never issued twice. */
  public static final ProcessVariable<String> FIRST_INVOICE_NUMBER =
      ProcessVariable.text("firstInvoiceNumber");

  // --- the schedule (SubscriptionService) ------------------------------------------------------
  /** ISO date: the first day the contract runs. */
  public static final ProcessVariable<LocalDate> CONTRACT_START =
      ProcessVariable.date("contractStart");
  /** Months per billing period (1, 3, 12). */
  public static final ProcessVariable<Integer> PERIOD_MONTHS =
      ProcessVariable.integer("periodMonths");
  /** The periodic price excl. VAT in force (string). */
  public static final ProcessVariable<BigDecimal> PERIODIC_PRICE =
      ProcessVariable.decimal("periodicPriceExclVat");
  /** The price of the next term announced in RENEWAL_TARIFF (BDB-16.2); staff may set it before. */
  public static final ProcessVariable<BigDecimal> RENEWAL_PRICE =
      ProcessVariable.decimal("renewalPriceExclVat");
  /** BDB-13.4.1: the surcharge a reactivation after the stop costs, set by sales (string). */
  public static final ProcessVariable<BigDecimal> REACTIVATION_SURCHARGE =
      ProcessVariable.decimal("reactivationSurchargeExclVat");
  /** Boolean: the step just run asks sales for the renewal price (BDB-16.2). */
  public static final ProcessVariable<Boolean> RENEWAL_PRICE_DUE =
      ProcessVariable.flag("renewalPriceDue");
  /** ISO dates of the renewal price task: the anniversary, the tariff notice, the task's due date. */
  public static final ProcessVariable<LocalDate> RENEWAL_ANNIVERSARY =
      ProcessVariable.date("renewalAnniversary");
  public static final ProcessVariable<LocalDate> RENEWAL_TARIFF_DATE =
      ProcessVariable.date("renewalTariffDate");
  public static final ProcessVariable<LocalDate> RENEWAL_PRICE_DUE_DATE =
      ProcessVariable.date("renewalPriceDueDate");
  /** ISO date: the last day already invoiced. */
  /** The day of the month the next month is debited (terms-renewal), null when the terms set none. */
  public static final ProcessVariable<Integer> MONTHLY_DEBIT_DAY =
      ProcessVariable.integer("monthlyDebitDay");
  public static final ProcessVariable<LocalDate> PREPAID_UNTIL =
      ProcessVariable.date("prepaidUntil");
  /** The part of a deposit not yet deducted from a periodic invoice, excl. VAT (string). */
  public static final ProcessVariable<BigDecimal> DEPOSIT_REMAINDER =
      ProcessVariable.decimal("depositRemainderExclVat");
  /** ISO date: the last day of the running term (null: no term). */
  public static final ProcessVariable<LocalDate> TERM_END = ProcessVariable.date("termEnd");
  /** ISO date: the next anniversary J. */
  public static final ProcessVariable<LocalDate> ANNIVERSARY =
      ProcessVariable.date("anniversaryDate");
  /** The steps of the running contract year already done (comma-separated step names). */
  public static final ProcessVariable<String> YEAR_STEPS_DONE =
      ProcessVariable.text("yearStepsDone");
  /** The invoice renewing a contract that is not renewed tacitly (BDB-13.3). */
  public static final ProcessVariable<String> RENEWAL_INVOICE_NUMBER =
      ProcessVariable.text("renewalInvoiceNumber");
  /** The next step ({@link SubscriptionSchedule.StepType}) and its ISO date; null: none left. */
  public static final ProcessVariable<SubscriptionSchedule.StepType> NEXT_STEP =
      ProcessVariable.oneOf("nextStep", SubscriptionSchedule.StepType.class);
  public static final ProcessVariable<LocalDate> NEXT_STEP_DATE =
      ProcessVariable.date("nextStepDate");
  /** Boolean: the step just run asks sales for a buy-out quote (BDB-R10). */
  public static final ProcessVariable<Boolean> BUY_OUT_DUE = ProcessVariable.flag("buyOutDue");
  /** The régie rate indexed on the last anniversary (VIR-8), with its index values. */
  public static final ProcessVariable<BigDecimal> REGIE_RATE =
      ProcessVariable.decimal("regieRateExclVat");
  public static final ProcessVariable<String> REGIE_RATE_INDEXATION =
      ProcessVariable.text("regieRateIndexation");
  /** Buy-out form (BDB-R10). */
  public static final ProcessVariable<BigDecimal> BUY_OUT_PRICE =
      ProcessVariable.decimal("buyOutPriceExclVat");
  /** Preventive visits (BDB-13.2). */
  public static final ProcessVariable<Boolean> VISITS_DUE = ProcessVariable.flag("visitsDue");
  public static final ProcessVariable<Integer> VISIT_INDEX = ProcessVariable.integer("visitIndex");
  public static final ProcessVariable<LocalDate> VISIT_MONTH_START =
      ProcessVariable.date("visitMonthStart");
  public static final ProcessVariable<LocalDate> VISIT_DUE_DATE =
      ProcessVariable.date("visitDueDate");
  public static final ProcessVariable<String> VISIT_DEADLINE_KEY =
      ProcessVariable.text("visitDeadlineKey");
  /** ISO date: the anniversary ending the contract year a buy-out quote is asked for. */
  public static final ProcessVariable<LocalDate> BUY_OUT_ANNIVERSARY =
      ProcessVariable.date("buyOutAnniversary");
  public static final ProcessVariable<BigDecimal> BUY_OUT_NET_AMOUNT =
      ProcessVariable.decimal("buyOutNetAmount");

  // --- messages --------------------------------------------------------------------------
  public static final String MESSAGE_SERVICES_SUSPENDED = ProcessVariables.MESSAGE_SERVICES_SUSPENDED;
  public static final String MESSAGE_SERVICES_RESTORED = ProcessVariables.MESSAGE_SERVICES_RESTORED;
  public static final String MESSAGE_CONTRACT_RESOLVED = ProcessVariables.MESSAGE_CONTRACT_RESOLVED;
  /**
   * The contract is over ({@link ProcessVariables#MESSAGE_CONTRACT_CLOSED}): event subprocess
   * "Contract closed", which stops the subscription (interrupting).
   */
  public static final String MESSAGE_CONTRACT_CLOSED = ProcessVariables.MESSAGE_CONTRACT_CLOSED;
  /** Payload of {@link #MESSAGE_CONTRACT_CLOSED}: how the contract closed. */
  public static final ProcessVariable<ContractStatus> CONTRACT_CLOSED_AS =
      ProcessVariable.oneOf(ProcessVariables.CONTRACT_CLOSED_AS, ContractStatus.class);
  /** Payload of the payment process's messages (see {@link ProcessVariables}). */
  public static final ProcessVariable<LocalDate> SUSPENDED_ON = ProcessVariable.date("suspendedOn");
  public static final ProcessVariable<LocalDate> RESTORED_ON = ProcessVariable.date("restoredOn");
  public static final ProcessVariable<LocalDate> RESOLVED_ON = ProcessVariable.date("resolvedOn");
  public static final ProcessVariable<String> CLAUSE = ProcessVariable.text("clause");
  /** Carried by {@value #MESSAGE_CONTRACT_RESOLVED}: the indemnity invoice (WJA-12), if any. */
  public static final ProcessVariable<String> INDEMNITY_INVOICE_NUMBER =
      ProcessVariable.text("indemnityInvoiceNumber");

  /** Inputs of the follow-up form ({@code task-overdue-follow-up}): the late task, due since. */
  public static final ProcessVariable<String> OVERDUE_TASK = ProcessVariable.text("overdueTask");
  public static final ProcessVariable<LocalDate> OVERDUE_SINCE =
      ProcessVariable.date("overdueSince");

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
  /** "Contract closed": the one end-of-contract message; interrupting, ends the schedule and the visits. */
  public static final String SUBPROCESS_CONTRACT_CLOSED = "SubProcess_ContractClosed";
  public static final String END_SUBSCRIPTION_ENDED = "EndEvent_SubscriptionEnded";
  public static final String END_RENEWAL_PRICE_SET = "EndEvent_RenewalPriceSet";
  public static final String END_BUY_OUT_QUOTE_SENT = "EndEvent_BuyOutQuoteSent";
  public static final String END_NO_BUY_OUT = "EndEvent_NoBuyOut";
  public static final String END_NO_VISITS = "EndEvent_NoVisits";
  public static final String TASK_PLAN_VISIT = "Task_PlanVisit";
  public static final String TIMER_VISIT_OVERDUE = "BoundaryEvent_VisitOverdue";
  public static final String END_VISIT_MADE = "EndEvent_VisitMade";
  public static final String END_VISIT_FOLLOWED_UP = "EndEvent_VisitFollowedUp";
  /** Escalation of a late "Prepare buy-out quote" (issue 11 item 9). */
  public static final String SUBPROCESS_BUY_OUT_QUOTE = "SubProcess_BuyOutQuote";
  public static final String END_BUY_OUT_QUOTE_PREPARED = "EndEvent_BuyOutQuotePrepared";
  public static final String BOUNDARY_BUY_OUT_QUOTE_OVERDUE = "BoundaryEvent_BuyOutQuoteOverdue";
  public static final String TASK_FOLLOW_UP_BUY_OUT_QUOTE = "Task_FollowUpBuyOutQuote";
  public static final String END_BUY_OUT_QUOTE_FOLLOWED_UP = "EndEvent_BuyOutQuoteFollowedUp";
  public static final String END_MONTH_VISIT_DONE = "EndEvent_MonthVisitDone";
  public static final String END_SUSPENSION_RECORDED = "EndEvent_SuspensionRecorded";
  public static final String END_RESTORATION_RECORDED = "EndEvent_RestorationRecorded";
  public static final String END_INTERRUPTION_RECORDED = "EndEvent_InterruptionRecorded";
  public static final String END_INTERRUPTION_COMPENSATED = "EndEvent_InterruptionCompensated";
  public static final String END_HANDED_OVER = "EndEvent_HandedOver";

  private SubscriptionVariables() {}

}
