package be.contractflow.ledger;

import java.time.LocalDate;

/**
 * How far the dunning of an invoice has gone, as far as the amounts owed depend on it: the free
 * first reminder a consumer must receive before anything beyond the principal is claimed (CEL
 * Book XIX), and the waivers staff recorded with their reasons.
 */
public record DunningState(
    LocalDate firstReminderDate,
    ReminderChannel firstReminderChannel,
    String interestWaivedReason,
    String indemnityWaivedReason) {

  public static final DunningState NONE = new DunningState(null, null, null, null);

  /** An email reminder starts the 14 days the next day; a posted one on the 3rd business day. */
  public enum ReminderChannel {
    EMAIL, POST
  }
}
