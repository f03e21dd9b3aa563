package be.contractflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * The small expression grammar a deployed model may use (issue 10, "deployments are data, not
 * code"), derived from the expressions of {@code bpmn/*.bpmn}:
 *
 * <ul>
 *   <li>variables, literals, comparisons, {@code and/or/not}, arithmetic, {@code empty}, {@code ?:};
 *   <li>a delegate or listener bean by name: {@code #{recordPaymentDelegate}} (any contractflow
 *       bean implementing {@code JavaDelegate}, {@code ExecutionListener} or {@code TaskListener});
 *   <li>the calls of {@link #METHOD_BEANS} — {@code ${businessCalendar.endOf(dueDate)}},
 *       {@code ${deadlines.met(tweakDeadlineKey)}} — with arguments from this same grammar;
 *   <li>on {@code execution} and {@code task}: reading and writing variables and reading ids
 *       ({@link #SCOPE_MEMBERS});
 *   <li>{@code .toString()} on any of the above, and the engine functions {@link #FUNCTIONS}.
 * </ul>
 *
 * Everything else is refused: a method on a variable or a literal ({@code ''.getClass()}), bracket
 * access, another bean ({@code dataSource}, {@code jdbcTemplate}, {@code processEngine}), other
 * functions. The same JUEL parser as the engine's reads the expression, so what is checked is what
 * would run. {@link RestrictedExpressionManager} enforces the same lists when an expression runs.
 */
public final class ModelExpressionPolicy {

  /** Beans a model may call methods on, and those methods. */
  public static final Map<String, Set<String>> METHOD_BEANS =
      Map.of(
          "businessCalendar",
          Set.of(
              "isBusinessDay", "isPublicHoliday", "rollForward", "afterDays", "afterBusinessDays",
              "afterMonths", "afterYears", "lastDayOfTerm", "anniversary", "startOf", "endOf",
              "taskDue", "isoEndOf"),
          "businessClock", Set.of("today", "now", "instant"),
          "deadlines", Set.of("met", "missed", "cancelled"),
          "deliveryChecks",
          Set.of("requireNonConformityChannel", "requireWorkDoneShare", "onOrBefore", "positive",
              "requireHiddenDefectReport", "hardwareDelivered", "requireLargeTextChangeBilling",
              "largeTextChangesToBill"),
          "changeRequestChecks", Set.of("workStarted"));

  /** The variable scopes the engine names in expressions. */
  public static final Set<String> SCOPES = Set.of("execution", "task");

  /** What a model may call or read on {@code execution} and {@code task}. */
  public static final Set<String> SCOPE_MEMBERS =
      Set.of(
          "getVariable", "getVariableLocal", "setVariable", "setVariableLocal", "hasVariable",
          "hasVariableLocal", "getId", "id", "getProcessInstanceId", "processInstanceId",
          "getProcessBusinessKey", "processBusinessKey", "getBusinessKey", "businessKey",
          "getCurrentActivityId", "currentActivityId", "getActivityInstanceId", "activityInstanceId",
          "getEventName", "eventName", "getTaskDefinitionKey", "taskDefinitionKey", "getName", "name",
          "getAssignee", "assignee", "getDueDate", "dueDate", "getProcessDefinitionId",
          "processDefinitionId");

  /** Engine functions (no Java behind them a model could steer). */
  public static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");

  /** Members no expression may ever reach, whatever the object. */
  static final Set<String> NEVER =
      Set.of(
          "getClass", "class", "forName", "getClassLoader", "classLoader", "getDeclaringClass",
          "declaringClass", "newInstance", "invoke", "exec", "getRuntime", "getProcessEngine",
          "processEngine", "getProcessEngineServices", "processEngineServices", "wait", "notify",
          "notifyAll");

  private final Predicate<String> isApplicationBean;
  private final Predicate<String> isDelegateBean;

  /**
   * @param isApplicationBean whether a name is a bean of the application context (any bean)
   * @param isDelegateBean whether a name is a contractflow delegate or listener bean
   */
  public ModelExpressionPolicy(Predicate<String> isApplicationBean, Predicate<String> isDelegateBean) {
    this.isApplicationBean = isApplicationBean;
    this.isDelegateBean = isDelegateBean;
  }

  /** Whether a model may name this bean (delegates and {@link #METHOD_BEANS}). */
  public boolean isAllowedBean(String name) {
    return METHOD_BEANS.containsKey(name) || isDelegateBean.test(name);
  }

  /** Whether an attribute value or text is an expression for the engine (it has {@code ${ or #{}). */
  public static boolean isExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** Why the expression is refused, or empty when it fits the grammar. */
  public Optional<String> refusal(String expression) {
    Node root;
    try {
      root = new Builder(Builder.Feature.METHOD_INVOCATIONS).build(expression).getRoot();
    } catch (TreeBuilderException e) {
      return Optional.of("'" + expression + "' is not a valid expression: " + e.getMessage());
    }
    List<String> problems = new ArrayList<>();
    check(root, problems);
    if (problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("the expression '" + expression + "' " + String.join("; ", problems));
  }

  private void check(Node node, List<String> problems) {
    if (node instanceof AstText
        || node instanceof AstString
        || node instanceof AstNumber
        || node instanceof AstBoolean
        || node instanceof AstNull) {
      return;
    }
    if (node instanceof AstComposite
        || node instanceof AstEval
        || node instanceof AstNested
        || node instanceof AstBinary
        || node instanceof AstUnary
        || node instanceof AstChoice
        || node instanceof AstParameters) {
      children(node, problems);
    } else if (node instanceof AstIdentifier identifier) {
      String name = identifier.getName();
      if (!SCOPES.contains(name) && isApplicationBean.test(name) && !isAllowedBean(name)) {
        problems.add(
            "names the application bean '" + name + "', which models may not use (allowed: the"
                + " delegate and listener beans and " + new TreeSet<>(METHOD_BEANS.keySet()) + ")");
      }
    } else if (node instanceof AstMethod method) {
      checkMethod(method, problems);
    } else if (node instanceof AstDot dot) {
      String property = propertyName(dot);
      Node prefix = dot.getChild(0);
      if (prefix instanceof AstIdentifier scope
          && SCOPES.contains(scope.getName())
          && SCOPE_MEMBERS.contains(property)) {
        return;
      }
      problems.add(
          "reads the property '" + property + "' of " + describe(prefix) + ": models read variables"
              + " by name, and only ids of execution and task (" + new TreeSet<>(SCOPE_MEMBERS) + ")");
    } else if (node instanceof AstBracket) {
      problems.add("uses bracket access ([…]), which models may not use");
    } else if (node instanceof AstFunction function) {
      if (!FUNCTIONS.contains(function.getName())) {
        problems.add(
            "calls the function '" + function.getName() + "()', which models may not use (allowed: "
                + new TreeSet<>(FUNCTIONS) + ")");
      } else {
        children(node, problems);
      }
    } else {
      problems.add("uses '" + node + "', which models may not use");
    }
  }

  private void checkMethod(AstMethod method, List<String> problems) {
    Node property = method.getChild(0);
    Node parameters = method.getChild(1);
    if (!(property instanceof AstDot dot)) {
      problems.add("calls a method through bracket access, which models may not do");
      return;
    }
    String name = propertyName(dot);
    Node target = dot.getChild(0);
    if (NEVER.contains(name)) {
      problems.add("calls '" + name + "()', which no expression may call");
    } else if ("toString".equals(name) && parameters.getCardinality() == 0) {
      check(target, problems);
    } else if (target instanceof AstIdentifier bean && METHOD_BEANS.containsKey(bean.getName())) {
      Set<String> allowed = METHOD_BEANS.get(bean.getName());
      if (!allowed.contains(name)) {
        problems.add(
            "calls '" + bean.getName() + "." + name + "()', which models may not call (allowed on "
                + bean.getName() + ": " + new TreeSet<>(allowed) + ")");
      }
    } else if (target instanceof AstIdentifier scope && SCOPES.contains(scope.getName())) {
      if (!SCOPE_MEMBERS.contains(name)) {
        problems.add(
            "calls '" + scope.getName() + "." + name + "()', which models may not call (allowed: "
                + new TreeSet<>(SCOPE_MEMBERS) + ")");
      }
    } else {
      problems.add(
          "calls the method '" + name + "()' on " + describe(target) + ": models call methods only on "
              + new TreeSet<>(METHOD_BEANS.keySet()) + ", execution and task");
      check(target, problems);
    }
    children(parameters, problems);
  }

  private void children(Node node, List<String> problems) {
    for (int i = 0; i < node.getCardinality(); i++) {
      check(node.getChild(i), problems);
    }
  }

  private static String describe(Node node) {
    if (node instanceof AstIdentifier identifier) {
      return "'" + identifier.getName() + "'";
    }
    if (node instanceof AstString) {
      return "a string literal";
    }
    return "the result of another expression";
  }

  /** {@code AstDot} prints itself as {@code . name}. */
  private static String propertyName(AstDot dot) {
    String printed = dot.toString();
    return printed.startsWith(". ") ? printed.substring(2) : printed;
  }
}
