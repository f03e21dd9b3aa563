package be.contractflow.billing;

import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.DunningState;
import be.contractflow.money.Calculation;
import be.contractflow.money.Money;
import java.time.LocalDate;

/**
 * The reading of Book XIX of the Code of Economic Law (in force 1 Sept 2023) that contractflow
 * applies to consumer clients, kept in one place because it is the part of the law most likely to
 * be revised (CLAUSES.md, "Consumer clients"):
 *
 * <ul>
 *   <li>nothing beyond the principal may be claimed before a free first reminder and a wait of at
 *       least 14 calendar days, starting the day after an email reminder or on the 3rd business
 *       day after a posted one (art. XIX.2);
 *   <li>interest then counts from the first day of that wait (the agencies are SMEs), at no more
 *       than the statutory rate of each half-year; the flat indemnity is capped (art. XIX.4).
 * </ul>
 */
public final class ConsumerProtection {

  /** The clause id of the Book XIX free reminder, for notices and lines. */
  public static final String REMINDER_CLAUSE = "CEL-XIX.2";
  /** The wait after the free first reminder, in calendar days. */
  public static final int WAIT_DAYS = 14;
  /** A free reminder per calendar year and recurring contract beyond which a fee could be asked. */
  public static final int FREE_REMINDERS_PER_YEAR = 3;

  static final int POSTED_REMINDER_BUSINESS_DAYS = 3;

  private final BusinessCalendar calendar;

  ConsumerProtection(BusinessCalendar calendar) {
    this.calendar = calendar;
  }

  /** The first day of the 14-day wait, or {@code null} before the first reminder. */
  LocalDate waitStarts(DunningState dunning) {
    if (dunning.firstReminderDate() == null) {
      return null;
    }
    return dunning.firstReminderChannel() == DunningState.ReminderChannel.POST
        ? calendar.afterBusinessDays(dunning.firstReminderDate(), POSTED_REMINDER_BUSINESS_DAYS)
        : dunning.firstReminderDate().plusDays(1);
  }

  /** The first day interest and indemnity may be claimed: after the 14 days of the wait. */
  LocalDate claimableFrom(DunningState dunning) {
    LocalDate start = waitStarts(dunning);
    return start == null ? null : start.plusDays(WAIT_DAYS);
  }

  /** Interest counts from the first day of the wait: the last day without it is the day before. */
  LocalDate interestAccruesAfter(DunningState dunning) {
    return waitStarts(dunning).minusDays(1);
  }

  Calculation nothingYet(String clause, String what, DunningState dunning, LocalDate claimable) {
    return new Calculation(REMINDER_CLAUSE,
        what + " not claimable yet from a consumer (" + clause + " applies after the wait)",
        Money.ZERO,
        SettlementService.inputs(
            "firstReminderDate", dunning.firstReminderDate() == null ? "none sent"
                : dunning.firstReminderDate(),
            "firstReminderChannel", dunning.firstReminderChannel() == null ? null
                : dunning.firstReminderChannel().name(),
            "waitDays", WAIT_DAYS,
            "claimableFrom", claimable == null ? "14 days after a free first reminder" : claimable,
            "rule", "CEL Book XIX: a free first reminder and 14 days before anything beyond the "
                + "principal"));
  }
}
