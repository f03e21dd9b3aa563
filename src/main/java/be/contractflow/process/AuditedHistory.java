package be.contractflow.process;

import org.camunda.bpm.engine.impl.bpmn.behavior.ExclusiveGatewayActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.InclusiveGatewayActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.NoneStartEventActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.ParallelGatewayActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.SubProcessActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * History level {@code full} (id 3, as stored in {@code act_ge_property}) without two kinds of
 * rows nobody reads (issue 16: the month-end storm wrote 3.5 times the history of a bare engine,
 * and every row is kept ten years):
 *
 * <ul>
 *   <li><b>no {@code act_hi_actinst} row for a gateway that never waits</b>: an exclusive gateway,
 *       and a parallel or inclusive gateway with one incoming flow (a fork). Such a gateway starts
 *       and ends in the same instant; which way it went is the activity recorded after it. The
 *       audit view listed them only as noise and draws them on the path taken between the steps
 *       recorded on either side ({@code audit.js}). Event-based gateways (an instance waits there
 *       for a message or a timer) and joins (a branch waits there for the others) are recorded.
 *       Likewise the none start event of an embedded sub-process: the sub-process's own row
 *       records the same instant;
 *   <li><b>no {@code act_hi_detail} variable update written by the system</b> — a delegate, a
 *       listener, a process started by the engine or the application — only those written in a
 *       command an authenticated user ran (a form completed in Tasklist, a call to {@code /api}
 *       or {@code /engine-rest}). Every variable keeps its {@code act_hi_varinst} row with its
 *       latest value (Cockpit, the audit view's search by contract number); a value the system
 *       computes is computed from the ledger, where every amount, decision, notice and deadline is
 *       kept with its clause, so its earlier values add nothing an auditor could not read there.
 * </ul>
 *
 * Everything else is written as at level {@code full}: process instances, every other activity
 * (tasks, events, sub-processes, service tasks), tasks and their operation log, job log, incidents,
 * decision evaluations with inputs and outputs, identity links. The engine still reports and
 * checks history level {@code full}, so an existing database starts unchanged.
 *
 * <p>{@code contractflow.history.audited=false} writes every row of level {@code full} (the
 * benchmark's A/B).
 */
@Component
public class AuditedHistory extends AbstractProcessEnginePlugin {

  private final boolean enabled;

  public AuditedHistory(@Value("${contractflow.history.audited:true}") boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (enabled && configuration.getHistoryLevel().getId() == HistoryLevel.HISTORY_LEVEL_FULL
        .getId()) {
      configuration.setHistoryLevel(new Level());
    }
  }

  /** Level {@code full}, filtered as above. */
  static class Level extends HistoryLevelFull {

    @Override
    public boolean isHistoryEventProduced(HistoryEventType type, Object entity) {
      if (entity == null) {
        return true; // asked at parse time: every listener is attached, the filter runs later
      }
      if (type == HistoryEventTypes.ACTIVITY_INSTANCE_START
          || type == HistoryEventTypes.ACTIVITY_INSTANCE_END
          || type == HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE
          || type == HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE) {
        return !(entity instanceof ExecutionEntity execution
            && (passThroughGateway(execution.getActivity())
                || subProcessStart(execution.getActivity())));
      }
      if (type == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
          && entity instanceof HistoricVariableUpdateEventEntity) {
        return byUser();
      }
      return true;
    }

    /** A gateway no token ever waits in: exclusive, or a fork with one incoming flow. */
    static boolean passThroughGateway(ActivityImpl activity) {
      if (activity == null) {
        return false;
      }
      var behavior = activity.getActivityBehavior();
      if (behavior instanceof ExclusiveGatewayActivityBehavior) {
        return true;
      }
      return (behavior instanceof ParallelGatewayActivityBehavior
          || behavior instanceof InclusiveGatewayActivityBehavior)
          && activity.getIncomingTransitions().size() <= 1;
    }

    /**
     * The none start event of an embedded sub-process: it starts and ends in the instant its
     * sub-process starts, whose own row records that instant. A start event with a trigger (an
     * event sub-process's message or timer) is recorded.
     */
    static boolean subProcessStart(ActivityImpl activity) {
      return activity != null
          && activity.getActivityBehavior() instanceof NoneStartEventActivityBehavior
          && activity.getFlowScope() instanceof ActivityImpl scope
          && scope.getActivityBehavior() instanceof SubProcessActivityBehavior;
    }

    private static boolean byUser() {
      CommandContext context = Context.getCommandContext();
      return context != null && context.getAuthenticatedUserId() != null;
    }
  }
}
