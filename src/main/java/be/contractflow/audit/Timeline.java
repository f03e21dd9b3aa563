package be.contractflow.audit;

import be.contractflow.audit.TimelineEntry.Kind;
import be.contractflow.ledger.ClientRepository;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.CreditNoteRepository;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.PaymentRepository;
import be.contractflow.ledger.WaiverRepository;
import be.contractflow.notice.NoticeService;
import be.contractflow.process.ProcessVariables;
import be.contractflow.terms.TermsService;
import be.contractflow.terms.TermsVersion;
import be.contractflow.time.BusinessClock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The auditor's view of a contract: every process step, task (who, when), timer (due, fired),
 * decision (inputs, outputs, DMN version), the terms pinned at signature, deadline, notice,
 * invoice, payment, credit note and waiver, in causal order. Read from Camunda's history and the
 * ledger; it changes nothing.
 *
 * <p><b>Who.</b> Tasks completed and processes started carry the Camunda user (Tasklist, or the
 * {@code /api} caller, see {@code security.ApiUserInEngine}); payments and waivers the user the
 * ledger recorded; everything the engine or the outbox did on its own says {@value
 * TimelineEntry#SYSTEM}, with the job in {@code details.job} when a job ran it.
 *
 * <p><b>Causal order.</b> Entries are sorted by time; entries with the same time (the simulation
 * clock stands still while a whole chain of steps runs) by what caused what. Engine records are
 * ordered by their ids, which Camunda's id generator draws from the real clock (time-based UUIDs;
 * numeric ids with the database generator); a ledger record is placed after the engine record
 * that made it: a notice after the activity named in its key, an invoice just before the {@code
 * payment} process it starts (after the step that issued it), its {@code INVOICE_SENT} after it.
 */
@Service
public class Timeline {

  /** Activity types an auditor rarely needs: the audit view hides them unless asked. */
  static final Set<String> NOISE_TYPES = Set.of("exclusiveGateway", "parallelGateway",
      "inclusiveGateway", "eventBasedGateway", "complexGateway", "multiInstanceBody",
      "noneEndEvent", "intermediateNoneThrowEvent");

  private static final Set<String> TIMER_JOBS = Set.of("timer-intermediate-transition",
      "timer-transition", "timer-start-event-subprocess", "timer-start-event");

  private final HistoryService history;
  private final RepositoryService repository;
  private final NoticeService notices;
  private final InvoiceRepository invoices;
  private final PaymentRepository payments;
  private final CreditNoteRepository creditNotes;
  private final WaiverRepository waivers;
  private final ContractRepository contracts;
  private final ClientRepository clients;
  private final TermsService terms;
  private final JdbcClient jdbc;

  public Timeline(HistoryService history, RepositoryService repository, NoticeService notices,
      InvoiceRepository invoices, PaymentRepository payments, CreditNoteRepository creditNotes,
      WaiverRepository waivers, ContractRepository contracts, ClientRepository clients,
      TermsService terms, JdbcClient jdbc) {
    this.history = history;
    this.repository = repository;
    this.notices = notices;
    this.invoices = invoices;
    this.payments = payments;
    this.creditNotes = creditNotes;
    this.waivers = waivers;
    this.contracts = contracts;
    this.clients = clients;
    this.terms = terms;
    this.jdbc = jdbc;
  }

  /** An entry before it is numbered: the tick orders entries with the same time. */
  private record Draft(TimelineEntry entry, long tick) {}

  /** What the timeline collects while it reads one contract. */
  private final class Reading {
    final List<Draft> drafts = new ArrayList<>();
    /** tick of the latest activity instance per "processInstanceId/activityId". */
    final Map<String, Long> activityTicks = new HashMap<>();
    /** tick of the start of the payment process per invoice number (its business key). */
    final Map<String, Long> paymentStarts = new HashMap<>();
    final Map<String, Long> invoiceTicks = new HashMap<>();
    final Map<String, BpmnModelInstance> models = new HashMap<>();
    long ledgerTick = Long.MAX_VALUE / 2;

    void add(TimelineEntry entry, long tick) {
      drafts.add(new Draft(entry, tick));
    }

    long nextLedgerTick() {
      return ledgerTick++;
    }
  }

