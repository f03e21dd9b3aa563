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
    String done = string(scope, SubscriptionVariables.YEAR_STEPS_DONE);
    var steps = EnumSet.noneOf(StepType.class);
    if (done != null && !done.isBlank()) {
      Arrays.stream(done.split(",")).map(StepType::valueOf).forEach(steps::add);
    }
    Object debit = scope.getVariable("monthlyDebitDay");
    return new State(date(scope, SubscriptionVariables.CONTRACT_START),
        Integer.parseInt(string(scope, SubscriptionVariables.PERIOD_MONTHS)),
        debit == null ? null : Integer.valueOf(debit.toString()),
        date(scope, SubscriptionVariables.PREPAID_UNTIL),
        date(scope, SubscriptionVariables.TERM_END),
        date(scope, SubscriptionVariables.ANNIVERSARY), steps, null);
  }

  static void write(VariableScope scope, SubscriptionService.Progress progress) {
    State s = progress.state();
    scope.setVariable(SubscriptionVariables.CONTRACT_START, iso(s.start()));
    scope.setVariable(SubscriptionVariables.PERIOD_MONTHS, s.periodMonths());
    scope.setVariable("monthlyDebitDay", s.debitDay());
    scope.setVariable(SubscriptionVariables.PREPAID_UNTIL, iso(s.prepaidUntil()));
    scope.setVariable(SubscriptionVariables.TERM_END, iso(s.termEnd()));
    scope.setVariable(SubscriptionVariables.ANNIVERSARY, iso(s.anniversary()));
    scope.setVariable(SubscriptionVariables.YEAR_STEPS_DONE,
        s.done().stream().map(Enum::name).collect(Collectors.joining(",")));
    scope.setVariable(SubscriptionVariables.PERIODIC_PRICE, progress.price());
    scope.setVariable(SubscriptionVariables.DEPOSIT_REMAINDER, progress.depositRemainder());
    scope.setVariable(SubscriptionVariables.RENEWAL_INVOICE_NUMBER,
        progress.renewalInvoiceNumber());
    scope.setVariable(SubscriptionVariables.NEXT_STEP,
        progress.next().map(step -> step.type().name()).orElse(null));
    scope.setVariable(SubscriptionVariables.NEXT_STEP_DATE,
        progress.next().map(step -> iso(step.date())).orElse(null));
    scope.setVariable(SubscriptionVariables.BUY_OUT_DUE, progress.buyOutDue());
    scope.setVariable(SubscriptionVariables.RENEWAL_PRICE_DUE, progress.renewalPriceDue());
  }
}
