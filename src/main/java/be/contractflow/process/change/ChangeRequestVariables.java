package be.contractflow.process.change;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import be.contractflow.process.Channel;
import be.contractflow.process.ContractLifecycle;
import be.contractflow.process.ProcessVariable;
import be.contractflow.process.ProcessVariables;
import be.contractflow.terms.TermsService;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The {@code change-request} process ({@code bpmn/change-request.bpmn}): key, variable names,
 * messages and element ids. Every variable is a typed {@link ProcessVariable}.
 */
public final class ChangeRequestVariables {

  public static final String PROCESS_KEY = "change-request";

  // --- start variables (business key = contract number + "-" + sequence) ----------------
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
  public static final ProcessVariable<Long> SEQUENCE =
      ProcessVariable.count("changeRequestSequence");
  public static final ProcessVariable<LocalDate> REQUEST_DATE = ProcessVariable.date("requestDate");
  public static final ProcessVariable<Channel> REQUEST_CHANNEL =
      ProcessVariable.oneOf("requestChannel", Channel.class);
  public static final ProcessVariable<String> REQUEST_DESCRIPTION =
      ProcessVariable.text("requestDescription");

  // --- written by the process ------------------------------------------------------------
  /** The hourly rate prefilled on the assessment form (VIR-8 indexed, WJA-4 quote rate). */
  public static final ProcessVariable<BigDecimal> HOURLY_RATE_EXCL_VAT =
      ProcessVariable.decimal("hourlyRateExclVat");
  public static final ProcessVariable<String> HOURLY_RATE_CLAUSE =
      ProcessVariable.text("hourlyRateClause");
  /** Assessment form: FREE, OFFER or REFUSE. */
  public static final ProcessVariable<String> DECISION = ProcessVariable.text("decision");
  public static final ProcessVariable<String> OFFER_DESCRIPTION =
      ProcessVariable.text("offerDescription");
  public static final ProcessVariable<BigDecimal> ESTIMATED_HOURS =
      ProcessVariable.decimal("estimatedHours");
  public static final ProcessVariable<String> SCHEDULE_IMPACT =
      ProcessVariable.text("scheduleImpact");
  public static final ProcessVariable<Integer> DEFAULT_OFFER_VALIDITY_MONTHS =
      ProcessVariable.integer("defaultOfferValidityMonths");
  public static final ProcessVariable<BigDecimal> OFFER_TOTAL_EXCL_VAT =
      ProcessVariable.decimal("offerTotalExclVat");
  public static final ProcessVariable<LocalDate> OFFER_VALID_UNTIL =
      ProcessVariable.date("offerValidUntil");
  public static final ProcessVariable<String> OFFER_DEADLINE_KEY =
      ProcessVariable.text("offerDeadlineKey");
  /** Offer answer form. */
  public static final ProcessVariable<Boolean> OFFER_ACCEPTED =
      ProcessVariable.flag("offerAccepted");
  /** Booleans from the terms (BDB-11.3). */
  public static final ProcessVariable<Boolean> PAID_BEFORE_WORK =
      ProcessVariable.flag("paidBeforeWork");
  public static final ProcessVariable<Boolean> ELEMENTS_AWAITED =
      ProcessVariable.flag("elementsAwaited");
  /** The change invoice the process waits for (InvoiceSettled correlates on it). */
  public static final ProcessVariable<String> INVOICE_NUMBER =
      ProcessVariable.text(ProcessVariables.INVOICE_NUMBER);
  public static final ProcessVariable<LocalDate> PAID_ON = ProcessVariable.date("paidOn");
  public static final ProcessVariable<LocalDate> ELEMENTS_RECEIVED_ON =
      ProcessVariable.date("elementsReceivedOn");
  public static final ProcessVariable<Integer> DEFAULT_WORK_BUSINESS_DAYS =
      ProcessVariable.integer("defaultWorkBusinessDays");
  /**
   * BDB-11.3 input of Task_ScheduleChangeWork: business days after a payment received later than
   * the period from the elements by which the work starts (docs/READINGS.md).
   */
  public static final ProcessVariable<Integer> AFTER_LATE_PAYMENT_BUSINESS_DAYS =
      ProcessVariable.integer("afterLatePaymentBusinessDays");
  /** Escalation of a late "Make change" (issue 11 item 9). */
  public static final String TASK_FOLLOW_UP_MAKE_CHANGE = "Task_FollowUpMakeChange";
  public static final ProcessVariable<LocalDate> WORK_START_DUE =
      ProcessVariable.date("workStartDue");
  public static final ProcessVariable<String> WORK_START_DEADLINE_KEY =
      ProcessVariable.text("workStartDeadlineKey");
  /** Make change form. */
  public static final ProcessVariable<LocalDate> WORK_STARTED_ON =
      ProcessVariable.date("workStartedOn");

