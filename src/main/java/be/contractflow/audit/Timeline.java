package be.contractflow.audit;

import be.contractflow.audit.TimelineEntry.Kind;
import be.contractflow.ledger.CreditNoteRepository;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.PaymentRepository;
import be.contractflow.ledger.WaiverRepository;
import be.contractflow.notice.NoticeService;
import be.contractflow.process.ProcessVariables;
import be.contractflow.time.BusinessClock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/**
 * The auditor's view of a contract: every process step, task (who, when), timer (due, fired),
 * decision (with its DMN version), notice, invoice, payment, credit note and waiver, in order. Read from Camunda's
 * history and the ledger; it changes nothing.
 */
@Service
public class Timeline {

  private final HistoryService history;
  private final RepositoryService repository;
  private final NoticeService notices;
  private final InvoiceRepository invoices;
  private final PaymentRepository payments;
  private final CreditNoteRepository creditNotes;
  private final WaiverRepository waivers;

  public Timeline(HistoryService history, RepositoryService repository, NoticeService notices,
      InvoiceRepository invoices, PaymentRepository payments, CreditNoteRepository creditNotes,
      WaiverRepository waivers) {
    this.creditNotes = creditNotes;
    this.waivers = waivers;
    this.history = history;
    this.repository = repository;
    this.notices = notices;
    this.invoices = invoices;
    this.payments = payments;
  }

