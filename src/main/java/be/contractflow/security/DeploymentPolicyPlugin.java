package be.contractflow.security;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Parse;
import org.camunda.bpm.engine.impl.util.xml.Parser;
import org.camunda.bpm.engine.impl.xml.ProblemImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Deployments are data, not code (issue 10). For every deployment — the start-up auto-deployment,
 * Cockpit, Camunda Modeler over {@code POST /engine-rest/deployment/create}:
 *
 * <ul>
 *   <li>each BPMN model is checked by {@link ModelCheck} <em>before</em> the engine parses it
 *       (the engine's parse factory is replaced by one whose {@link BpmnParse} checks first; a
 *       {@code BpmnParseListener} would run too late: the parser instantiates {@code
 *       camunda:formHandlerClass} while it parses); every refusal becomes a parse error naming the
 *       element and its line, so the deployment fails — {@code 400} over {@code /engine-rest} — and
 *       nothing is stored;
 *   <li>each DMN model is checked the same way by a pre-deployer (FEEL only, no {@code juel}, no
 *       script languages), and CMMN case models are refused outright (the product has none);
 *   <li>expressions run through {@link RestrictedExpressionManager};
 *   <li>no script engine is handed out (JUEL scripts included, whose evaluator is not restricted).
 * </ul>
 *
 * {@code contractflow.models.allowed-classes} lists classes a model may name in {@code
 * camunda:class} (none by default).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DeploymentPolicyPlugin extends AbstractProcessEnginePlugin {

  private static final Set<String> DMN_SUFFIXES = Set.of(".dmn", ".dmn11.xml");
  private static final Set<String> CMMN_SUFFIXES = Set.of(".cmmn", ".cmmn10.xml", ".cmmn11.xml");

  private final ApplicationContext applicationContext;
  private final ModelExpressionPolicy expressions;
  private final ModelCheck check;

  public DeploymentPolicyPlugin(
      ApplicationContext applicationContext,
      @Value("${contractflow.models.allowed-classes:}") Set<String> allowedClasses) {
    this.applicationContext = applicationContext;
    this.expressions = new ModelExpressionPolicy(applicationContext::containsBean, isDelegateBean(applicationContext));
    this.check =
        new ModelCheck(
            expressions, allowedClasses.stream().filter(name -> !name.isBlank()).collect(Collectors.toSet()));
  }

  /** A contractflow bean implementing JavaDelegate, ExecutionListener or TaskListener. */
  private static Predicate<String> isDelegateBean(ApplicationContext context) {
    return name -> {
      if (!context.containsBean(name)) {
        return false;
      }
      Class<?> type = context.getType(name, false);
      if (type == null) {
        return false;
      }
      return ClassUtils.getUserClass(type).getName().startsWith("be.contractflow.")
          && (JavaDelegate.class.isAssignableFrom(type)
              || ExecutionListener.class.isAssignableFrom(type)
              || TaskListener.class.isAssignableFrom(type));
    };
  }

  public ModelCheck check() {
    return check;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setBpmnParseFactory(parser -> new CheckedBpmnParse(parser, check));
    configuration.setExpressionManager(new RestrictedExpressionManager(applicationContext, expressions));
    List<Deployer> preDeployers = new ArrayList<>();
    preDeployers.add(new DecisionAndCaseCheck(check));
    if (configuration.getCustomPreDeployers() != null) {
      preDeployers.addAll(configuration.getCustomPreDeployers());
    }
    configuration.setCustomPreDeployers(preDeployers);
    configuration.setScriptEngineResolver(new NoScriptEngines());
  }

  /** Runs {@link ModelCheck} on the XML tree before anything of the model is parsed. */
  static final class CheckedBpmnParse extends BpmnParse {

    private final ModelCheck check;

    CheckedBpmnParse(BpmnParser parser, ModelCheck check) {
      super(parser);
      this.check = check;
    }

    @Override
    protected void parseRootElement() {
      if (rootElement == null) {
        super.parseRootElement(); // not XML: the engine reports it
        return;
      }
      List<ModelCheck.Violation> violations = check.check(rootElement);
      if (violations.isEmpty()) {
        super.parseRootElement();
        return;
      }
      for (ModelCheck.Violation violation : violations) {
        addError(
            "Refused by contractflow's deployment policy: " + violation.describe(),
            violation.element(),
            violation.elementId());
      }
    }
  }

  /** DMN: the same check; CMMN: refused. Runs before the engine's own deployers. */
  static final class DecisionAndCaseCheck implements Deployer {

    private final ModelCheck check;

    DecisionAndCaseCheck(ModelCheck check) {
      this.check = check;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
      if (deployment.getResources() == null) {
        return;
      }
      for (ResourceEntity resource : deployment.getResources().values()) {
        String name = resource.getName().toLowerCase(Locale.ROOT);
        if (CMMN_SUFFIXES.stream().anyMatch(name::endsWith)) {
          throw new ParseException(
              "Refused by contractflow's deployment policy: " + resource.getName()
                  + " is a CMMN case model; contractflow deploys BPMN and DMN only",
              resource.getName(), List.of(), List.of());
        }
        if (DMN_SUFFIXES.stream().anyMatch(name::endsWith)) {
          checkDecision(resource);
        }
      }
    }

    private void checkDecision(ResourceEntity resource) {
      Parser parser =
          new Parser() {
            @Override
            public Parse createParse() {
              return new Parse(this) {};
            }
          };
      Element root;
      try {
        root =
            parser
                .createParse()
                .name(resource.getName())
                .sourceInputStream(new ByteArrayInputStream(resource.getBytes()))
                .execute()
                .getRootElement();
      } catch (ProcessEngineException notXml) {
        return; // the DMN deployer reports a document it cannot read
      }
      if (root == null) {
        return; // not XML: the DMN deployer reports it
      }
      List<ModelCheck.Violation> violations = check.check(root);
      if (violations.isEmpty()) {
        return;
      }
      List<Problem> problems =
          violations.stream()
              .<Problem>map(
                  violation ->
                      new ProblemImpl(
                          "Refused by contractflow's deployment policy: " + violation.describe(),
                          violation.element(),
                          violation.elementId()))
              .toList();
      throw new ParseException(
          "Refused by contractflow's deployment policy: "
              + violations.stream().map(ModelCheck.Violation::describe).collect(Collectors.joining("; ")),
          resource.getName(), problems, List.of());
    }
  }

  /** Hands out no script engine: scripts never run, whatever slipped into a model. */
  static final class NoScriptEngines implements ScriptEngineResolver {

    @Override
    public void addScriptEngineFactory(ScriptEngineFactory factory) {
      // no script engine is ever registered
    }

    @Override
    public ScriptEngineManager getScriptEngineManager() {
      return new ScriptEngineManager(null);
    }

    @Override
    public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
      throw new ProcessEngineException(
          "scripts are switched off in contractflow (language '" + language + "'): models use"
              + " delegate beans and plain expressions");
    }
  }
}
