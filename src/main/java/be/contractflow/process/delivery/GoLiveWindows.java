package be.contractflow.process.delivery;

import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.DeadlineKind;
import be.contractflow.terms.Terms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The windows a go-live opens, pure: from the terms' delivery section (decision {@code
 * terms-delivery}), the go-live date and the business calendar. A window in days ends on
 * go-live + days, a window in months "de quantième à veille de quantième", both rolled forward to
 * a business day (art. 1.7, {@link BusinessCalendar}); a window the terms do not have is absent.
 * Each window comes with its {@link DeadlineKind}, key, clause and label, so {@code
 * DeliveryService} only records what this returns and {@code go-live-windows.bpmn} waits on the
 * same dates (its named timers read the ISO variables the delegate writes).
 *
 * <ul>
 *   <li>WJA-24 non-conformity (go-live + 5 days; a corrected site opens a new one, {@link
 *       #afterRedelivery})
 *   <li>BDB-8.6 free minor changes (15 days), BDB-12.2 warranty (15 days), BDB-15.1 training
 *       (3 months)
 *   <li>WJA-16 hidden defects: report (2 months) and action (4 months), counted from the last
 *       invoice, the one issued at delivery; hardware sold: action within 1 month of its delivery
 *       ({@link #afterHardwareDelivery})
 * </ul>
 */
public final class GoLiveWindows {

  /**
   * One window: the deadline it records and the last day it is open.
   *
   * @param offset how the date was counted, for the reader ("5 days", "3 months")
   */
  public record Window(DeadlineKind kind, String key, String clause, String label, LocalDate until,
      String offset) {}

  /** The windows of one go-live, in the order they are recorded. */
  public record Plan(LocalDate goLiveDate, List<Window> windows) {

    public Plan {
      windows = List.copyOf(windows);
    }

    public Optional<Window> window(DeadlineKind kind) {
      return windows.stream().filter(w -> w.kind() == kind).findFirst();
    }

    /** The last day of the window of this kind, or null when the terms have none. */
    public LocalDate until(DeadlineKind kind) {
      return window(kind).map(Window::until).orElse(null);
    }

    /** The deadline key of the window of this kind, or null when the terms have none. */
    public String key(DeadlineKind kind) {
      return window(kind).map(Window::key).orElse(null);
    }
  }

  private GoLiveWindows() {}

  /** The windows the site put online on {@code goLive} opens under these terms. */
  public static Plan afterGoLive(BusinessCalendar calendar, Terms.Delivery d,
      String contractNumber, LocalDate goLive) {
    Objects.requireNonNull(goLive, "goLive");
    List<Window> windows = new ArrayList<>();
    if (d.nonConformityWindowDays() != null) {
      windows.add(days(calendar, DeadlineKind.NON_CONFORMITY,
          DeadlineKind.NON_CONFORMITY.key(contractNumber, 1), d.nonConformityClause(),
          "Non-conformity by " + d.nonConformityChannel() + " no later than", goLive,
          d.nonConformityWindowDays()));
    }
    if (d.tweakWindowDays() != null) {
      windows.add(days(calendar, DeadlineKind.TWEAKS, DeadlineKind.TWEAKS.key(contractNumber),
          d.tweakClause(), "Free minor changes until", goLive, d.tweakWindowDays()));
    }
    if (d.warrantyDays() != null) {
      windows.add(days(calendar, DeadlineKind.WARRANTY, DeadlineKind.WARRANTY.key(contractNumber),
          d.warrantyClause(), "Warranty: malfunctions reported until", goLive, d.warrantyDays()));
    }
    if (d.trainingMonths() != null) {
      windows.add(months(calendar, DeadlineKind.TRAINING,
          DeadlineKind.TRAINING.key(contractNumber), d.trainingClause(),
          "Training to be taken until", goLive, d.trainingMonths()));
    }
    // WJA-16 (service contract): counted from the last invoice, the one issued at delivery
    if (d.hiddenDefectReportMonths() != null && d.hiddenDefectActionMonths() != null) {
      windows.add(months(calendar, DeadlineKind.HIDDEN_DEFECT_REPORT,
          DeadlineKind.HIDDEN_DEFECT_REPORT.key(contractNumber), d.hiddenDefectClause(),
          "Hidden defects reported by " + d.hiddenDefectChannel() + " no later than", goLive,
          d.hiddenDefectReportMonths()));
      windows.add(months(calendar, DeadlineKind.HIDDEN_DEFECT_ACTION,
          DeadlineKind.HIDDEN_DEFECT_ACTION.key(contractNumber), d.hiddenDefectClause(),
          "Hidden defects: action no later than", goLive, d.hiddenDefectActionMonths()));
    }
    return new Plan(goLive, windows);
  }

  /**
   * WJA-24: the corrected site put online on {@code correctedOn} is a new delivery; its
   * non-conformity window is attempt {@code attempt} (the go-live's is attempt 1).
   *
   * @throws IllegalStateException when the terms have no non-conformity window to reopen
   */
  public static Window afterRedelivery(BusinessCalendar calendar, Terms.Delivery d,
      String contractNumber, LocalDate correctedOn, int attempt) {
    Objects.requireNonNull(correctedOn, "correctedOn");
    if (d.nonConformityWindowDays() == null) {
      throw new IllegalStateException("the terms have no non-conformity window to reopen");
    }
    return days(calendar, DeadlineKind.NON_CONFORMITY,
        DeadlineKind.NON_CONFORMITY.key(contractNumber, attempt), d.nonConformityClause(),
        "Non-conformity of the corrected site by " + d.nonConformityChannel() + " no later than",
        correctedOn, d.nonConformityWindowDays());
  }

  /**
   * WJA-16 (sale): hardware delivered on {@code deliveredOn}; the client must act on its hidden
   * defects within the terms' months (1 month).
   *
   * @throws IllegalStateException when the terms set no such period
   */
  public static Window afterHardwareDelivery(BusinessCalendar calendar, Terms.Delivery d,
      String contractNumber, LocalDate deliveredOn) {
    Objects.requireNonNull(deliveredOn, "deliveredOn");
    if (d.hiddenDefectSaleActionMonths() == null) {
      throw new IllegalStateException("the terms set no period for hidden defects of a sale");
    }
    return months(calendar, DeadlineKind.HARDWARE_ACTION,
        DeadlineKind.HARDWARE_ACTION.key(contractNumber, deliveredOn), d.hiddenDefectClause(),
        "Hidden defects of the hardware delivered on " + deliveredOn + ": action no later than",
        deliveredOn, d.hiddenDefectSaleActionMonths());
  }

  private static Window days(BusinessCalendar calendar, DeadlineKind kind, String key,
      String clause, String label, LocalDate from, int days) {
    return new Window(kind, key, clause, label, calendar.afterDays(from, days), days + " days");
  }

  private static Window months(BusinessCalendar calendar, DeadlineKind kind, String key,
      String clause, String label, LocalDate from, int months) {
    return new Window(kind, key, clause, label, calendar.afterMonths(from, months),
        months + " months");
  }
}
