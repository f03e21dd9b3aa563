package be.contractflow.process.delivery;

import static be.contractflow.process.VariableValues.date;
import static be.contractflow.process.VariableValues.string;

import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Deadlines;
import be.contractflow.ledger.RejectedException;
import be.contractflow.process.VariableValues;
import be.contractflow.terms.Terms;
import be.contractflow.terms.TermsService;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Conditions the {@code delivery} model evaluates in expressions ({@code deliveryChecks}). A check
 * that refuses an event throws {@link ConflictException} inside the correlation, so nothing
 * changes and {@code POST /api/contracts/{n}/events} answers 409 with the reason.
 */
@Component("deliveryChecks")
public class DeliveryChecks {

  private final TermsService terms;
  private final BusinessCalendar calendar;
  private final Deadlines deadlines;

  public DeliveryChecks(TermsService terms, BusinessCalendar calendar, Deadlines deadlines) {
    this.terms = terms;
    this.calendar = calendar;
    this.deadlines = deadlines;
  }

  /**
   * WJA-24: a non-conformity counts only over the terms' channel (a registered letter) and within
   * the window; anything else is refused.
   */
  public void requireNonConformityChannel(DelegateExecution execution) {
    Terms.Delivery delivery = terms.termsOf(execution).delivery();
    String channel = DeliveryVariables.EVENT_CHANNEL.get(execution);
    if (delivery.nonConformityChannel() != null && !delivery.nonConformityChannel().accepts(channel)) {
      throw new ConflictException(delivery.nonConformityClause() + ": a non-conformity must be "
          + "notified by " + delivery.nonConformityChannel() + "; one sent by " + channel
          + " does not count. Send it again with channel " + delivery.nonConformityChannel()
          + " (no later than " + DeliveryVariables.NON_CONFORMITY_UNTIL.get(execution) + ").");
    }
    LocalDate sent = DeliveryVariables.EVENT_DATE.get(execution);
    LocalDate until = DeliveryVariables.NON_CONFORMITY_UNTIL.get(execution);
    if (sent != null && until != null && sent.isAfter(until)) {
      throw new ConflictException(delivery.nonConformityClause() + ": the non-conformity window "
          + "closed on " + until + "; a notice sent on " + sent + " is too late: the site is "
          + "deemed accepted on the delivery day.");
    }
  }

  /**
   * WJA-16: a hidden defect of a service counts only reported by the terms' channel (a registered
   * letter) no later than the report window's last day; anything else is refused with the reason.
   */
  public void requireHiddenDefectReport(DelegateExecution execution) {
    Terms.Delivery delivery = terms.termsOf(execution).delivery();
    String channel = DeliveryVariables.EVENT_CHANNEL.get(execution);
    LocalDate until = DeliveryVariables.HIDDEN_DEFECT_REPORT_UNTIL.get(execution);
    if (delivery.hiddenDefectChannel() != null && !delivery.hiddenDefectChannel().accepts(channel)) {
      throw new ConflictException(delivery.hiddenDefectClause() + ": a hidden defect must be "
          + "reported by " + delivery.hiddenDefectChannel() + "; one sent by " + channel
          + " does not count. Send it again with channel " + delivery.hiddenDefectChannel()
          + " (no later than " + until + ", and within 8 days of its discovery).");
    }
    LocalDate sent = DeliveryVariables.EVENT_DATE.get(execution);
    if (sent != null && until != null && sent.isAfter(until)) {
      throw new ConflictException(delivery.hiddenDefectClause() + ": the hidden-defect report "
          + "window closed on " + until + "; a report sent on " + sent + " is too late.");
    }
  }