  public List<TimelineEntry> of(String contractNumber) {
    var reading = new Reading();
    var definitions = new HashMap<String, String>();
    List<HistoricProcessInstance> instances = processInstances(contractNumber);
    for (HistoricProcessInstance instance : instances) {
      String process = definitions.computeIfAbsent(instance.getProcessDefinitionId(), this::describe);
      processEntries(instance, process, reading);
    }
    Optional<Contract> contract = contracts.find(contractNumber);
    contract.ifPresent(c -> termsEntry(c, reading));
    invoiceEntries(contractNumber, reading);
    noticeEntries(contractNumber, reading);
    deadlineEntries(contractNumber, reading);
    for (var note : creditNotes.forContract(contractNumber)) {
      OffsetDateTime at = createdAt("cf_credit_note", note.number())
          .orElse(note.issueDate().atStartOfDay(BusinessClock.ZONE).toOffsetDateTime());
      reading.add(new TimelineEntry(at, Kind.CREDIT_NOTE_ISSUED, "Credit note " + note.number()
              + (note.creditedInvoice() != null ? " on " + note.creditedInvoice() : ""), null,
          note.clause(), TimelineEntry.SYSTEM,
          details("number", note.number(), "creditedInvoice", note.creditedInvoice(),
              "amount", note.amount().toPlainString(), "reason", note.reason(),
              "issueDate", note.issueDate().toString())), reading.nextLedgerTick());
    }
    for (var waiver : waivers.forContract(contractNumber)) {
      String what = waiver.interest() && waiver.indemnity() ? "late interest and flat indemnity"
          : waiver.interest() ? "late interest" : "flat indemnity";
      reading.add(new TimelineEntry(waiver.createdAt(), Kind.CHARGES_WAIVED,
          "Waived the " + what + " of " + waiver.invoiceNumber(), null, null,
          whoOrSystem(waiver.waivedBy()),
          details("invoiceNumber", waiver.invoiceNumber(), "interest", waiver.interest(),
              "indemnity", waiver.indemnity(), "reason", waiver.reason(),
              "waivedOn", waiver.waivedOn().toString())), reading.nextLedgerTick());
    }
    reading.drafts.sort(Comparator
        .comparing((Draft d) -> d.entry().at(),
            Comparator.nullsLast(Comparator.comparing(OffsetDateTime::toInstant)))
        .thenComparingLong(Draft::tick));
    var entries = new ArrayList<TimelineEntry>(reading.drafts.size());
    for (Draft draft : reading.drafts) {
      entries.add(draft.entry().withSequence(entries.size() + 1));
    }
    return entries;
  }

  /**
   * Every process instance of the contract, finished ones included: each carries the process
   * variable {@value ProcessVariables#CONTRACT_NUMBER}, the one Cockpit's search uses too.
   */
  public List<HistoricProcessInstance> processInstances(String contractNumber) {
    return history.createHistoricProcessInstanceQuery()
        .variableValueEquals(ProcessVariables.CONTRACT_NUMBER, contractNumber)
        .orderByProcessInstanceStartTime().asc().list();
  }

  // --- engine history ------------------------------------------------------------------------

  private void processEntries(HistoricProcessInstance instance, String process, Reading reading) {
    String id = instance.getId();
    BpmnModelInstance model = reading.models.computeIfAbsent(instance.getProcessDefinitionId(),
        repository::getBpmnModelInstance);
    String processName = Objects.requireNonNullElse(
        name(model, instance.getProcessDefinitionId().split(":")[0]),
        instance.getProcessDefinitionKey());
    long startTick = tick(id);
    if (instance.getProcessDefinitionKey().equals("payment") && instance.getBusinessKey() != null) {
      reading.paymentStarts.put(instance.getBusinessKey(), startTick);
    }
    reading.add(new TimelineEntry(time(instance.getStartTime()), Kind.PROCESS_STARTED,
        processName + " " + nullToEmpty(instance.getBusinessKey()), process, null,
        whoOrSystem(instance.getStartUserId()),
        details("processInstanceId", id, "businessKey", instance.getBusinessKey())), startTick);

    var jobsByActivity = new HashMap<String, HistoricJobLog>();
    List<HistoricJobLog> jobLogs = history.createHistoricJobLogQuery().processInstanceId(id)
        .orderPartiallyByOccurrence().asc().list();
    for (HistoricJobLog log : jobLogs) {
      if (log.isSuccessLog() && log.getActivityId() != null) {
        jobsByActivity.put(log.getActivityId(), log);
      }
    }

    long lastTick = startTick;
    for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
        .processInstanceId(id).list()) {
      long tick = tick(activity.getId());
      lastTick = Math.max(lastTick, tick);
      reading.activityTicks.merge(id + "/" + activity.getActivityId(), tick, Math::max);
      if (activity.getActivityType().equals("userTask")) {
        continue; // TASK_CREATED / TASK_COMPLETED say more
      }
      String name = activity.getActivityName();
      boolean noise = name == null || NOISE_TYPES.contains(activity.getActivityType());
      HistoricJobLog job = jobsByActivity.get(activity.getActivityId());
      reading.add(new TimelineEntry(time(activity.getEndTime() != null ? activity.getEndTime()
              : activity.getStartTime()), Kind.STEP, name != null ? name : "(unnamed "
              + activity.getActivityType() + ")", process, documentation(model,
              activity.getActivityId()), TimelineEntry.SYSTEM,
          details("processInstanceId", id, "activityId", activity.getActivityId(),
              "type", activity.getActivityType(),
              "started", time(activity.getStartTime()), "ended", time(activity.getEndTime()),
              "job", job == null ? null : job.getJobDefinitionType() + " " + job.getJobId()),
          0, noise), tick);
    }

