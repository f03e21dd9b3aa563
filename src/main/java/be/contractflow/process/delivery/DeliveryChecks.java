package be.contractflow.process.delivery;

import static be.contractflow.process.VariableValues.date;
import static be.contractflow.process.VariableValues.string;

import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.RejectedException;
import be.contractflow.process.ProcessVariables;
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

  public DeliveryChecks(TermsService terms) {
    this.terms = terms;
  }

  /**
   * WJA-24: a non-conformity counts only over the terms' channel (a registered letter) and within
   * the window; anything else is refused.
   */
  public void requireNonConformityChannel(DelegateExecution execution) {
    Terms.Delivery delivery = terms.termsOf(execution).delivery();
    String channel = string(execution, ProcessVariables.EVENT_CHANNEL);
    if (delivery.nonConformityChannel() != null && !delivery.nonConformityChannel().accepts(channel)) {
      throw new ConflictException(delivery.nonConformityClause() + ": a non-conformity must be "
          + "notified by " + delivery.nonConformityChannel() + "; one sent by " + channel
          + " does not count. Send it again with channel " + delivery.nonConformityChannel()
          + " (no later than " + string(execution, DeliveryVariables.NON_CONFORMITY_UNTIL) + ").");
    }
    LocalDate sent = date(execution, ProcessVariables.EVENT_DATE);
    LocalDate until = date(execution, DeliveryVariables.NON_CONFORMITY_UNTIL);
    if (sent != null && until != null && sent.isAfter(until)) {
      throw new ConflictException(delivery.nonConformityClause() + ": the non-conformity window "
          + "closed on " + until + "; a notice sent on " + sent + " is too late: the site is "
          + "deemed accepted on the delivery day.");
    }
  }

  /**
   * Complete listener of Task_AssessWorkDone: the share of the work done is a percentage from 0 to
   * 100 (BDB-10.2 "au prorata des travaux effectués"); anything else keeps the task open.
   */
  public void requireWorkDoneShare(DelegateTask task) {
    Object value = task.getVariable(DeliveryVariables.WORK_DONE_PERCENT);
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
