package be.contractflow.calendar;

import be.contractflow.time.BusinessClock;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Belgian business days and the period rules of the Civil Code art. 1.7 and the Judicial Code
 * art. 52–54, in business time ({@code Europe/Brussels}). See the last section of CLAUSES.md.
 *
 * <ul>
 *   <li>A period in days starts the day after the event; its last day is {@code event + days},
 *       moved to the next business day if it is a Saturday, Sunday or a public holiday.
 *   <li>A period in months or years runs "de quantième à veille de quantième": notice received on
 *       20 May + 3 months runs to 20 August inclusive; 30 January + 1 month ends on the last day
 *       of February; then rolled forward like a period in days.
 *   <li>A deadline ends at 24:00 on its last day: {@link #endOf(LocalDate)} is the instant a
 *       "missed" timer fires.
 * </ul>
 *
 * <p>Usable from Java and from BPMN expressions as the bean {@code businessCalendar}, e.g.
 * {@code timeDate="${businessCalendar.endOf(businessCalendar.afterDays(issueDate, 15))}"}. Every
 * method taking a {@link LocalDate} also takes an ISO date string ({@code "2026-05-10"}).
 * What a business day is comes from {@link BusinessCalendarProperties}.
 */
@Component("businessCalendar")
public class BusinessCalendar {

  private static final ZoneId ZONE = BusinessClock.ZONE;

  private final HolidayManager holidays =
      HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.BELGIUM));
  private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();
  private final BusinessCalendarProperties properties;

  public BusinessCalendar(BusinessCalendarProperties properties) {
    this.properties = Objects.requireNonNull(properties, "properties");
  }

  /** The calendar of Belgian law: Monday to Friday minus public holidays. */
  public static BusinessCalendar belgian() {
    return new BusinessCalendar(BusinessCalendarProperties.belgianDefaults());
  }

  // --- days -------------------------------------------------------------------------------

  /** A configured weekday (default Monday–Friday) that is not a holiday. */
  public boolean isBusinessDay(LocalDate date) {
    return properties.businessDays().contains(date.getDayOfWeek()) && !isPublicHoliday(date);
  }

  public boolean isBusinessDay(String isoDate) {
    return isBusinessDay(parse(isoDate));
  }

  /** A Belgian legal public holiday (law of 4 Jan 1974), whatever the weekday. */
  public boolean isPublicHoliday(LocalDate date) {
    return holidaysOf(date.getYear()).contains(date);
  }

  public boolean isPublicHoliday(String isoDate) {
    return isPublicHoliday(parse(isoDate));
  }

  /** The public holidays of a year, in date order (weekend ones included). */
  public List<LocalDate> publicHolidays(int year) {
    return holidaysOf(year).stream().sorted().toList();
  }

  /** Art. 1.7: the same day if it is a business day, else the next business day. */
  public LocalDate rollForward(LocalDate date) {
    LocalDate day = date;
    while (!isBusinessDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  public LocalDate rollForward(String isoDate) {
    return rollForward(parse(isoDate));
  }

  // --- periods ----------------------------------------------------------------------------

  /**
   * The last day of a period of {@code days} days triggered by {@code event}: the period starts
   * the day after, so the last day is {@code event + days}, rolled forward to a business day.
   */
  public LocalDate afterDays(LocalDate event, int days) {
    requireNotNegative(days, "days");
    return rollForward(event.plusDays(days));
  }

  public LocalDate afterDays(String isoEvent, int days) {
    return afterDays(parse(isoEvent), days);
  }

  /** The {@code n}-th business day after {@code event} (the event day itself never counts). */
  public LocalDate afterBusinessDays(LocalDate event, int n) {
    requireNotNegative(n, "business days");
    LocalDate day = event;
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(1);
      if (isBusinessDay(day)) {
        counted++;
      }
    }
    return day;
  }

  public LocalDate afterBusinessDays(String isoEvent, int n) {
    return afterBusinessDays(parse(isoEvent), n);
  }

  /**
   * The last day of a period of months triggered by {@code event}, "de quantième à veille de
   * quantième" counted from the day after: 20 May + 3 months = 20 August; 30 January + 1 month =
   * the last day of February. Rolled forward to a business day.
   */
  public LocalDate afterMonths(LocalDate event, int months) {
    requireNotNegative(months, "months");
    return rollForward(event.plusMonths(months));
  }

  public LocalDate afterMonths(String isoEvent, int months) {
    return afterMonths(parse(isoEvent), months);
  }

  /** As {@link #afterMonths(LocalDate, int)} for years (29 Feb + 1 year = 28 Feb). */
  public LocalDate afterYears(LocalDate event, int years) {
    requireNotNegative(years, "years");
    return rollForward(event.plusYears(years));
  }

  public LocalDate afterYears(String isoEvent, int years) {
    return afterYears(parse(isoEvent), years);
  }

  /**
   * The last day a term of {@code months} months that starts on {@code start} (first day
   * counted) runs: the day before the same quantième, e.g. 10 Feb 2026 + 12 months = 9 Feb 2027,
   * 1 Mar + 1 month = 31 Mar. When that quantième does not exist in the last month, the term
   * ends on that month's last day (31 Jan + 1 month = 28/29 Feb). Not rolled: it is the last day
   * a contract runs, not a deadline to act.
   */
  public LocalDate lastDayOfTerm(LocalDate start, int months) {
    if (months < 1) {
      throw new IllegalArgumentException("a term lasts at least 1 month, got " + months);
    }
    LocalDate sameQuantieme = start.plusMonths(months);
    return sameQuantieme.getDayOfMonth() == start.getDayOfMonth()
        ? sameQuantieme.minusDays(1)
        : sameQuantieme; // the quantième does not exist that month: clamped to its last day
  }

  public LocalDate lastDayOfTerm(String isoStart, int months) {
    return lastDayOfTerm(parse(isoStart), months);
  }

  /**
   * The {@code years}-th anniversary of {@code start}: the first day of the next term, the day
   * after {@link #lastDayOfTerm(LocalDate, int) lastDayOfTerm(start, 12 × years)}; not rolled.
   * 10 Feb 2026 → 10 Feb 2027. From 29 Feb 2028 the year ends on 28 Feb 2029 (the quantième does
   * not exist), so the next term and the anniversary start on 1 Mar 2029; in a leap year again on
   * 29 Feb (2032).
   */
  public LocalDate anniversary(LocalDate start, int years) {
    requireNotNegative(years, "years");
    return years == 0 ? start : lastDayOfTerm(start, 12 * years).plusDays(1);
  }

  public LocalDate anniversary(String isoStart, int years) {
    return anniversary(parse(isoStart), years);
  }

  // --- instants for BPMN timers and task due dates -----------------------------------------

  /** 00:00 Brussels on {@code date}: the instant a period starting that day begins. */
  public Date startOf(LocalDate date) {
    return Date.from(date.atStartOfDay(ZONE).toInstant());
  }

  public Date startOf(String isoDate) {
    return startOf(parse(isoDate));
  }

  /**
   * 24:00 Brussels on {@code date} (= 00:00 the next day): the end of a deadline whose last day is
   * {@code date}, the instant a "missed" timer fires. For {@code timeDate} expressions.
   */
  public Date endOf(LocalDate date) {
    return Date.from(endInstant(date).toInstant());
  }

  public Date endOf(String isoDate) {
    return endOf(parse(isoDate));
  }

  /** 23:59 Brussels on {@code date}: a Tasklist due date shown on the last day itself. */
  public Date taskDue(LocalDate date) {
    return Date.from(date.atTime(23, 59).atZone(ZONE).toInstant());
  }

  public Date taskDue(String isoDate) {
    return taskDue(parse(isoDate));
  }

  /** {@link #endOf(LocalDate)} as ISO-8601 with offset, e.g. {@code 2026-05-27T00:00:00+02:00}. */
  public String isoEndOf(LocalDate date) {
    return endInstant(date).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  public String isoEndOf(String isoDate) {
    return isoEndOf(parse(isoDate));
  }

  // --- internals --------------------------------------------------------------------------

  private static ZonedDateTime endInstant(LocalDate date) {
    return date.plusDays(1).atStartOfDay(ZONE);
  }

  private Set<LocalDate> holidaysOf(int year) {
    return holidaysByYear.computeIfAbsent(year, y -> holidays.getHolidays(Year.of(y)).stream()
        .filter(holiday -> properties.holidayTypes().contains(holiday.getType()))
        .map(Holiday::getDate)
        .collect(Collectors.toUnmodifiableSet()));
  }

  private static LocalDate parse(String isoDate) {
    return LocalDate.parse(Objects.requireNonNull(isoDate, "date"));
  }

  private static void requireNotNegative(int value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must not be negative, got " + value);
    }
  }
}
