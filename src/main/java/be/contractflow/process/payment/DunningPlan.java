package be.contractflow.process.payment;

import static be.contractflow.money.Calculation.inputs;

import be.contractflow.billing.ConsumerProtection;
import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.terms.Terms;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates of an invoice's dunning, pure: from the terms (decision {@code terms-dunning}), the
 * invoice's dates and the business calendar. A period in days ends on event + days, rolled forward
 * to a business day (art. 1.7, {@link BusinessCalendar#afterDays}); a day "after" such a period is
 * the day after that last day. Each date comes with its clause and the inputs it was counted from,
 * as an amount comes from a calculator; {@link DunningService} and {@link DefaultService} record
 * and send what this returns, and the {@code payment} model's timers wait on the same dates.
 *
 * <ul>
 *   <li>the reminder day: due date + the terms' delay (1 day when they set none), a calendar day
 *   <li>the suspension day (VIR-9, WJA-11, BDB-16.6, BDB-R5.2): the day after the terms' delay
 *       counted from the invoice date, the due date or the reminder (VIR-9: its proven sending)
 *   <li>the payment date a reminder states (VIR-4: 15 days; Book XIX: 14 days)
 *   <li>the expiry of a formal notice (WJA-12: 15 days from its posting)
 * </ul>
 */
public final class DunningPlan {

  /**
   * One date of the dunning.
   *
   * @param clause the clause that sets it
   * @param label what it is, for the reader
   * @param date the date
   * @param inputs what it was counted from (dates, days), insertion-ordered, unmodifiable
   */
  public record Dated(String clause, String label, LocalDate date, Map<String, Object> inputs) {

    public Dated {
      Objects.requireNonNull(date, "date");
      inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }
  }

  private DunningPlan() {}

  /** The reminder's clause: the terms' (VIR-4), else Book XIX's free first reminder. */
  public static String reminderClause(Terms.Dunning d) {
    return d.reminderClause() != null ? d.reminderClause() : ConsumerProtection.REMINDER_CLAUSE;
  }

  /**
   * The day the reminder is sent: the day it was already sent (a dunning resumed after a rejected
   * complaint keeps its original dates), else the due date + the terms' delay, 1 day when they set
   * none. A calendar day: a reminder may leave on any day.
   */
  public static Dated reminderDay(Terms.Dunning d, LocalDate dueDate, LocalDate alreadySentOn) {
    if (alreadySentOn != null) {
      return new Dated(reminderClause(d), "Reminder sent", alreadySentOn,
          inputs("sentOn", alreadySentOn));
    }
    int delay = d.reminderDelayDays() != null ? d.reminderDelayDays() : 1;
    return new Dated(reminderClause(d), "Reminder day", dueDate.plusDays(delay),
        inputs("dueDate", dueDate, "reminderDelayDays", delay));
  }

  /**
   * The first day services may be suspended, when the terms suspend them: the day after the
   * terms' delay counted from the day they name (invoice date, due date or reminder day).
   *
   * @return empty when the terms suspend nothing
   */
  public static Optional<Dated> suspensionDay(BusinessCalendar calendar, Terms.Dunning d,
      LocalDate issueDate, LocalDate dueDate, LocalDate reminderDay) {
    if (d.suspensionFrom() == null) {
      return Optional.empty();
    }
    LocalDate from = switch (d.suspensionFrom()) {
      case INVOICE_DATE -> issueDate;
      case DUE_DATE -> dueDate;
      case REMINDER_DATE -> reminderDay;
    };
    return Optional.of(suspensionCountedFrom(calendar, d, d.suspensionFrom().name(), from));
  }

  /**
   * VIR-9: the first day services may be suspended counted from the reminder's proven sending on
   * {@code sentOn} (terms that count from the reminder).
   */
  public static Dated suspensionAfterSending(BusinessCalendar calendar, Terms.Dunning d,
      LocalDate sentOn) {
    return suspensionCountedFrom(calendar, d, "REMINDER_SENT", sentOn);
  }

  /**
   * The payment date a reminder sent on {@code sentOn} states: the terms' days (VIR-4: 15), else
   * Book XIX's 14 days.
   */
  public static Dated reminderPaymentDate(BusinessCalendar calendar, Terms.Dunning d,
      LocalDate sentOn) {
    int days = d.reminderPaymentDays() != null ? d.reminderPaymentDays()
        : ConsumerProtection.WAIT_DAYS;
    return new Dated(reminderClause(d), "Payment date stated by the reminder",
        calendar.afterDays(sentOn, days), inputs("sentOn", sentOn, "reminderPaymentDays", days));
  }

  /** WJA-12: the last day of the period a formal notice posted on {@code postedOn} opens. */
  public static Dated formalNoticeExpiry(BusinessCalendar calendar, Terms.Dunning d,
      LocalDate postedOn) {
    int days = Objects.requireNonNull(d.formalNoticeResolutionDays(),
        "the terms set no formal notice period");
    return new Dated(d.resolutionClause(), "Formal notice expires",
        calendar.afterDays(postedOn, days),
        inputs("postedOn", postedOn, "formalNoticeResolutionDays", days));
  }

  private static Dated suspensionCountedFrom(BusinessCalendar calendar, Terms.Dunning d,
      String countedFrom, LocalDate from) {
    LocalDate lastDay = calendar.afterDays(from, d.suspensionDelayDays());
    return new Dated(d.suspensionClause(), "Services may be suspended from", lastDay.plusDays(1),
        inputs("countedFrom", countedFrom, "from", from, "suspensionDelayDays",
            d.suspensionDelayDays(), "lastDayOfTheDelay", lastDay));
  }
}