    var completedBy = new HashMap<String, String>();
    for (UserOperationLogEntry op : history.createUserOperationLogQuery().processInstanceId(id)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()) {
      if (op.getTaskId() != null && op.getUserId() != null) {
        completedBy.put(op.getTaskId(), op.getUserId());
      }
    }
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(id)
        .list()) {
      var details = details("processInstanceId", id, "activityId", task.getTaskDefinitionKey(),
          "taskId", task.getId(), "due", time(task.getDueDate()),
          "outcome", task.getDeleteReason());
      long tick = tick(task.getId());
      reading.add(new TimelineEntry(time(task.getStartTime()), Kind.TASK_CREATED, task.getName(),
          process, documentation(model, task.getTaskDefinitionKey()), TimelineEntry.SYSTEM,
          details), tick);
      if (task.getEndTime() != null) {
        String who = completedBy.getOrDefault(task.getId(), task.getAssignee());
        Long endTick = reading.activityTicks.get(id + "/" + task.getTaskDefinitionKey());
        reading.add(new TimelineEntry(time(task.getEndTime()), Kind.TASK_COMPLETED,
            task.getName(), process, documentation(model, task.getTaskDefinitionKey()),
            whoOrSystem(who), details), Math.max(tick, endTick == null ? tick : endTick) + 1);
      }
    }

    for (HistoricJobLog log : jobLogs) {
      if (!TIMER_JOBS.contains(log.getJobDefinitionType())) {
        continue;
      }
      String name = Objects.requireNonNullElse(name(model, log.getActivityId()),
          log.getActivityId());
      var details = details("processInstanceId", id, "activityId", log.getActivityId(),
          "due", time(log.getJobDueDate()), "job", log.getJobId());
      if (log.isCreationLog()) {
        reading.add(new TimelineEntry(time(log.getTimestamp()), Kind.TIMER_SET, name, process,
            documentation(model, log.getActivityId()), TimelineEntry.SYSTEM, details, 0, true),
            tick(log.getId()));
      } else if (log.isSuccessLog()) {
        reading.add(new TimelineEntry(time(log.getTimestamp()), Kind.TIMER_FIRED, name, process,
            documentation(model, log.getActivityId()), TimelineEntry.SYSTEM, details),
            tick(log.getId()));
      }
    }

    for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery()
        .processInstanceId(id).includeInputs().includeOutputs().list()) {
      var definition = repository.getDecisionDefinition(decision.getDecisionDefinitionId());
      reading.add(new TimelineEntry(time(decision.getEvaluationTime()), Kind.DECISION,
          decision.getDecisionDefinitionName(), process,
          definition.getKey() + " v" + definition.getVersion(),
          whoOrSystem(decision.getUserId()),
          details("processInstanceId", id, "activityId", decision.getActivityId(),
              "inputs", inputs(decision), "outputs", outputRows(decision, null))),
          tick(decision.getId()));
    }

    if (instance.getEndTime() != null) {
      reading.add(new TimelineEntry(time(instance.getEndTime()), Kind.PROCESS_ENDED,
          processName + " ended (" + instance.getState() + ")", process, null,
          TimelineEntry.SYSTEM, details("processInstanceId", id)), lastTick + 2);
    }
  }

  /** The terms decisions the contract runs under, with the inputs and outputs they gave. */
  private void termsEntry(Contract contract, Reading reading) {
    var pins = jdbc.sql("""
            select min(pinned_at) from cf_contract_terms_version where contract_number = ?""")
        .param(contract.number()).query(OffsetDateTime.class).optional();
    boolean pinned = pins.isPresent();
    Map<String, TermsVersion> versions = terms.versionsOf(contract.number());
    String clientType = clients.require(contract.clientId()).type().name();
    var decisions = new ArrayList<Map<String, Object>>();
    for (TermsVersion version : versions.values()) {
      var decision = details("decision", version.decisionKey(), "version", version.version(),
          "decisionDefinitionId", version.decisionDefinitionId());
      evaluation(version, contract, clientType).ifPresent(instance -> {
        decision.put("inputs", inputs(instance));
        decision.put("outputs", outputRows(instance, contract.termsProfile()));
      });
      decisions.add(decision);
    }
    String labels = String.join(", ", versions.values().stream().map(TermsVersion::label).toList());
    OffsetDateTime at = pins.orElseGet(() -> createdAt("cf_contract", contract.number()).orElse(null));
    reading.add(new TimelineEntry(at, Kind.TERMS_PINNED,
        pinned ? "Terms pinned at signature: " + labels
            : "Terms not pinned yet (not signed): the latest versions apply: " + labels,
        null, labels, TimelineEntry.SYSTEM,
        details("termsProfile", contract.termsProfile(), "clientType", clientType,
            "contractKind", contract.kind().name(), "pinned", pinned, "decisions", decisions)),
        reading.nextLedgerTick());
  }

  /** A recorded evaluation of that decision version for the contract's profile, type and kind. */
  private Optional<HistoricDecisionInstance> evaluation(TermsVersion version, Contract contract,
      String clientType) {
    for (HistoricDecisionInstance instance : history.createHistoricDecisionInstanceQuery()
        .decisionDefinitionId(version.decisionDefinitionId()).includeInputs().includeOutputs()
        .orderByEvaluationTime().desc().listPage(0, 200)) {
      Map<String, Object> inputs = inputs(instance);
      if (matches(inputs, TermsService.TERMS_PROFILE, contract.termsProfile())
          && matches(inputs, TermsService.CLIENT_TYPE, clientType)
          && matches(inputs, TermsService.CONTRACT_KIND, contract.kind().name())) {
        return Optional.of(instance);
      }
    }
    return Optional.empty();
  }

  private static boolean matches(Map<String, Object> inputs, String name, String value) {
    return !inputs.containsKey(name) || value.equals(String.valueOf(inputs.get(name)));
  }

  /** The inputs of an evaluation by the variable each input reads ({@code termsProfile}). */
  private Map<String, Object> inputs(HistoricDecisionInstance decision) {
    var inputs = new LinkedHashMap<String, Object>();
    for (HistoricDecisionInputInstance input : decision.getInputs()) {
      inputs.put(inputName(decision.getDecisionDefinitionId(), input), input.getValue());
    }
    return inputs;
  }

  private final Map<String, String> inputNames = new java.util.concurrent.ConcurrentHashMap<>();

  /** The input's expression when it is a plain variable name, else its label. */
  private String inputName(String decisionDefinitionId, HistoricDecisionInputInstance input) {
    return inputNames.computeIfAbsent(decisionDefinitionId + "#" + input.getClauseId(), key -> {
      String label = input.getClauseName() != null ? input.getClauseName() : input.getClauseId();
      try {
        DmnModelInstance model = repository.getDmnModelInstance(decisionDefinitionId);
        Input element = model.getModelElementById(input.getClauseId());
        if (element != null && element.getInputExpression() != null
            && element.getInputExpression().getText() != null) {
          String text = element.getInputExpression().getText().getTextContent().strip();
          if (text.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return text;
          }
        }
      } catch (RuntimeException unreadable) {
        // the label will do
      }
      return label;
    });
  }

  /**
   * The rows a decision gave, each as output name → value; for a COLLECT table with a {@code
   * profile} column (terms-profiles) only the contract's own row.
   */
  private static List<Map<String, Object>> outputRows(HistoricDecisionInstance decision,
      String profile) {
    var rows = new LinkedHashMap<Integer, Map<String, Object>>();
    for (HistoricDecisionOutputInstance output : decision.getOutputs()) {
      rows.computeIfAbsent(output.getRuleOrder() == null ? 0 : output.getRuleOrder(),
          k -> new LinkedHashMap<>()).put(output.getVariableName(), output.getValue());
    }
    return rows.values().stream()
        .filter(row -> profile == null || !row.containsKey("profile")
            || profile.equals(row.get("profile")))
        .toList();
  }

  // --- ledger --------------------------------------------------------------------------------

  private void invoiceEntries(String contractNumber, Reading reading) {
    for (var invoice : invoices.forContract(contractNumber)) {
      OffsetDateTime at = createdAt("cf_invoice", invoice.number())
          .orElse(invoice.issueDate().atStartOfDay(BusinessClock.ZONE).toOffsetDateTime());
      Long paymentStart = reading.paymentStarts.get(invoice.number());
      long tick = paymentStart != null ? paymentStart - 1 : reading.nextLedgerTick();
      reading.invoiceTicks.put(invoice.number(), tick);
      reading.add(new TimelineEntry(at, Kind.INVOICE_ISSUED,
          "Invoice " + invoice.number() + " (" + invoice.kind() + ")", null, invoice.clause(),
          TimelineEntry.SYSTEM,
          details("number", invoice.number(), "issueDate", invoice.issueDate().toString(),
              "amountExclVat", invoice.amountExclVat().toPlainString(),
              "vat", invoice.vat().toPlainString(), "total", invoice.total().toPlainString(),
              "dueDate", invoice.dueDate().toString(), "status", invoice.status().name())), tick);
      for (var payment : payments.forInvoice(invoice.number())) {
        reading.add(new TimelineEntry(payment.recordedAt(), Kind.PAYMENT_RECORDED,
            "Payment on " + invoice.number(), null, null, whoOrSystem(payment.recordedBy()),
            details("invoiceNumber", invoice.number(), "amount", payment.amount().toPlainString(),
                "date", payment.paymentDate().toString(), "reference", payment.reference(),
                "toIndemnity", payment.toIndemnity().toPlainString(),
                "toInterest", payment.toInterest().toPlainString(),
                "toPrincipal", payment.toPrincipal().toPlainString())),
            reading.nextLedgerTick());
      }
    }
  }

  private void noticeEntries(String contractNumber, Reading reading) {
    for (var notice : notices.forContract(contractNumber)) {
      long tick = noticeTick(notice.key(), reading);
      var details = details("id", notice.id(), "type", notice.type().name(),
          "channel", notice.channel().name(), "to", notice.recipient(),
          "invoiceNumber", notice.invoiceNumber(), "status", notice.status().name(),
          "document", notice.documentName(), "lastError", notice.lastError());
      reading.add(new TimelineEntry(notice.createdAt(), Kind.NOTICE_ISSUED, notice.subject(), null,
          notice.clause(), TimelineEntry.SYSTEM, details), tick);
      if (notice.sentAt() != null) {
        reading.add(new TimelineEntry(notice.sentAt(), Kind.NOTICE_SENT, notice.subject(), null,
            notice.clause(), TimelineEntry.SYSTEM, details), tick + 1);
      }
    }
  }

  /** Right after the activity its key names, or the invoice it sends; else in ledger order. */
  private static long noticeTick(String key, Reading reading) {
    String[] parts = key.split("/");
    if (parts.length >= 3 && parts[0].equals("invoice")
        && reading.invoiceTicks.containsKey(parts[1])) {
      return reading.invoiceTicks.get(parts[1]) + 1;
    }
    if (parts.length >= 2) {
      Long activity = reading.activityTicks.get(parts[0] + "/" + parts[1]);
      if (activity != null) {
        return activity + 1;
      }
    }
    return reading.nextLedgerTick();
  }

  private void deadlineEntries(String contractNumber, Reading reading) {
    jdbc.sql("""
            select deadline_key, invoice_number, clause, name, due_date, status, created_at,
                updated_at
            from cf_deadline where contract_number = ? order by id""")
        .param(contractNumber)
        .query(rs -> {
          String status = rs.getString("status");
          var details = details("key", rs.getString("deadline_key"),
              "invoiceNumber", rs.getString("invoice_number"),
              "dueDate", rs.getDate("due_date").toLocalDate().toString(), "status", status);
          String name = rs.getString("name");
          String clause = rs.getString("clause");
          reading.add(new TimelineEntry(rs.getObject("created_at", OffsetDateTime.class),
              Kind.DEADLINE_SET, name, null, clause, TimelineEntry.SYSTEM, details),
              reading.nextLedgerTick());
          OffsetDateTime closed = rs.getObject("updated_at", OffsetDateTime.class);
          if (!"PENDING".equals(status) && closed != null) {
            reading.add(new TimelineEntry(closed, Kind.valueOf("DEADLINE_" + status),
                name + " (" + status.toLowerCase() + ")", null, clause, TimelineEntry.SYSTEM,
                details), reading.nextLedgerTick());
          }
        });
  }

  private Optional<OffsetDateTime> createdAt(String table, String number) {
    return jdbc.sql("select created_at from " + table + " where number = ?").param(number)
        .query(OffsetDateTime.class).optional()
        .map(t -> t.atZoneSameInstant(BusinessClock.ZONE).toOffsetDateTime());
  }

  // --- helpers -------------------------------------------------------------------------------

  private String describe(String processDefinitionId) {
    ProcessDefinition definition = repository.getProcessDefinition(processDefinitionId);
    return definition.getKey() + " v" + definition.getVersion()
        + (definition.getVersionTag() != null ? " (" + definition.getVersionTag() + ")" : "");
  }

  /** The element's name in the model (a timer's "Suspension day (WJA-11)", not its id). */
  static String name(BpmnModelInstance model, String elementId) {
    if (model == null || elementId == null) {
      return null;
    }
    ModelElementInstance element = model.getModelElementById(elementId);
    return element == null ? null : element.getAttributeValue("name");
  }

  private static final Pattern CLAUSE_ID =
      Pattern.compile("\\b(?:VIR|WJA|BDB|CC|XIX)-R?\\d+(?:\\.\\d+)*[a-z]?\\b");

  /**
   * The clause ids an element's documentation names (every timer and amount task names its
   * clause, e.g. {@code WJA-11}), comma-separated; null when it names none.
   */
  static String documentation(BpmnModelInstance model, String elementId) {
    if (model == null || elementId == null) {
      return null;
    }
    ModelElementInstance element = model.getModelElementById(elementId);
    if (element instanceof BaseElement base && !base.getDocumentations().isEmpty()) {
      String text = base.getDocumentations().iterator().next().getTextContent();
      if (text == null) {
        return null;
      }
      var ids = new java.util.LinkedHashSet<String>();
      Matcher matcher = CLAUSE_ID.matcher(text);
      while (matcher.find()) {
        ids.add(matcher.group());
      }
      return ids.isEmpty() ? null : String.join(", ", ids);
    }
    return null;
  }

  /**
   * The real-clock order of an engine record: time-based UUIDs carry the instant they were drawn
   * (100 ns resolution), the database id generator's numbers grow; anything else sorts last.
   */
  static long tick(String id) {
    if (id == null) {
      return Long.MAX_VALUE / 4;
    }
    // activity instance ids are "<activity id>:<id>"
    id = id.substring(id.lastIndexOf(':') + 1);
    try {
      UUID uuid = UUID.fromString(id);
      if (uuid.version() == 1) {
        return uuid.timestamp();
      }
    } catch (IllegalArgumentException notAUuid) {
      try {
        return Long.parseLong(id);
      } catch (NumberFormatException notANumber) {
        // fall through
      }
    }
    return Long.MAX_VALUE / 4;
  }

  private static String whoOrSystem(String userId) {
    return userId == null || userId.isBlank() ? TimelineEntry.SYSTEM : userId;
  }

  private static OffsetDateTime time(Date date) {
    return date == null ? null : OffsetDateTime.ofInstant(date.toInstant(), BusinessClock.ZONE);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  /** An insertion-ordered map that, unlike Map.of, keeps null values out. */
  static Map<String, Object> details(Object... keyValues) {
    var map = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keyValues.length; i += 2) {
      if (keyValues[i + 1] != null) {
        map.put((String) keyValues[i], keyValues[i + 1]);
      }
    }
    return map;
  }

}
