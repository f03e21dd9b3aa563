package be.contractflow.support;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.Deadline;
import be.contractflow.ledger.Deadlines;
import be.contractflow.ledger.Party;
import be.contractflow.process.Channel;
import be.contractflow.process.ContractEventType;
import be.contractflow.process.ContractEvents;
import be.contractflow.process.TypedVariables;
import be.contractflow.process.delivery.DeliveryVariables;
import be.contractflow.terms.TermsService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Drives process instances in Spring tests the way the job executor and staff would: runs every
 * due job (async continuations and timers whose date has come on the engine clock), posts contract
 * events through {@link ContractEvents}, completes tasks with form values.
 */
@Component
public class ProcessDriver {

  private final ManagementService management;
  private final TaskService tasks;
  private final ContractEvents events;
  private final Deadlines deadlines;
  private final RuntimeService runtime;

  public ProcessDriver(ManagementService management, TaskService tasks, ContractEvents events,
      Deadlines deadlines, RuntimeService runtime) {
    this.management = management;
    this.tasks = tasks;
    this.events = events;
    this.deadlines = deadlines;
    this.runtime = runtime;
  }

  /**
   * Starts {@code delivery} for a confirmed contract as the order process does (business key =
   * contract number), then runs the due jobs.
   */
  public ProcessInstance startDelivery(Contract contract, ClientType clientType,
      String orderTotalExclVat) {
    var instance = runtime.startProcessInstanceByKey(DeliveryVariables.PROCESS_KEY,
        contract.number(), TypedVariables.of(DeliveryVariables.CONTRACT_NUMBER, contract.number())
            .and(DeliveryVariables.CLIENT_ID, contract.clientId())
            .and(DeliveryVariables.CONTRACT_KIND, contract.kind())
            .and(DeliveryVariables.ORDER_TOTAL_EXCL_VAT, new BigDecimal(orderTotalExclVat))
            .andAll(Map.of(TermsService.TERMS_PROFILE, contract.termsProfile(),
                TermsService.CLIENT_TYPE, clientType.name())).map());
    runDueJobs();
    return instance;
  }

  /** Moves the engine clock to noon on {@code date} and runs every job due by then. */
  public void at(LocalDate date) {
    LedgerFixtures.today(date);
    runDueJobs();
  }

  /** The processes whose jobs {@link #runDueJobs()} runs. */
  private static final java.util.List<String> DRIVEN = java.util.List.of("order", "delivery",
      "go-live-windows", "change-request", "subscription", "termination");

  /** Runs due jobs of the driven processes until none is left; returns how many ran. */
  public int runDueJobs() {
    return DueJobs.run(management, this::dueJobs, () -> { }, 200);
  }

  /** The executable jobs of the driven processes, now. */
  public java.util.List<org.camunda.bpm.engine.runtime.Job> dueJobs() {
    return DRIVEN.stream()
        .flatMap(key -> management.createJobQuery().processDefinitionKey(key).executable()
            .list().stream())
        .toList();
  }

  /** A contract event as POST /api/contracts/{n}/events delivers it, then runs the due jobs. */
  public int event(String contractNumber, ContractEventType type, LocalDate date,
      Channel channel, String reason) {
    int notified = events.deliver(contractNumber,
        new ContractEvents.Event(type, date, Party.CLIENT, channel, reason));
    runDueJobs();
    return notified;
  }

  public int event(String contractNumber, ContractEventType type, LocalDate date) {
    return event(contractNumber, type, date, Channel.EMAIL, null);
  }

  /** The single open task of a definition key in the process instance. */
  public Task task(String processInstanceId, String taskDefinitionKey) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  public long openTasks(String processInstanceId, String taskDefinitionKey) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskDefinitionKey).count();
  }

  /** Completes the task with form values, then runs the due jobs. */
  public void complete(Task task, Map<String, Object> values) {
    tasks.complete(task.getId(), values);
    runDueJobs();
  }

  public java.util.List<Deadline> deadlines(String contractNumber) {
    return deadlines.forContract(contractNumber);
  }

  /** The contract's deadline of that clause and name prefix. */
  public Deadline deadline(String contractNumber, String clause, String namePrefix) {
    return deadlines.forContract(contractNumber).stream()
        .filter(d -> d.clause().equals(clause) && d.name().startsWith(namePrefix))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("no " + clause + " deadline '" + namePrefix
            + "' in " + deadlines.forContract(contractNumber)));
  }
}
