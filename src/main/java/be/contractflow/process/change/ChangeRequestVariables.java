package be.contractflow.process.change;

import be.contractflow.process.ContractLifecycle;
import be.contractflow.process.ProcessVariables;
import be.contractflow.terms.TermsService;

/**
 * The {@code change-request} process ({@code bpmn/change-request.bpmn}): key, variable names,
 * messages and element ids. Dates are ISO strings, amounts strings with two decimals.
 */
public final class ChangeRequestVariables {

  public static final String PROCESS_KEY = "change-request";

  // --- start variables (business key = contract number + "-" + sequence) ----------------
  public static final String CONTRACT_NUMBER = ProcessVariables.CONTRACT_NUMBER;
  public static final String CLIENT_ID = ContractLifecycle.CLIENT_ID;
  public static final String TERMS_PROFILE = TermsService.TERMS_PROFILE;
  public static final String CLIENT_TYPE = TermsService.CLIENT_TYPE;
  public static final String CONTRACT_KIND = TermsService.CONTRACT_KIND;
  public static final String SEQUENCE = "changeRequestSequence";
  public static final String REQUEST_DATE = "requestDate";
  public static final String REQUEST_CHANNEL = "requestChannel";
  public static final String REQUEST_DESCRIPTION = "requestDescription";

  // --- written by the process ------------------------------------------------------------
  /** The hourly rate prefilled on the assessment form (VIR-8 indexed, WJA-4 quote rate). */
  public static final String HOURLY_RATE_EXCL_VAT = "hourlyRateExclVat";
  public static final String HOURLY_RATE_CLAUSE = "hourlyRateClause";
  /** Assessment form: FREE, OFFER or REFUSE. */
  public static final String DECISION = "decision";
  public static final String OFFER_DESCRIPTION = "offerDescription";
  public static final String ESTIMATED_HOURS = "estimatedHours";
  public static final String SCHEDULE_IMPACT = "scheduleImpact";
  public static final String DEFAULT_OFFER_VALIDITY_MONTHS = "defaultOfferValidityMonths";
  public static final String OFFER_TOTAL_EXCL_VAT = "offerTotalExclVat";
  public static final String OFFER_VALID_UNTIL = "offerValidUntil";
  public static final String OFFER_DEADLINE_KEY = "offerDeadlineKey";
  /** Offer answer form. */
  public static final String OFFER_ACCEPTED = "offerAccepted";
  /** Booleans from the terms (BDB-11.3). */
  public static final String PAID_BEFORE_WORK = "paidBeforeWork";
  public static final String ELEMENTS_AWAITED = "elementsAwaited";
  /** The change invoice the process waits for (InvoiceSettled correlates on it). */
  public static final String INVOICE_NUMBER = ProcessVariables.INVOICE_NUMBER;
  public static final String PAID_ON = "paidOn";
  public static final String ELEMENTS_RECEIVED_ON = "elementsReceivedOn";
  public static final String DEFAULT_WORK_BUSINESS_DAYS = "defaultWorkBusinessDays";
  /**
   * BDB-11.3 input of Task_ScheduleChangeWork: business days after a payment received later than
   * the period from the elements by which the work starts (docs/READINGS.md).
   */
  public static final String AFTER_LATE_PAYMENT_BUSINESS_DAYS = "afterLatePaymentBusinessDays";
  /** Escalation of a late "Make change" (issue 11 item 9). */
  public static final String TASK_FOLLOW_UP_MAKE_CHANGE = "Task_FollowUpMakeChange";
  public static final String WORK_START_DUE = "workStartDue";
  public static final String WORK_START_DEADLINE_KEY = "workStartDeadlineKey";
  /** Make change form. */
  public static final String WORK_STARTED_ON = "workStartedOn";

  // --- messages ----------------------------------------------------------------------------
  public static final String MESSAGE_CHANGE_REQUEST = "CHANGE_REQUEST";
  public static final String MESSAGE_INVOICE_SETTLED = ProcessVariables.MESSAGE_INVOICE_SETTLED;
  public static final String MESSAGE_ELEMENTS_RECEIVED = "CONTENTS_RECEIVED";
  /** The contract ENDED, was CANCELLED or WITHDRAWN: the change request is closed. */
  public static final String MESSAGE_CONTRACT_CLOSED = ProcessVariables.MESSAGE_CONTRACT_CLOSED;
  /** The contract status that closed the change request ({@code ENDED}, {@code CANCELLED}...). */
  public static final String CONTRACT_CLOSED_AS = ProcessVariables.CONTRACT_CLOSED_AS;

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

  private ChangeRequestVariables() {}

  public static String businessKey(String contractNumber, long sequence) {
    return contractNumber + "-" + sequence;
  }

}
