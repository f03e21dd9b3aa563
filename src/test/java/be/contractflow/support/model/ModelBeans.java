package be.contractflow.support.model;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.Deadlines;
import be.contractflow.process.change.ChangeRequestChecks;
import be.contractflow.process.delivery.DeliveryChecks;
import be.contractflow.time.BusinessClock;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;

/**
 * The beans a model's expressions reach, registered in {@link Mocks} for one test: the real
 * {@link BusinessCalendar} (Belgian) and {@link BusinessClock} (the engine clock), so timer dates
 * and due dates are the application's; Mockito mocks of the checks ({@code deadlines},
 * {@code deliveryChecks}, {@code changeRequestChecks}); and a Mockito mock for every delegate and
 * listener the model binds, answering as {@link JavaDelegate}, {@link ExecutionListener} and
 * {@link TaskListener} (an unknown bean name fails here, as the policy fails it in the
 * application). Delegates are stubbed by element id:
 * {@code beans.sets(TASK_RECORD_SIGNATURE, CLIENT_IN_DISPUTE, true)}.
 */
public final class ModelBeans {

  private static final Pattern DELEGATE =
      Pattern.compile("delegateExpression=\"[#$]\\{([A-Za-z0-9_]+)}\"");

  private final Map<String, Object> beans = new HashMap<>();
  private final Map<String, String> delegateOfElement = new HashMap<>();
  private final Map<String, String> listenerOfElement = new HashMap<>();

  private ModelBeans() {}

  /** Bean names bound by delegate expressions, and service task / listener bindings, per model. */
  private record Bindings(Set<String> names, Map<String, String> delegateOfElement,
      Map<String, String> listenerOfElement) {}

  private static final Map<String, Bindings> BINDINGS = new ConcurrentHashMap<>();

  /** Registers the beans of the given model resources (classpath, e.g. {@code bpmn/order.bpmn}). */
  public static ModelBeans of(String... resources) {
    ModelBeans model = new ModelBeans();
    model.put("businessCalendar", BusinessCalendar.belgian());
    model.put("businessClock", new BusinessClock());
    model.put("deadlines", mock(Deadlines.class));
    model.put("deliveryChecks", mock(DeliveryChecks.class));
    model.put("changeRequestChecks", mock(ChangeRequestChecks.class));
    for (String resource : resources) {
      Bindings bindings = BINDINGS.computeIfAbsent(resource, ModelBeans::bindings);
      for (String name : bindings.names()) {
        if (!model.beans.containsKey(name)) {
          // the name must be a contractflow delegate or listener; the mock answers as any of them
          DelegateBeans.type(name);
          model.put(name, mock(JavaDelegate.class,
              withSettings().extraInterfaces(ExecutionListener.class, TaskListener.class).name(name)));
        }
      }
      model.delegateOfElement.putAll(bindings.delegateOfElement());
      model.listenerOfElement.putAll(bindings.listenerOfElement());
    }
    return model;
  }

  private static Bindings bindings(String resource) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = DELEGATE.matcher(read(resource));
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    Map<String, String> delegates = new HashMap<>();
    Map<String, String> listeners = new HashMap<>();
    BpmnModelInstance bpmn = Bpmn.readModelFromStream(stream(resource));
    for (ServiceTask task : bpmn.getModelElementsByType(ServiceTask.class)) {
      String expression = task.getCamundaDelegateExpression();
      if (expression != null) {
        delegates.put(task.getId(), expression.substring(2, expression.length() - 1));
      }
    }
    for (CamundaExecutionListener listener : bpmn.getModelElementsByType(CamundaExecutionListener.class)) {
      String expression = listener.getCamundaDelegateExpression();
      if (expression != null) {
        var element = (BaseElement) listener.getParentElement().getParentElement();
        listeners.put(element.getId(), expression.substring(2, expression.length() - 1));
      }
    }
    return new Bindings(names, delegates, listeners);
  }

  private void put(String name, Object bean) {
    beans.put(name, bean);
    Mocks.register(name, bean);
  }

  /** Forgets every registered bean (call after each test). */
  public static void reset() {
    Mocks.reset();
  }

  @SuppressWarnings("unchecked")
  public <T> T bean(String name) {
    Object bean = beans.get(name);
    if (bean == null) {
      throw new IllegalArgumentException("no bean '" + name + "' in " + beans.keySet());
    }
    return (T) bean;
  }

  /** The mocked delegate bound to the service task with that element id. */
  public JavaDelegate delegateOf(String serviceTaskId) {
    String name = delegateOfElement.get(serviceTaskId);
    if (name == null) {
      throw new IllegalArgumentException("no service task '" + serviceTaskId + "' with a delegate");
    }
    return bean(name);
  }

  /** The service task runs {@code action} on its execution (instead of the real delegate). */
  public ModelBeans does(String serviceTaskId, Consumer<DelegateExecution> action) {
    try {
      doAnswer(call -> {
            action.accept(call.getArgument(0));
            return null;
          })
          .when(delegateOf(serviceTaskId))
          .execute(any());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  /** The delegate execution listener on the element with that id runs {@code action}. */
  public ModelBeans listens(String elementId, Consumer<DelegateExecution> action) {
    String name = listenerOfElement.get(elementId);
    if (name == null) {
      throw new IllegalArgumentException("no execution listener bean on '" + elementId + "'");
    }
    try {
      doAnswer(call -> {
            action.accept(call.getArgument(0));
            return null;
          })
          .when((ExecutionListener) bean(name))
          .notify(any());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  /** The service task sets these variables, given as name, value, name, value... */
  public ModelBeans sets(String serviceTaskId, Object... namesAndValues) {
    Map<String, Object> variables = ModelDriver.vars(namesAndValues);
    return does(serviceTaskId, execution -> execution.setVariables(variables));
  }

  public Deadlines deadlines() {
    return bean("deadlines");
  }

  public DeliveryChecks deliveryChecks() {
    return bean("deliveryChecks");
  }

  public ChangeRequestChecks changeRequestChecks() {
    return bean("changeRequestChecks");
  }

  private static InputStream stream(String resource) {
    InputStream in = ModelBeans.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("no model " + resource + " on the classpath");
    }
    return in;
  }

  private static String read(String resource) {
    try (InputStream in = stream(resource)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
