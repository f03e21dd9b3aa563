package be.contractflow.process.subscription;

import static be.contractflow.process.VariableValues.date;
import static be.contractflow.process.VariableValues.iso;
import static be.contractflow.process.VariableValues.string;

import be.contractflow.process.subscription.SubscriptionSchedule.State;
import be.contractflow.process.subscription.SubscriptionSchedule.StepType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads and writes a subscription's {@link State} as process variables (ISO dates, names). */
final class ScheduleVariables {

  private ScheduleVariables() {}

  static State read(VariableScope scope) {
    String done = SubscriptionVariables.YEAR_STEPS_DONE.get(scope);
    var steps = EnumSet.noneOf(StepType.class);
    if (done != null && !done.isBlank()) {
      Arrays.stream(done.split(",")).map(StepType::valueOf).forEach(steps::add);
    }
    Integer debit = SubscriptionVariables.MONTHLY_DEBIT_DAY.get(scope);
    return new State(SubscriptionVariables.CONTRACT_START.get(scope),
        SubscriptionVariables.PERIOD_MONTHS.get(scope), debit,
        SubscriptionVariables.PREPAID_UNTIL.get(scope),
        SubscriptionVariables.TERM_END.get(scope),
        SubscriptionVariables.ANNIVERSARY.get(scope), steps, null);
  }

  static void write(VariableScope scope, SubscriptionService.Progress progress) {
    State s = progress.state();
    SubscriptionVariables.CONTRACT_START.set(scope, s.start());
    SubscriptionVariables.PERIOD_MONTHS.set(scope, s.periodMonths());
    SubscriptionVariables.MONTHLY_DEBIT_DAY.set(scope, s.debitDay());
    SubscriptionVariables.PREPAID_UNTIL.set(scope, s.prepaidUntil());
    SubscriptionVariables.TERM_END.set(scope, s.termEnd());
    SubscriptionVariables.ANNIVERSARY.set(scope, s.anniversary());
    SubscriptionVariables.YEAR_STEPS_DONE.set(scope,
        s.done().stream().map(Enum::name).collect(Collectors.joining(",")));
    SubscriptionVariables.PERIODIC_PRICE.set(scope, progress.price());
    SubscriptionVariables.DEPOSIT_REMAINDER.set(scope, progress.depositRemainder());
    SubscriptionVariables.RENEWAL_INVOICE_NUMBER.set(scope, progress.renewalInvoiceNumber());
    SubscriptionVariables.NEXT_STEP.set(scope, progress.next().map(step -> step.type()).orElse(null));
    SubscriptionVariables.NEXT_STEP_DATE.set(scope, progress.next().map(step -> step.date()).orElse(null));
    SubscriptionVariables.BUY_OUT_DUE.set(scope, progress.buyOutDue());
    SubscriptionVariables.RENEWAL_PRICE_DUE.set(scope, progress.renewalPriceDue());
  }
}
