package be.contractflow.process.termination;

import be.contractflow.process.ContractLifecycle;
import be.contractflow.process.ProcessVariables;
import be.contractflow.terms.TermsService;

/**
 * The {@code termination} process ({@code bpmn/termination.bpmn}): key, variables and element ids.
 * Business key = contract number; dates are ISO strings.
 */
public final class TerminationVariables {

  public static final String PROCESS_KEY = "termination";

  // --- variables set at start (TerminationService#start) --------------------------------------
  public static final String CONTRACT_NUMBER = ProcessVariables.CONTRACT_NUMBER;
  public static final String CLIENT_ID = ContractLifecycle.CLIENT_ID;
  public static final String TERMS_PROFILE = TermsService.TERMS_PROFILE;
  public static final String CLIENT_TYPE = TermsService.CLIENT_TYPE;
  public static final String CONTRACT_KIND = TermsService.CONTRACT_KIND;
  /** {@link TerminationGround} name. */
  public static final String GROUND = "terminationGround";
  /** ISO date the request was made (the event date: postmark, email date, decision date). */
  public static final String REQUESTED_ON = "requestedOn";
  /** {@code CLIENT} or {@code PROVIDER}. */
  public static final String REQUESTED_BY = "requestedBy";
  public static final String REQUEST_CHANNEL = "requestChannel";
  public static final String REQUEST_REASON = "requestReason";
  /** ISO date: the last day the contract runs; the timer fires at 24:00 that day. */
  public static final String EFFECTIVE_END_DATE = "effectiveEndDate";
  /** The clause that sets the effective end date. */
  public static final String CLAUSE = "terminationClause";
  /** Why the end date is what it is (said in TERMINATION_CONFIRMED). */
  public static final String EXPLANATION = "terminationExplanation";
  /**
   * The same in the client's language: a {@link be.contractflow.notice.NoticeText} as {@link
   * be.contractflow.notice.NoticeText#toVariable()} writes it.
   */
  public static final String WHY = "terminationWhy";
  /** Boolean: the contract ends on the request date itself. */
  public static final String ENDS_AT_ONCE = "endsAtOnce";
  /** Boolean: hosting stops and the site is stored until the end (BDB-R13.1). */
  public static final String STORE_SITE = "storeSite";
  /** Deadline key met when "Take the site offline and store it" is completed. */
  public static final String SITE_OFFLINE_DEADLINE_KEY = "siteOfflineDeadlineKey";
  /** Deadline key met when "Stop the services" is completed. */
  public static final String SERVICES_STOPPED_DEADLINE_KEY = "servicesStoppedDeadlineKey";

  // --- element ids -----------------------------------------------------------------------
  public static final String START_TERMINATION_REQUESTED = "StartEvent_TerminationRequested";
  public static final String TASK_CONFIRM_TERMINATION = "Task_ConfirmTermination";
  public static final String TASK_STORE_SITE = "Task_StoreSite";
  /** Escalation of a late "Take the site offline and store it" (issue 11 item 9). */
  public static final String TASK_FOLLOW_UP_STORE_SITE = "Task_FollowUpStoreSite";
  public static final String TASK_FOLLOW_UP_STOP_SERVICES = "Task_FollowUpStopServices";
  public static final String TIMER_EFFECTIVE_END = "TimerEvent_EffectiveEndReached";
  public static final String TASK_END_CONTRACT = "Task_EndContract";
  public static final String TASK_STOP_SERVICES = "Task_StopServices";
  public static final String END_CONTRACT_ENDED = "EndEvent_ContractEnded";
  public static final String BOUNDARY_STOP_SERVICES_OVERDUE = "BoundaryEvent_StopServicesOverdue";
  public static final String BOUNDARY_STORE_SITE_OVERDUE = "BoundaryEvent_StoreSiteOverdue";
  public static final String BOUNDARY_ENDED_BEFORE_STORED = "BoundaryEvent_EndedBeforeStored";
  public static final String END_SITE_STORED = "EndEvent_SiteStored";
  public static final String END_NO_SITE_TO_STORE = "EndEvent_NoSiteToStore";
  public static final String END_SITE_LEFT_TO_SERVICES_STOP = "EndEvent_SiteLeftToServicesStop";
  public static final String END_STORE_SITE_FOLLOWED_UP = "EndEvent_StoreSiteFollowedUp";
  public static final String END_STOP_SERVICES_FOLLOWED_UP = "EndEvent_StopServicesFollowedUp";

  private TerminationVariables() {}

}
