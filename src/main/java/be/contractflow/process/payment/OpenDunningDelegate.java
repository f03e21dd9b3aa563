package be.contractflow.process.payment;

import be.contractflow.process.VariableValues;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_OpenDunning: the first day late; the plan of the dunning from the terms (VIR-4, VIR-9, WJA-10a, WJA-11, WJA-12, BDB-16.6, BDB-R5.2, Book XIX). */
@Component
public class OpenDunningDelegate implements JavaDelegate {

  private final DunningService dunning;

  public OpenDunningDelegate(DunningService dunning) {
    this.dunning = dunning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String invoiceNumber = VariableValues.string(execution, PaymentVariables.INVOICE_NUMBER);
    boolean suspensionDecided = execution.getVariable(PaymentVariables.SUSPEND) != null;
    // processing
    DunningService.Plan plan = dunning.openDunning(invoiceNumber, suspensionDecided);
    if (!plan.open()) {
      throw new BpmnError(PaymentVariables.ERROR_INVOICE_CANCELLED,
          "invoice " + invoiceNumber + " is no longer owed");
    }
    // output
    execution.setVariable(PaymentVariables.ACCELERATE, plan.accelerate());
    execution.setVariable(PaymentVariables.REMINDER_REQUIRED, plan.reminderRequired());
    execution.setVariable(PaymentVariables.REMINDER_ON, VariableValues.iso(plan.reminderOn()));
    execution.setVariable(PaymentVariables.SUSPENSION_PENDING, plan.suspensionPending());
    execution.setVariable(PaymentVariables.SUSPENSION_ON, VariableValues.iso(plan.suspensionOn()));
    execution.setVariable(PaymentVariables.SUSPENSION_BY_STAFF, plan.suspensionByStaff());
    execution.setVariable(PaymentVariables.SUSPENSION_CLAUSE, plan.suspensionClause());
    execution.setVariable(PaymentVariables.FORMAL_NOTICE_REQUIRED, plan.formalNoticeRequired());
    execution.setVariable(PaymentVariables.FORMAL_NOTICE_POSTED, plan.formalNoticePosted());
    execution.setVariable(PaymentVariables.RESOLVED, plan.resolved());
    execution.setVariable(PaymentVariables.STATUTORY_RATE_PUBLISHED, plan.statutoryRatePublished());
    execution.setVariable(PaymentVariables.STATUTORY_RATE_NOTE, plan.statutoryRateNote());
  }
}