  // --- messages ----------------------------------------------------------------------------
  public static final String MESSAGE_CHANGE_REQUEST = "CHANGE_REQUEST";
  public static final String MESSAGE_INVOICE_SETTLED = ProcessVariables.MESSAGE_INVOICE_SETTLED;
  public static final String MESSAGE_ELEMENTS_RECEIVED = "CONTENTS_RECEIVED";
  /** The contract ENDED, was CANCELLED or WITHDRAWN: the change request is closed. */
  public static final String MESSAGE_CONTRACT_CLOSED = ProcessVariables.MESSAGE_CONTRACT_CLOSED;
  /** The contract status that closed the change request ({@code ENDED}, {@code CANCELLED}...). */
  public static final ProcessVariable<String> CONTRACT_CLOSED_AS =
      ProcessVariable.text(ProcessVariables.CONTRACT_CLOSED_AS);

  /** Inputs of the follow-up form ({@code task-overdue-follow-up}): the late task, due since. */
  public static final ProcessVariable<String> OVERDUE_TASK = ProcessVariable.text("overdueTask");
  public static final ProcessVariable<LocalDate> OVERDUE_SINCE =
      ProcessVariable.date("overdueSince");

  // --- element ids -------------------------------------------------------------------------
  public static final String START_CHANGE_REQUESTED = "StartEvent_ChangeRequested";
  public static final String TASK_COMPUTE_HOURLY_RATE = "Task_ComputeHourlyRate";
  public static final String TASK_ASSESS = "Task_AssessChangeRequest";
  public static final String TASK_MAKE_FREE_CHANGE = "Task_MakeFreeChange";
  public static final String END_CHANGE_DONE_FREE = "EndEvent_ChangeDoneFree";
  public static final String END_CHANGE_REFUSED = "EndEvent_ChangeRefused";
  public static final String TASK_SEND_CHANGE_OFFER = "Task_SendChangeOffer";
  public static final String TASK_RECORD_OFFER_ANSWER = "Task_RecordOfferAnswer";
  public static final String BOUNDARY_OFFER_LAPSED = "BoundaryEvent_OfferLapsed";
  public static final String END_OFFER_DECLINED = "EndEvent_OfferDeclined";
  public static final String TASK_ISSUE_CHANGE_INVOICE = "Task_IssueChangeInvoice";
  public static final String EVENT_CHANGE_INVOICE_SETTLED = "MessageEvent_ChangeInvoiceSettled";
  public static final String EVENT_ELEMENTS_RECEIVED = "MessageEvent_ElementsReceived";
  public static final String TASK_SCHEDULE_CHANGE_WORK = "Task_ScheduleChangeWork";
  public static final String TASK_MAKE_CHANGE = "Task_MakeChange";
  public static final String TASK_INVOICE_CHANGE_WORK = "Task_InvoiceChangeWork";
  public static final String END_CHANGE_DONE = "EndEvent_ChangeDone";
  public static final String TASK_CLOSE_CHANGE_REQUEST = "Task_CloseChangeRequest";
  public static final String END_CHANGE_REQUEST_CLOSED = "EndEvent_ChangeRequestClosed";
  public static final String END_OFFER_LAPSED = "EndEvent_OfferLapsed";
  public static final String BOUNDARY_MAKE_CHANGE_OVERDUE = "BoundaryEvent_MakeChangeOverdue";
  public static final String END_MAKE_CHANGE_FOLLOWED_UP = "EndEvent_MakeChangeFollowedUp";
  public static final String SUBPROCESS_CONTRACT_CLOSED = "SubProcess_ContractClosed";
  /** Escalation of a late "Assess change request" and "Make change free of charge" (issue 11 item 9). */
  public static final String SUBPROCESS_CHANGE_ASSESSMENT = "SubProcess_ChangeAssessment";
  public static final String END_CHANGE_REQUEST_ASSESSED = "EndEvent_ChangeRequestAssessed";
  public static final String BOUNDARY_ASSESS_CHANGE_OVERDUE = "BoundaryEvent_AssessChangeOverdue";
  public static final String TASK_FOLLOW_UP_ASSESS_CHANGE = "Task_FollowUpAssessChange";
  public static final String END_ASSESS_CHANGE_FOLLOWED_UP = "EndEvent_AssessChangeFollowedUp";
  public static final String BOUNDARY_FREE_CHANGE_OVERDUE = "BoundaryEvent_FreeChangeOverdue";
  public static final String TASK_FOLLOW_UP_FREE_CHANGE = "Task_FollowUpFreeChange";
  public static final String END_FREE_CHANGE_FOLLOWED_UP = "EndEvent_FreeChangeFollowedUp";

  private ChangeRequestVariables() {}

  public static String businessKey(String contractNumber, long sequence) {
    return contractNumber + "-" + sequence;
  }

}
