package be.contractflow.process.order;

import be.contractflow.process.InvoiceDueDateMoved;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * WJA-2, BDB-8.1: the order lapses at the end of the later of the quote's validity end and the
 * deposit's due date. When the deposit's Peppol e-invoice was proven sent after its issue day, the
 * payment term (and so the due date) counts from that sending: the order waiting for its deposit
 * moves its lapse with it — variable {@value OrderVariables#ORDER_LAPSES_ON}, the timer "Deposit
 * unpaid … order lapses" recalculated from it, the deadline moved. Handled in the transaction that
 * moved the due date.
 */
@Component
public class DepositDueDateListener {

  private final RuntimeService runtime;
  private final ManagementService management;
  private final OrderService orders;

  public DepositDueDateListener(RuntimeService runtime, ManagementService management,
      OrderService orders) {
    this.runtime = runtime;
    this.management = management;
    this.orders = orders;
  }

  @EventListener
  public void on(InvoiceDueDateMoved moved) {
    var instance = runtime.createProcessInstanceQuery()
        .processDefinitionKey(OrderVariables.PROCESS_KEY)
        .variableValueEquals(OrderVariables.INVOICE_NUMBER.name(), moved.invoiceNumber())
        .singleResult();
    if (instance == null) {
      return;
    }
    var timer = management.createJobQuery().processInstanceId(instance.getId())
        .activityId(OrderVariables.TIMER_DEPOSIT_UNPAID_ORDER_LAPSES).timers().singleResult();
    LocalDate validUntil = OrderVariables.QUOTE_VALID_UNTIL.get(
        runtime.getVariables(instance.getId(), List.of(OrderVariables.QUOTE_VALID_UNTIL.name())));
    if (timer == null || validUntil == null) {
      return; // not waiting for its deposit (paid, or no lapse for these terms)
    }
    OrderLapse lapse = orders.depositDueDateMoved(moved.contractNumber(),
        validUntil, moved.invoiceNumber(), moved.dueDate());
    runtime.setVariable(instance.getId(), OrderVariables.ORDER_LAPSES_ON.name(),
        OrderVariables.ORDER_LAPSES_ON.encode(lapse.lapsesOn()));
    management.recalculateJobDuedate(timer.getId(), false);
  }
}
