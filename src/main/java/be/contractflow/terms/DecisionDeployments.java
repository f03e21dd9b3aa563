package be.contractflow.terms;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.CacheFactory;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.CachePurgeReport;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DefaultCacheFactory;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.stereotype.Component;

/**
 * Tells its listeners that the decisions deployed on this engine may have changed: a deployment
 * (start-up auto-deployment, Cockpit, Camunda Modeler over {@code /engine-rest}), a deleted
 * deployment, a purged deployment cache. {@link TermsService} clears its cache of the latest
 * decision versions on it.
 *
 * <p>The engine has no deployment listener; every deployment and every deletion goes through its
 * {@link DeploymentCache}, which this plugin replaces after the engine's initialisation by one
 * that notifies (same cache factory, capacity and deployers). A deployment notifies at once and
 * again once its transaction has committed, so that a reader that loaded the versions between
 * the two never keeps the old ones.
 */
@Component
public class DecisionDeployments extends AbstractProcessEnginePlugin {

  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  /** Runs {@code listener} after every change to the deployed definitions of this engine. */
  public void onChange(Runnable listener) {
    listeners.add(listener);
  }

  void changed() {
    listeners.forEach(Runnable::run);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    var cache = new NotifyingDeploymentCache(configuration, this);
    cache.setDeployers(configuration.getDeployers());
    configuration.setDeploymentCache(cache);
  }

  static class NotifyingDeploymentCache extends DeploymentCache {

    private final DecisionDeployments deployments;

    NotifyingDeploymentCache(ProcessEngineConfigurationImpl configuration,
        DecisionDeployments deployments) {
      super(field(configuration, "cacheFactory", CacheFactory.class, new DefaultCacheFactory()),
          field(configuration, "cacheCapacity", Integer.class, 1_000));
      this.deployments = deployments;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
      super.deploy(deployment);
      changedNowAndAfterCommit();
    }

    @Override
    public void removeDeployment(String deploymentId) {
      super.removeDeployment(deploymentId);
      changedNowAndAfterCommit();
    }

    @Override
    public void removeDecisionDefinition(String decisionDefinitionId) {
      super.removeDecisionDefinition(decisionDefinitionId);
      changedNowAndAfterCommit();
    }

    @Override
    public void discardDecisionDefinitionCache() {
      super.discardDecisionDefinitionCache();
      deployments.changed();
    }

    @Override
    public CachePurgeReport purgeCache() {
      CachePurgeReport report = super.purgeCache();
      deployments.changed();
      return report;
    }

    /** The engine's own setting (it has no getter), else Camunda's default. */
    private static <T> T field(ProcessEngineConfigurationImpl configuration, String name,
        Class<T> type, T fallback) {
      try {
        var field = ProcessEngineConfigurationImpl.class.getDeclaredField(name);
        field.setAccessible(true);
        Object value = field.get(configuration);
        return value == null ? fallback : type.cast(value);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return fallback;
      }
    }

    private void changedNowAndAfterCommit() {
      deployments.changed();
      CommandContext context = Context.getCommandContext();
      if (context != null) {
        context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
            committed -> deployments.changed());
        context.getTransactionContext().addTransactionListener(TransactionState.ROLLED_BACK,
            rolledBack -> deployments.changed());
      }
    }
  }
}
