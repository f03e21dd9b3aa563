package be.contractflow.process.termination;

import be.contractflow.ledger.Party;
import be.contractflow.notice.NoticeText;
import be.contractflow.process.ProcessVariable;
import be.contractflow.process.ProcessVariables;
import java.time.LocalDate;

/**
 * The {@code termination} process ({@code bpmn/termination.bpmn}): key, variables and element ids.
 * Business key = contract number. Every variable is a typed {@link ProcessVariable}.
 */
public final class TerminationVariables {

  public static final String PROCESS_KEY = "termination";

  // --- variables set at start (TerminationService#start) --------------------------------------
  public static final ProcessVariable<String> CONTRACT_NUMBER =
      ProcessVariable.text(ProcessVariables.CONTRACT_NUMBER);
  public static final ProcessVariable<TerminationGround> GROUND =
      ProcessVariable.oneOf("terminationGround", TerminationGround.class);
  /** The day the request was made (the event date: postmark, email date, decision date). */
  public static final ProcessVariable<LocalDate> REQUESTED_ON = ProcessVariable.date("requestedOn");
  public static final ProcessVariable<Party> REQUESTED_BY =
      ProcessVariable.oneOf("requestedBy", Party.class);
  public static final ProcessVariable<String> REQUEST_CHANNEL =
      ProcessVariable.text("requestChannel");
  public static final ProcessVariable<String> REQUEST_REASON = ProcessVariable.text("requestReason");
  /** The last day the contract runs; the timer fires at 24:00 that day. */
  public static final ProcessVariable<LocalDate> EFFECTIVE_END_DATE =
      ProcessVariable.date("effectiveEndDate");
  /** The clause that sets the effective end date. */
  public static final ProcessVariable<String> CLAUSE = ProcessVariable.text("terminationClause");
  /** Why the end date is what it is (said in TERMINATION_CONFIRMED). */
  public static final ProcessVariable<String> EXPLANATION =
      ProcessVariable.text("terminationExplanation");
  /** The same in the client's language. */
  public static final ProcessVariable<NoticeText> WHY = ProcessVariable.noticeText("terminationWhy");
  /** The contract ends on the request date itself. */
  public static final ProcessVariable<Boolean> ENDS_AT_ONCE = ProcessVariable.flag("endsAtOnce");
  /** Hosting stops and the site is stored until the end (BDB-R13.1). */
  public static final ProcessVariable<Boolean> STORE_SITE = ProcessVariable.flag("storeSite");
  /** Deadline key met when "Take the site offline and store it" is completed. */
  public static final ProcessVariable<String> SITE_OFFLINE_DEADLINE_KEY =
      ProcessVariable.text("siteOfflineDeadlineKey");
  /** Deadline key met when "Stop the services" is completed. */
  public static final ProcessVariable<String> SERVICES_STOPPED_DEADLINE_KEY =
      ProcessVariable.text("servicesStoppedDeadlineKey");

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