  public List<TimelineEntry> of(String contractNumber) {
    var entries = new ArrayList<TimelineEntry>();
    var definitions = new HashMap<String, String>();
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
        .variableValueEquals(ProcessVariables.CONTRACT_NUMBER, contractNumber).list()) {
      String process = definitions.computeIfAbsent(instance.getProcessDefinitionId(), this::describe);
      processEntries(instance, process, entries);
    }
    for (var notice : notices.forContract(contractNumber)) {
      var details = details("type", notice.type().name(), "channel", notice.channel().name(),
          "to", notice.recipient(), "invoiceNumber", notice.invoiceNumber(),
          "status", notice.status().name());
      entries.add(new TimelineEntry(notice.createdAt(), Kind.NOTICE_ISSUED, notice.subject(), null,
          notice.clause(), null, details));
      if (notice.sentAt() != null) {
        entries.add(new TimelineEntry(notice.sentAt(), Kind.NOTICE_SENT, notice.subject(), null,
            notice.clause(), null, details));
      }
    }
    for (var invoice : invoices.forContract(contractNumber)) {
      entries.add(new TimelineEntry(invoice.issueDate().atStartOfDay(BusinessClock.ZONE).toOffsetDateTime(),
          Kind.INVOICE_ISSUED, "Invoice " + invoice.number() + " (" + invoice.kind() + ")", null,
          invoice.clause(), null,
          details("number", invoice.number(), "amountExclVat", invoice.amountExclVat().toPlainString(),
              "vat", invoice.vat().toPlainString(), "total", invoice.total().toPlainString(),
              "dueDate", invoice.dueDate().toString(), "status", invoice.status().name())));
      for (var payment : payments.forInvoice(invoice.number())) {
        entries.add(new TimelineEntry(payment.recordedAt(), Kind.PAYMENT_RECORDED,
            "Payment on " + invoice.number(), null, null, payment.recordedBy(),
            details("amount", payment.amount().toPlainString(), "date", payment.paymentDate().toString(),
                "reference", payment.reference(), "toIndemnity", payment.toIndemnity().toPlainString(),
                "toInterest", payment.toInterest().toPlainString(),
                "toPrincipal", payment.toPrincipal().toPlainString())));
      }
    }
    for (var note : creditNotes.forContract(contractNumber)) {
      entries.add(new TimelineEntry(note.issueDate().atStartOfDay(BusinessClock.ZONE)
              .toOffsetDateTime(), Kind.CREDIT_NOTE_ISSUED, "Credit note " + note.number()
              + (note.creditedInvoice() != null ? " on " + note.creditedInvoice() : ""), null,
          note.clause(), null,
          details("number", note.number(), "creditedInvoice", note.creditedInvoice(),
              "amount", note.amount().toPlainString(), "reason", note.reason())));
    }
    for (var waiver : waivers.forContract(contractNumber)) {
      String what = waiver.interest() && waiver.indemnity() ? "late interest and flat indemnity"
          : waiver.interest() ? "late interest" : "flat indemnity";
      entries.add(new TimelineEntry(waiver.createdAt(), Kind.CHARGES_WAIVED,
          "Waived the " + what + " of " + waiver.invoiceNumber(), null, null, waiver.waivedBy(),
          details("invoiceNumber", waiver.invoiceNumber(), "interest", waiver.interest(),
              "indemnity", waiver.indemnity(), "reason", waiver.reason(),
              "waivedOn", waiver.waivedOn().toString())));
    }
    entries.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(e -> e.kind().ordinal()));
    return entries;
  }

  private void processEntries(HistoricProcessInstance instance, String process,
      List<TimelineEntry> entries) {
    String id = instance.getId();
    entries.add(new TimelineEntry(time(instance.getStartTime()), Kind.PROCESS_STARTED,
        instance.getProcessDefinitionKey() + " " + nullToEmpty(instance.getBusinessKey()), process,
        null, instance.getStartUserId(), details("processInstanceId", id)));
    if (instance.getEndTime() != null) {
      entries.add(new TimelineEntry(time(instance.getEndTime()), Kind.PROCESS_ENDED,
          instance.getProcessDefinitionKey() + " ended (" + instance.getState() + ")", process, null,
          null, details("processInstanceId", id)));
    }
    for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
        .processInstanceId(id).list()) {
      if (activity.getActivityType().equals("userTask") || activity.getActivityName() == null) {
        continue;
      }
      entries.add(new TimelineEntry(time(activity.getEndTime() != null ? activity.getEndTime()
              : activity.getStartTime()), Kind.STEP, activity.getActivityName(), process, null, null,
          details("activityId", activity.getActivityId(), "type", activity.getActivityType(),
              "started", time(activity.getStartTime()), "ended", time(activity.getEndTime()))));
    }
    var completedBy = new HashMap<String, String>();
    for (UserOperationLogEntry op : history.createUserOperationLogQuery().processInstanceId(id)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()) {
      if (op.getTaskId() != null) {
        completedBy.put(op.getTaskId(), op.getUserId());
      }
    }
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(id)
        .list()) {
      var details = details("taskId", task.getId(), "due", time(task.getDueDate()),
          "outcome", task.getDeleteReason());
      entries.add(new TimelineEntry(time(task.getStartTime()), Kind.TASK_CREATED, task.getName(),
          process, null, null, details));
      if (task.getEndTime() != null) {
        String who = completedBy.getOrDefault(task.getId(), task.getAssignee());
        entries.add(new TimelineEntry(time(task.getEndTime()), Kind.TASK_COMPLETED, task.getName(),
            process, null, who, details));
      }
    }
    for (HistoricJobLog log : history.createHistoricJobLogQuery().processInstanceId(id).list()) {
      if (!"timer-intermediate-transition".equals(log.getJobDefinitionType())
          && !"timer-transition".equals(log.getJobDefinitionType())
          && !"timer-start-event-subprocess".equals(log.getJobDefinitionType())) {
        continue;
      }
      var details = details("activityId", log.getActivityId(), "due", time(log.getJobDueDate()));
      if (log.isCreationLog()) {
        entries.add(new TimelineEntry(time(log.getTimestamp()), Kind.TIMER_SET, log.getActivityId(),
            process, null, null, details));
      } else if (log.isSuccessLog()) {
        entries.add(new TimelineEntry(time(log.getTimestamp()), Kind.TIMER_FIRED, log.getActivityId(),
            process, null, null, details));
      }
    }
    for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery()
        .processInstanceId(id).includeOutputs().list()) {
      var outputs = new LinkedHashMap<String, Object>();
      decision.getOutputs().forEach(o -> outputs.put(o.getVariableName(), o.getValue()));
      var definition = repository.getDecisionDefinition(decision.getDecisionDefinitionId());
      entries.add(new TimelineEntry(time(decision.getEvaluationTime()), Kind.DECISION,
          decision.getDecisionDefinitionName(), process,
          definition.getKey() + " v" + definition.getVersion(), null,
          Map.of("outputs", outputs, "activityId", nullToEmpty(decision.getActivityId()))));
    }
  }

  private String describe(String processDefinitionId) {
    ProcessDefinition definition = repository.getProcessDefinition(processDefinitionId);
    return definition.getKey() + " v" + definition.getVersion()
        + (definition.getVersionTag() != null ? " (" + definition.getVersionTag() + ")" : "");
  }

  private static OffsetDateTime time(Date date) {
    return date == null ? null : OffsetDateTime.ofInstant(date.toInstant(), BusinessClock.ZONE);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  /** An insertion-ordered map that, unlike Map.of, keeps null values out. */
  private static Map<String, Object> details(Object... keyValues) {
    var map = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keyValues.length; i += 2) {
      if (keyValues[i + 1] != null) {
        map.put((String) keyValues[i], keyValues[i + 1]);
      }
    }
    return map;
  }
}
