package be.contractflow.ledger;

import java.time.LocalDate;

/**
 * A contractual deadline of a contract (or one of its invoices): the same date the BPMN timer or
 * task due date uses, with the clause that sets it.
 */
public record Deadline(
    String key,
    String contractNumber,
    String invoiceNumber,
    String clause,
    String name,
    LocalDate dueDate,
    Status status) {

  /** The kind of deadline its key names (every recorded deadline has one). */
  public DeadlineKind kind() {
    return DeadlineKind.of(key).orElseThrow(
        () -> new IllegalStateException("Deadline " + key + " belongs to no DeadlineKind"));
  }

  public enum Status {
    PENDING, MET, MISSED, CANCELLED
  }
}
