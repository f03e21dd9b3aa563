package be.contractflow.process.subscription;

import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.terms.Terms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a subscription does next, and when: pure, from the terms and the subscription's state.
 * One timer per step keeps a contract's jobs few (a monthly rental: 12 invoices and one
 * anniversary a year). Periods run "de quantième à veille de quantième" from the contract start
 * ({@link BusinessCalendar#lastDayOfTerm}): from 31 January the first month ends on 28/29
 * February, the second on 30 March.
 */
public final class SubscriptionSchedule {

  /** The steps of a contract year, in the order they run when due the same day. */
  public enum StepType {
    /** BDB-16.2: sales set the next term's price before the tariff notice (terms offset, J−45) */
    RENEWAL_PRICE,
    /** BDB-16.2: the next term's price at J−30 */
    TARIFF,
    /** BDB-13.3: renewal reminder at J−15, with the renewal invoice */
    REMINDER,
    /** WJA-21: a domain not renewed falls into the public domain */
    DOMAIN_WARNING,
    /** BDB-R10: a buy-out quote at the end of a contract year, after the first */
    BUY_OUT,
    /** J: tacit renewal (WJA-21, BDB-R10), VIR-8 indexation, or BDB-13.3 closing if unpaid */
    ANNIVERSARY,
    /** BDB-13.4.1: definitive stop at J+15 when the renewal is still unpaid */
    STOP,
    /** a period's invoice in advance (BDB-R5.2, WJA-21, BDB-16.4, VIR-4) */
    INVOICE
  }

  /**
   * The subscription's state.
   *
   * @param debitDay the day of the month a monthly debit is taken for the next month (BDB-16.4)
   * @param prepaidUntil the last day invoiced
   * @param termEnd the last day of the running term, null when the contract has no term
   * @param anniversary the next anniversary J
   * @param done the steps of J already run
   * @param effectiveEnd the last day the contract runs, once a termination is known
   */
  public record State(LocalDate start, int periodMonths, Integer debitDay, LocalDate prepaidUntil,
      LocalDate termEnd, LocalDate anniversary, Set<StepType> done, LocalDate effectiveEnd) {}

  public record Step(StepType type, LocalDate date) {}

  private SubscriptionSchedule() {}

  /** The next step, or empty when nothing is left (the contract ends before any). */
  public static Optional<Step> next(BusinessCalendar calendar, Terms.Renewal rules, State s) {
    List<Step> due = new ArrayList<>();
    LocalDate j = s.anniversary();
    boolean reachesAnniversary = s.effectiveEnd() == null || !s.effectiveEnd().isBefore(j);
    boolean renewalNotices = !rules.tacitRenewal() && s.termEnd() != null;
    if (reachesAnniversary) {
      if (renewalNotices && rules.renewalPriceTaskOffsetDays() != null) {
        due.add(new Step(StepType.RENEWAL_PRICE, j.plusDays(rules.renewalPriceTaskOffsetDays())));
      }
      if (renewalNotices && rules.tariffNoticeOffsetDays() != null) {
        due.add(new Step(StepType.TARIFF, j.plusDays(rules.tariffNoticeOffsetDays())));
      }
      if (renewalNotices && rules.renewalReminderOffsetDays() != null) {
        due.add(new Step(StepType.REMINDER, j.plusDays(rules.renewalReminderOffsetDays())));
      }
      if (rules.buyOutAllowed() && rules.buyOutAfterMonths() != null
          && !s.start().plusMonths(rules.buyOutAfterMonths()).isAfter(j)) {
        due.add(new Step(StepType.BUY_OUT, j.minusDays(BUY_OUT_NOTICE_DAYS)));
      }
      due.add(new Step(StepType.ANNIVERSARY, j));
      if (renewalNotices && rules.stopOffsetDays() != null) {
        due.add(new Step(StepType.STOP, stopDate(calendar, rules, j)));
      }
    }
    if (rules.domainReleaseWarningDaysBefore() != null) {
      LocalDate warning = j.minusDays(rules.domainReleaseWarningDaysBefore());
      if (s.effectiveEnd() == null || !warning.isAfter(s.effectiveEnd())) {
        due.add(new Step(StepType.DOMAIN_WARNING, warning));
      }
    }
    due.removeIf(step -> s.done().contains(step.type()));
    LocalDate periodStart = s.prepaidUntil().plusDays(1);
    boolean withinEnd = s.effectiveEnd() == null || !periodStart.isAfter(s.effectiveEnd());
    boolean withinTerm = rules.tacitRenewal() || s.termEnd() == null
        || !periodStart.isAfter(s.termEnd());
    if (withinEnd && withinTerm) {
      due.add(new Step(StepType.INVOICE, invoiceDate(s, periodStart)));
    }
    return due.stream().min(Comparator.comparing(Step::date)
        .thenComparing(step -> step.type().ordinal()));
  }

  /**
   * BDB-13.4.1: the day the maintenance stops when the renewal is still unpaid, J + the terms'
   * days. The client's period to pay is a period in days (art. 1.7): when its last day is a
   * Saturday, Sunday or public holiday it runs to the next business day, and so the stop moves.
   * The renewal e-mails (J−30, J−15, J) are the agency's own sending dates: calendar days, never
   * moved (rolling them forward would shorten the client's notice).
   */
  public static LocalDate stopDate(BusinessCalendar calendar, Terms.Renewal rules, LocalDate j) {
    return calendar.rollForward(j.plusDays(rules.stopOffsetDays() != null
        ? rules.stopOffsetDays() : 0));
  }

  /**
   * BDB-16.2: the last day sales may set the renewal price: the last business day before the
   * tariff notice goes out (at 00:00 on J + {@code tariffNoticeOffsetDays}).
   */
  public static LocalDate renewalPriceDueDate(BusinessCalendar calendar, Terms.Renewal rules,
      LocalDate j) {
    LocalDate day = tariffDate(rules, j).minusDays(1);
    while (!calendar.isBusinessDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  /** BDB-16.2: the day RENEWAL_TARIFF is sent (J−30), a calendar day. */
  public static LocalDate tariffDate(Terms.Renewal rules, LocalDate j) {
    return j.plusDays(rules.tariffNoticeOffsetDays() != null ? rules.tariffNoticeOffsetDays() : 0);
  }

  /** Days before J the buy-out quote is prepared, so it reaches the client within the year. */
  public static final int BUY_OUT_NOTICE_DAYS = 30;

  /**
   * The day a period is invoiced: its first day, or the last monthly debit day before it (BDB-16.4:
   * "on the 25th for the next month").
   */
  static LocalDate invoiceDate(State s, LocalDate periodStart) {
    if (s.debitDay() == null || s.periodMonths() != 1) {
      return periodStart;
    }
    LocalDate debit = periodStart.withDayOfMonth(Math.min(s.debitDay(),
        periodStart.lengthOfMonth()));
    return debit.isBefore(periodStart) ? debit : debit.minusMonths(1);
  }

  /** The last day of the billing period that starts on {@code periodStart}. */
  public static LocalDate periodEnd(BusinessCalendar calendar, LocalDate start, int periodMonths,
      LocalDate periodStart) {
    int months = periodMonths;
    while (calendar.lastDayOfTerm(start, months).isBefore(periodStart)) {
      months += periodMonths;
    }
    return calendar.lastDayOfTerm(start, months);
  }
}
