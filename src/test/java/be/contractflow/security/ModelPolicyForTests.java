package be.contractflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;

/**
 * The deployment half of {@link DeploymentPolicyPlugin} for the model tests (plain engine, no
 * Spring): every BPMN is checked by {@link ModelCheck} before the engine parses it, DMN the same
 * way, no script engine. The expression manager is left to the test (Camunda's {@code
 * MockExpressionManager}), because the runtime half ({@link RestrictedExpressionManager}) resolves
 * beans from the Spring context. A model a model test deploys is therefore refused exactly as the
 * application refuses it.
 */
public class ModelPolicyForTests extends AbstractProcessEnginePlugin {

  private final ModelCheck check;

  /** @param isDelegateBean whether a name is a contractflow delegate or listener bean */
  public ModelPolicyForTests(Predicate<String> isDelegateBean) {
    ModelExpressionPolicy expressions =
        new ModelExpressionPolicy(
            name -> ModelExpressionPolicy.METHOD_BEANS.containsKey(name) || isDelegateBean.test(name),
            isDelegateBean);
    this.check = new ModelCheck(expressions, Set.of());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setBpmnParseFactory(
        parser -> new DeploymentPolicyPlugin.CheckedBpmnParse(parser, check));
    List<Deployer> preDeployers = new ArrayList<>();
    preDeployers.add(new DeploymentPolicyPlugin.DecisionAndCaseCheck(check));
    if (configuration.getCustomPreDeployers() != null) {
      preDeployers.addAll(configuration.getCustomPreDeployers());
    }
    configuration.setCustomPreDeployers(preDeployers);
    configuration.setScriptEngineResolver(new DeploymentPolicyPlugin.NoScriptEngines());
  }
}
