package be.contractflow.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One line of a contract's audit timeline: what happened, when, who did it, and under which
 * version of which model or clause.
 *
 * @param at when it happened (Europe/Brussels offset)
 * @param name what happened, in business words (element names, never element ids)
 * @param process the process definition it happened in, with its version ({@code order v2
 *     (1.0.0)}), null for ledger entries
 * @param source the clause or decision version behind it ({@code WJA-10b}, {@code terms-payment
 *     v2})
 * @param who the user who did it, or {@code system} for engine and scheduler work (with the job
 *     in {@code details.job} when a job ran it)
 * @param sequence the entry's position in causal order, from 1: entries with the same {@code at}
 *     are ordered by what caused what (an invoice after the step that issued it, before the
 *     payment process it starts)
 * @param noise gateways and internal steps an auditor rarely needs (hidden by default in the
 *     audit view)
 */
public record TimelineEntry(
    OffsetDateTime at,
    Kind kind,
    String name,
    String process,
    String source,
    String who,
    Map<String, Object> details,
    long sequence,
    boolean noise) {

  /** The user recorded for engine and scheduler work. */
  public static final String SYSTEM = "system";

  public TimelineEntry(OffsetDateTime at, Kind kind, String name, String process, String source,
      String who, Map<String, Object> details) {
    this(at, kind, name, process, source, who, details, 0, false);
  }

  TimelineEntry withSequence(long value) {
    return new TimelineEntry(at, kind, name, process, source, who, details, value, noise);
  }

  public enum Kind {
    PROCESS_STARTED, PROCESS_ENDED, STEP, TASK_CREATED, TASK_COMPLETED, TIMER_SET, TIMER_FIRED,
    DECISION, NOTICE_ISSUED, NOTICE_SENT, INVOICE_ISSUED, PAYMENT_RECORDED, CREDIT_NOTE_ISSUED,
    CHARGES_WAIVED, TERMS_PINNED, DEADLINE_SET, DEADLINE_MET, DEADLINE_MISSED, DEADLINE_CANCELLED
  }
}
