package be.contractflow.process.delivery;

import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.DeadlineKind;
import be.contractflow.terms.Terms;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates of a site being built, pure: from the terms' delivery section, the day counted from
 * and the business calendar ({@link BusinessCalendar#afterBusinessDays}: the event day never
 * counts, weekends and Belgian public holidays are skipped). BDB-6.3 makes both a contractual
 * deadline (10 business days each); terms without such a period (VIR-3.2, WJA-14: indicative)
 * get a follow-up date only, from the application's default, and no deadline.
 */
public final class ProductionDates {

  /**
   * One date of the build.
   *
   * @param kind the deadline it records, null when it is a follow-up date only
   * @param key the deadline key, null when it is a follow-up date only
   * @param clause the clause that sets it (null for a follow-up date)
   * @param offset how it was counted ("10 business days")
   */
  public record Due(DeadlineKind kind, String key, String clause, String label, LocalDate date,
      String offset) {

    public boolean isDeadline() {
      return kind != null;
    }
  }

  private ProductionDates() {}

  /**
   * BDB-6.3: the client's contents are due {@code contentsDueBusinessDays} business days after
   * {@code requestedOn}; without such a period, a follow-up after {@code defaultBusinessDays}.
   */
  public static Due contentsDue(BusinessCalendar calendar, Terms.Delivery d, String contractNumber,
      LocalDate requestedOn, int defaultBusinessDays) {
    Objects.requireNonNull(requestedOn, "requestedOn");
    if (d.contentsDueBusinessDays() != null) {
      return due(calendar, DeadlineKind.CONTENTS, DeadlineKind.CONTENTS.key(contractNumber),
          d.contentsClause(), "Client contents due", requestedOn, d.contentsDueBusinessDays());
    }
    return due(calendar, null, null, null, "Client contents followed up", requestedOn,
        defaultBusinessDays);
  }

  /**
   * BDB-6.3: the site is due {@code deliveryBusinessDays} business days after the contents were
   * received on {@code receivedOn}; without such a period, a build date after {@code
   * defaultBusinessDays}.
   */
  public static Due buildDue(BusinessCalendar calendar, Terms.Delivery d, String contractNumber,
      LocalDate receivedOn, int defaultBusinessDays) {
    Objects.requireNonNull(receivedOn, "receivedOn");
    if (d.deliveryBusinessDays() != null) {
      return due(calendar, DeadlineKind.BUILD, DeadlineKind.BUILD.key(contractNumber),
          d.contentsClause(), "Site delivery due", receivedOn, d.deliveryBusinessDays());
    }
    return due(calendar, null, null, null, "Site build planned", receivedOn, defaultBusinessDays);
  }

  private static Due due(BusinessCalendar calendar, DeadlineKind kind, String key, String clause,
      String label, LocalDate from, int businessDays) {
    return new Due(kind, key, clause, label, calendar.afterBusinessDays(from, businessDays),
        businessDays + " business days");
  }
}
