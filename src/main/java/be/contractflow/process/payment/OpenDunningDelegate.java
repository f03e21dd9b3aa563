package be.contractflow.process.payment;

import be.contractflow.process.ProcessVariable;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Task_OpenDunning: the first day late; the plan of the dunning from the terms (VIR-4, VIR-9,
 * WJA-10a, WJA-11, WJA-12, BDB-16.6, BDB-R5.2, Book XIX).
 *
 * <p>The process gets only what its gateways, timers and forms read (issue 16: every variable is
 * a row in {@code act_hi_varinst} and one in {@code act_hi_detail} per invoice, kept for years);
 * the plan itself — dates, amounts, clauses, notices — is in the ledger ({@code cf_deadline},
 * {@code cf_notice}, the invoice's dunning state) and in the audit view.
 *
 * <ul>
 *   <li>{@code accelerate}, {@code reminderRequired}, {@code suspensionPending}, {@code
 *       formalNoticeRequired} and {@code formalNoticePosted} are read only by the gateways right
 *       after this task, in the same transaction: transient (not stored), unless an instance
 *       already stores them (started before this change; resumed after a complaint);
 *   <li>{@code reminderOn} (timer) and {@code statutoryRatePublished} (gateway after it) only when
 *       a reminder is planned, {@code statutoryRateNote} (form) only when the rate is unpublished;
 *   <li>{@code suspensionOn} (timer), {@code suspensionByStaff} (gateway) and {@code
 *       suspensionClause} (form, "Suspend services") only when a suspension is planned at once;
 *       when the terms count it from the reminder (VIR-9, {@code suspensionAfterReminder},
 *       transient) the branch waits for the reminder's proven sending and "Check reminder sent"
 *       writes the three from it — written here too only for an instance of an earlier model
 *       version, whose suspension timer runs beside the reminder;
 *   <li>{@code resolved} is not written here: no gateway reads it; "Resolve contracts" sets it.
 * </ul>
 */
@Component
public class OpenDunningDelegate implements JavaDelegate {

  private final DunningService dunning;

  public OpenDunningDelegate(DunningService dunning) {
    this.dunning = dunning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoiceNumber = PaymentVariables.INVOICE_NUMBER.get(execution);
    boolean suspensionDecided = PaymentVariables.SUSPEND.get(execution) != null;
    // processing
    DunningService.Plan plan = dunning.openDunning(invoiceNumber, suspensionDecided);
    if (!plan.open()) {
      throw new BpmnError(PaymentVariables.ERROR_INVOICE_CANCELLED,
          "invoice " + invoiceNumber + " is no longer owed");
    }
    // output: the branches of Gateway_DunningBranches and Gateway_FormalNoticePosted
    forGateway(execution, PaymentVariables.ACCELERATE, plan.accelerate());
    forGateway(execution, PaymentVariables.REMINDER_REQUIRED, plan.reminderRequired());
    forGateway(execution, PaymentVariables.SUSPENSION_PENDING, plan.suspensionPending());
    forGateway(execution, PaymentVariables.SUSPENSION_AFTER_REMINDER,
        plan.suspensionAfterReminder());
    forGateway(execution, PaymentVariables.FORMAL_NOTICE_REQUIRED, plan.formalNoticeRequired());
    if (plan.formalNoticeRequired()) {
      forGateway(execution, PaymentVariables.FORMAL_NOTICE_POSTED, plan.formalNoticePosted());
    }
    // output: what the reminder branch reads after its timer
    if (plan.reminderRequired()) {
      PaymentVariables.REMINDER_ON.set(execution, plan.reminderOn());
      PaymentVariables.STATUTORY_RATE_PUBLISHED.set(execution,
          plan.statutoryRatePublished());
      if (!plan.statutoryRatePublished()
          || execution.hasVariable(PaymentVariables.STATUTORY_RATE_NOTE.name())) {
        PaymentVariables.STATUTORY_RATE_NOTE.set(execution, plan.statutoryRateNote());
      }
    }
    // output: what the suspension branch reads after its timer; when the terms count the
    // suspension from the reminder (VIR-9) "Check reminder sent" writes them from the sending,
    // and only a model from before that wait (no Gateway_SuspensionFromReminder) reads them here
    if (plan.suspensionPending()
        && (!plan.suspensionAfterReminder() || !waitsForReminderSending(execution))) {
      PaymentVariables.SUSPENSION_ON.set(execution, plan.suspensionOn());
      PaymentVariables.SUSPENSION_BY_STAFF.set(execution, plan.suspensionByStaff());
      PaymentVariables.SUSPENSION_CLAUSE.set(execution, plan.suspensionClause());
    }
  }

  /** Whether the instance's model counts a VIR-9 suspension from the reminder's sending. */
  private static boolean waitsForReminderSending(DelegateExecution execution) {
    return execution.getBpmnModelInstance()
        .getModelElementById(PaymentVariables.GATEWAY_SUSPENSION_FROM_REMINDER) != null;
  }

  /**
   * A flag read only by a gateway in this transaction: transient, unless the instance already
   * stores it (Camunda refuses to turn a stored variable transient).
   */
  private static void forGateway(DelegateExecution execution, ProcessVariable<Boolean> variable,
      boolean value) {
    if (execution.hasVariable(variable.name())) {
      variable.set(execution, value);
    } else {
      execution.setVariable(variable.name(), Variables.booleanValue(value, true));
    }
  }
}
