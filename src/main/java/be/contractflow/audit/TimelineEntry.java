package be.contractflow.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One line of a contract's audit timeline: what happened, when, who did it, and under which
 * version of which model or clause.
 */
public record TimelineEntry(
    OffsetDateTime at,
    Kind kind,
    String name,
    String process,
    String source,
    String who,
    Map<String, Object> details) {

  public enum Kind {
    PROCESS_STARTED, PROCESS_ENDED, STEP, TASK_CREATED, TASK_COMPLETED, TIMER_SET, TIMER_FIRED,
    DECISION, NOTICE_ISSUED, NOTICE_SENT, INVOICE_ISSUED, PAYMENT_RECORDED, CREDIT_NOTE_ISSUED,
    CHARGES_WAIVED
  }
}
