package be.contractflow.support.model;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import be.contractflow.support.DueJobs;
import be.contractflow.time.BusinessClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives a model in a model test the way the job executor, staff and the services would: runs
 * every due job, moves the engine clock to a timer's date, completes tasks, correlates messages.
 * Never sleeps: time is the engine clock ({@link ClockUtil}).
 */
public final class ModelDriver {

  private ModelDriver() {}

  /** Sets the engine clock to {@code time} on {@code date}, Brussels time. */
  public static void clockAt(LocalDate date, LocalTime time) {
    ClockUtil.setCurrentTime(Date.from(date.atTime(time).atZone(BusinessClock.ZONE).toInstant()));
  }

  public static void resetClock() {
    ClockUtil.reset();
  }

  public static LocalDate today() {
    return new BusinessClock().today();
  }

  /** Runs every job due on the engine clock, and those they create, until none is left. */
  public static int runDueJobs() {
    return DueJobs.run(managementService(), DueJobs.all());
  }

  /** The timer job waiting on that activity of the instance. */
  public static Job timer(ProcessInstance instance, String activityId) {
    Job job = managementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).timers().singleResult();
    if (job == null) {
      throw new AssertionError("no timer on " + activityId + " of " + instance.getId());
    }
    return job;
  }

  /** When the timer on that activity falls due. */
  public static Instant timerDue(ProcessInstance instance, String activityId) {
    return timer(instance, activityId).getDuedate().toInstant();
  }

  /**
   * Moves the engine clock to the moment the timer on {@code activityId} falls due and runs every
   * job due by then (that timer, and any other due earlier).
   */
  public static void passTimer(ProcessInstance instance, String activityId) {
    ClockUtil.setCurrentTime(timer(instance, activityId).getDuedate());
    runDueJobs();
  }

  /** The single open task of that definition key in the instance. */
  public static Task task(ProcessInstance instance, String taskDefinitionKey) {
    Task task = taskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskDefinitionKey).singleResult();
    if (task == null) {
      throw new AssertionError("no open task " + taskDefinitionKey + " in " + instance.getId());
    }
    return task;
  }

  /** Completes the task with those form values, then runs the due jobs. */
  public static void complete(ProcessInstance instance, String taskDefinitionKey, Map<String, Object> values) {
    taskService().complete(task(instance, taskDefinitionKey).getId(), values);
    runDueJobs();
  }

  public static void complete(ProcessInstance instance, String taskDefinitionKey) {
    complete(instance, taskDefinitionKey, Map.of());
  }

  /** Correlates a message to the instance (as the services do), then runs the due jobs. */
  public static void correlate(ProcessInstance instance, String messageName, Map<String, Object> variables) {
    runtimeService().createMessageCorrelation(messageName).processInstanceId(instance.getId())
        .setVariables(variables).correlateWithResult();
    runDueJobs();
  }

  public static void correlate(ProcessInstance instance, String messageName) {
    correlate(instance, messageName, Map.of());
  }

  /** Starts the process by key with a business key and variables, then runs the due jobs. */
  public static ProcessInstance start(String processKey, String businessKey, Map<String, Object> variables) {
    ProcessInstance instance =
        runtimeService().startProcessInstanceByKey(processKey, businessKey, variables);
    runDueJobs();
    return instance;
  }

  @SuppressWarnings("unchecked")
  private static <T> Object encode(be.contractflow.process.ProcessVariable<T> variable, Object value) {
    return variable.encode((T) value);
  }

  /**
   * Variables from name, value pairs (values may be null, unlike {@link Map#of}); a name may be a
   * {@link be.contractflow.process.ProcessVariable}, whose value is stored as the process stores it.
   */
  public static Map<String, Object> vars(Object... namesAndValues) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object name = namesAndValues[i];
      Object value = namesAndValues[i + 1];
      if (name instanceof be.contractflow.process.ProcessVariable<?> typed) {
        variables.put(typed.name(), encode(typed, value));
      } else {
        variables.put((String) name, value);
      }
    }
    return variables;
  }
}