  /**
   * Complete listener of Task_AssessWorkDone: the share of the work done is a percentage from 0 to
   * 100 (BDB-10.2 "au prorata des travaux effectués"); anything else keeps the task open.
   */
  public void requireWorkDoneShare(DelegateTask task) {
    Object value = task.getVariable(DeliveryVariables.WORK_DONE_PERCENT.name()); // the form's raw input
    BigDecimal share;
    try {
      share = VariableValues.decimal(value);
    } catch (NumberFormatException e) {
      share = null;
    }
    if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new RejectedException("The share of the work done must be a percentage from 0 to 100;"
          + " got " + value + ". Enter how much of the ordered work was done on the day of the"
          + " cancellation, e.g. 40 for 40 %.");
    }
  }

  /**
   * WJA-16 (sale): hardware delivered on the event date; the one-month action period becomes a
   * deadline and the local variables of the "Hardware delivered" event subprocess. Refused (409)
   * where the terms set no such period.
   */
  public void hardwareDelivered(DelegateExecution execution) {
    Terms.Delivery delivery = terms.termsOf(execution).delivery();
    if (delivery.hiddenDefectSaleActionMonths() == null) {
      throw new ConflictException("The terms of this contract set no period for hidden defects of"
          + " a sale: nothing to record as HARDWARE_DELIVERED.");
    }
    LocalDate deliveredOn = DeliveryVariables.EVENT_DATE.get(execution);
    String contractNumber = DeliveryVariables.CONTRACT_NUMBER.get(execution);
    GoLiveWindows.Window window =
        GoLiveWindows.afterHardwareDelivery(calendar, delivery, contractNumber, deliveredOn);
    deadlines.record(window.key(), contractNumber, null, window.clause(), window.label(),
        window.until());
    DeliveryVariables.HARDWARE_ACTION_UNTIL.setLocal(execution, window.until());
    DeliveryVariables.HARDWARE_ACTION_DEADLINE_KEY.setLocal(execution, window.key());
  }

  /**
   * BDB-8.4: whether the tweak just made carries extra hours on large text changes to bill (terms
   * with such a clause only).
   */
  public boolean largeTextChangesToBill(DelegateExecution execution) {
    return terms.termsOf(execution).delivery().largeTextChangesClause() != null
        && positive(execution.getVariable(DeliveryVariables.LARGE_TEXT_CHANGE_HOURS.name()));
  }

  /**
   * Complete listener of Task_MakeTweak: extra hours on large text changes (BDB-8.4) need a
   * positive hourly rate and the date the client was warned by email; terms without the clause
   * refuse them.
   */
  public void requireLargeTextChangeBilling(DelegateTask task) {
    Object hours = task.getVariable(DeliveryVariables.LARGE_TEXT_CHANGE_HOURS.name()); // raw input
    BigDecimal extra;
    try {
      extra = VariableValues.decimal(hours);
    } catch (NumberFormatException e) {
      throw new RejectedException("The extra hours on text changes must be a number; got " + hours
          + ".");
    }
    if (extra == null || extra.signum() == 0) {
      return;
    }
    String clause = terms.termsOf(task.getExecution()).delivery().largeTextChangesClause();
    if (clause == null) {
      throw new RejectedException("These terms do not bill extra time on text changes: leave the"
          + " extra hours empty, or answer the request as a change request.");
    }
    if (extra.signum() < 0 || !positive(task.getVariable(
        DeliveryVariables.LARGE_TEXT_HOURLY_RATE_EXCL_VAT.name()))) {
      throw new RejectedException(clause + ": extra hours (" + hours + ") are billed at a positive"
          + " hourly rate excl. VAT: enter both as positive numbers.");
    }
    if (DeliveryVariables.CLIENT_WARNED_ON.get(task) == null) {
      throw new RejectedException(clause + " bills the extra time only after warning the client"
          + " by email: enter the date of that email.");
    }
  }

  /** Whether an ISO date is on or before another (both ISO strings). */
  public boolean onOrBefore(String date, String until) {
    return date != null && until != null && !LocalDate.parse(date).isAfter(LocalDate.parse(until));
  }

  /** Whether a form value (number or string) is a positive number. */
  public boolean positive(Object value) {
    BigDecimal decimal = VariableValues.decimal(value);
    return decimal != null && decimal.signum() > 0;
  }
}
