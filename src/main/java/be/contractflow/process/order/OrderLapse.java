package be.contractflow.process.order;

import be.contractflow.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When an order whose deposit concludes it (WJA-2, BDB-8.1) lapses unpaid: at the end of the
 * later of the quote's validity end (BDB-5.2a, or the terms' validity, else the reading's one
 * month) and the deposit's due date, rolled to a business day (art. 1.7). Not before the validity
 * end: the client may still conclude the order as long as the offer holds; not before the due
 * date: the deposit the agency itself set a term for may be paid until that term ends
 * (docs/READINGS.md "WJA-2 / BDB-8.1: an order whose deposit is never paid"). Pure: no clock, no
 * ledger.
 *
 * @param lapsesOn the last day the deposit may be paid; the lapse timer fires at 24:00 that day
 * @param clause the clause that makes the deposit a condition of the order (WJA-2, BDB-8.1)
 * @param quoteValidUntil input: the last day of the quote's validity
 * @param depositDueDate input: the deposit's due date
 */
public record OrderLapse(LocalDate lapsesOn, String clause, LocalDate quoteValidUntil,
    LocalDate depositDueDate) {

  public OrderLapse {
    Objects.requireNonNull(lapsesOn, "lapsesOn");
    Objects.requireNonNull(clause, "clause");
  }

  /** The lapse of an order concluded by its deposit (the later date, rolled to a business day). */
  public static OrderLapse of(LocalDate quoteValidUntil, LocalDate depositDueDate, String clause,
      BusinessCalendar calendar) {
    Objects.requireNonNull(quoteValidUntil, "quoteValidUntil");
    Objects.requireNonNull(depositDueDate, "depositDueDate");
    LocalDate later = depositDueDate.isAfter(quoteValidUntil) ? depositDueDate : quoteValidUntil;
    return new OrderLapse(calendar.rollForward(later), clause, quoteValidUntil, depositDueDate);
  }

  /** Which of the two dates set the lapse, for the deadline's name and the audit. */
  public boolean setByDueDate() {
    return depositDueDate.isAfter(quoteValidUntil);
  }
}
