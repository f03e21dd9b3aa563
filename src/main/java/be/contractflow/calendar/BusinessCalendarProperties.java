package be.contractflow.calendar;

import de.focus_shift.jollyday.core.HolidayType;
import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a business day is ({@code contractflow.calendar.*}): the working weekdays and the jollyday
 * holiday types that close a day. Defaults follow the Civil Code art. 1.7 (jours ouvrables):
 * Monday to Friday minus Belgian legal public holidays ({@link HolidayType#PUBLIC_HOLIDAY} only;
 * the jollyday observances 2 Nov, 15 Nov and 31 Dec are working days). A process owner changes
 * the definition here, nowhere else.
 *
 * @param businessDays weekdays that can be business days, e.g. {@code MONDAY,TUESDAY,...}
 * @param holidayTypes jollyday holiday types that are not business days
 */
@ConfigurationProperties("contractflow.calendar")
public record BusinessCalendarProperties(Set<DayOfWeek> businessDays, Set<HolidayType> holidayTypes) {

  public BusinessCalendarProperties {
    businessDays = Collections.unmodifiableSet(businessDays == null || businessDays.isEmpty()
        ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
        : EnumSet.copyOf(businessDays));
    holidayTypes = Collections.unmodifiableSet(holidayTypes == null || holidayTypes.isEmpty()
        ? EnumSet.of(HolidayType.PUBLIC_HOLIDAY)
        : EnumSet.copyOf(holidayTypes));
  }

  /** Belgian law: Monday to Friday, public holidays closed. */
  public static BusinessCalendarProperties belgianDefaults() {
    return new BusinessCalendarProperties(null, null);
  }
}
