package be.contractflow.audit;

import be.contractflow.billing.Settlement;
import be.contractflow.billing.SettlementService;
import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientRepository;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.Deadlines;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.money.Calculation;
import be.contractflow.notice.NoticeDocuments;
import be.contractflow.notice.NoticeDocuments.StoredDocument;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.PdfRenderer;
import be.contractflow.security.CurrentUser;
import be.contractflow.terms.TermsService;
import be.contractflow.terms.TermsVersion;
import be.contractflow.time.BusinessClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The data of the auditor's view ({@code /audit/}, issue 15), behind the web apps' sign-in, for
 * auditors and admins (see {@code SecurityConfiguration#auditViewSecurity}). Every endpoint
 * reads; the one POST checks an uploaded file against the stored hashes and stores nothing.
 */
@RestController
public class AuditController {

  private final JdbcClient jdbc;
  private final Timeline timeline;
  private final ContractRepository contracts;
  private final ClientRepository clients;
  private final InvoiceRepository invoices;
  private final SettlementService settlements;
  private final NoticeService notices;
  private final NoticeDocuments documents;
  private final Deadlines deadlines;
  private final TermsService terms;
  private final HistoryService history;
  private final RepositoryService repository;
  private final BusinessClock clock;
  private final TimelineExport export;

  public AuditController(JdbcClient jdbc, Timeline timeline, ContractRepository contracts,
      ClientRepository clients, InvoiceRepository invoices, SettlementService settlements,
      NoticeService notices, NoticeDocuments documents, Deadlines deadlines, TermsService terms,
      HistoryService history, RepositoryService repository, BusinessClock clock,
      PdfRenderer pdf) {
    this.jdbc = jdbc;
    this.timeline = timeline;
    this.contracts = contracts;
    this.clients = clients;
    this.invoices = invoices;
    this.settlements = settlements;
    this.notices = notices;
    this.documents = documents;
    this.deadlines = deadlines;
    this.terms = terms;
    this.history = history;
    this.repository = repository;
    this.clock = clock;
    this.export = new TimelineExport(pdf);
  }

  /** The page itself: {@code /audit/} serves {@code static/audit/index.html}. */
  @GetMapping({"/audit", "/audit/"})
  public ResponseEntity<byte[]> page() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/static/audit/index.html")) {
      return ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
          .header(HttpHeaders.CACHE_CONTROL, "no-store").body(in.readAllBytes());
    }
  }

  public record Me(String userId, List<String> groups, boolean auditor) {}

  /** Who is signed in (the 403 landing page uses it to send auditors here). */
  @GetMapping("/audit/api/me")
  public ResponseEntity<Me> me(@AuthenticationPrincipal CurrentUser user) {
    if (user == null) {
      return ResponseEntity.status(401).build();
    }
    boolean auditor = user.groupIds().contains("auditors")
        || user.groupIds().contains("camunda-admin");
    return ResponseEntity.ok(new Me(user.userId(), user.groupIds(), auditor));
  }

  public record Found(String contractNumber, String quoteNumber, String clientName, String kind,
      String termsProfile, String status, String matchedOn) {}

  /** Contracts by contract or quote number, client name (part of it) or invoice number. */
  @GetMapping("/audit/api/contracts")
  public List<Found> search(@RequestParam("q") String query) {
    String q = query == null ? "" : query.strip();
    if (q.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select distinct c.number, c.quote_number, cl.name, c.kind, c.terms_profile, c.status,
                case when upper(c.number) = upper(:q) or upper(c.quote_number) = upper(:q)
                       then 'contract number'
                     when exists (select 1 from cf_invoice i where i.contract_number = c.number
                                  and upper(i.number) = upper(:q)) then 'invoice number'
                     else 'client name' end as matched
            from cf_contract c join cf_client cl on cl.id = c.client_id
            where upper(c.number) = upper(:q) or upper(c.quote_number) = upper(:q)
               or lower(cl.name) like :like
               or exists (select 1 from cf_invoice i where i.contract_number = c.number
                          and upper(i.number) = upper(:q))
            order by c.number desc""")
        .param("q", q)
        .param("like", "%" + q.toLowerCase().replace("%", "").replace("_", "") + "%")
        .query((rs, n) -> new Found(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
        .list().stream().limit(50).toList();
  }

  /** The whole life of a contract, as the audit view shows it. */
  @GetMapping("/audit/api/contracts/{number}")
  public Map<String, Object> contract(@PathVariable String number) {
    Contract contract = contracts.require(number);
    Client client = clients.require(contract.clientId());
    List<TimelineEntry> entries = timeline.of(number);
    var view = new LinkedHashMap<String, Object>();
    view.put("contract", Map.of("number", contract.number(), "quoteNumber", contract.quoteNumber(),
        "kind", contract.kind().name(), "termsProfile", contract.termsProfile(),
        "status", contract.status().name(), "suspended", contract.suspended()));
    view.put("client", Map.of("name", client.name(), "email", client.email(),
        "type", client.type().name()));
    view.put("terms", Map.of("pinned", terms.isPinned(number),
        "versions", terms.versionsOf(number).values().stream().map(TermsVersion::label).toList()));
    view.put("processes", processes(number));
    view.put("amounts", amounts(contract));
    view.put("notices", noticeViews(number));
    view.put("deadlines", deadlines.forContract(number));
    view.put("timeline", entries);
    view.put("generatedAt", clock.now());
    return view;
  }

  private List<Map<String, Object>> processes(String contractNumber) {
    var result = new ArrayList<Map<String, Object>>();
    var models = new HashMap<String, BpmnModelInstance>();
    for (HistoricProcessInstance instance : timeline.processInstances(contractNumber)) {
      String id = instance.getId();
      ProcessDefinition definition = repository.getProcessDefinition(
          instance.getProcessDefinitionId());
      BpmnModelInstance model = models.computeIfAbsent(definition.getId(),
          repository::getBpmnModelInstance);
      var process = new LinkedHashMap<String, Object>();
      process.put("id", id);
      process.put("key", definition.getKey());
      process.put("name", definition.getName() != null ? definition.getName() : definition.getKey());
      process.put("version", definition.getVersion());
      process.put("versionTag", definition.getVersionTag());
      process.put("definitionId", definition.getId());
      process.put("businessKey", instance.getBusinessKey());
      process.put("state", instance.getState());
      process.put("started", time(instance.getStartTime()));
      process.put("ended", time(instance.getEndTime()));

      var completedBy = new HashMap<String, String>();
      for (UserOperationLogEntry op : history.createUserOperationLogQuery().processInstanceId(id)
          .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()) {
        if (op.getTaskId() != null && op.getUserId() != null) {
          completedBy.put(op.getTaskId(), op.getUserId());
        }
      }
      var tasksByActivity = new HashMap<String, HistoricTaskInstance>();
      for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
          .processInstanceId(id).list()) {
        tasksByActivity.put(task.getTaskDefinitionKey(), task);
      }
      var timerFired = new HashMap<String, Date>();
      for (HistoricJobLog log : history.createHistoricJobLogQuery().processInstanceId(id)
          .successLog().list()) {
        if (log.getJobDefinitionType() != null && log.getJobDefinitionType().startsWith("timer")) {
          timerFired.put(log.getActivityId(), log.getTimestamp());
        }
      }
      var activities = new ArrayList<Map<String, Object>>();
      for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
          .processInstanceId(id).orderByHistoricActivityInstanceStartTime().asc()
          .orderPartiallyByOccurrence().asc().list()) {
        var a = new LinkedHashMap<String, Object>();
        a.put("activityId", activity.getActivityId());
        String name = activity.getActivityName() != null ? activity.getActivityName()
            : Timeline.name(model, activity.getActivityId());
        a.put("name", name);
        a.put("type", activity.getActivityType());
        a.put("noise", name == null || Timeline.NOISE_TYPES.contains(activity.getActivityType()));
        a.put("started", time(activity.getStartTime()));
        a.put("ended", time(activity.getEndTime()));
        a.put("canceled", activity.isCanceled());
        a.put("clause", Timeline.documentation(model, activity.getActivityId()));
        HistoricTaskInstance task = tasksByActivity.get(activity.getActivityId());
        if (task != null) {
          a.put("who", completedBy.getOrDefault(task.getId(), task.getAssignee()));
          a.put("due", time(task.getDueDate()));
        } else {
          a.put("who", TimelineEntry.SYSTEM);
        }
        if (timerFired.containsKey(activity.getActivityId())) {
          a.put("timerFired", time(timerFired.get(activity.getActivityId())));
        }
        activities.add(a);
      }
      process.put("activities", activities);
      result.add(process);
    }
    return result;
  }

  /**
   * Every invoice with what settles it: on its settlement date once paid, else today (an overdue
   * invoice shows its interest and indemnity lines with clause, inputs and terms version).
   */
  private List<Map<String, Object>> amounts(Contract contract) {
    var result = new ArrayList<Map<String, Object>>();
    for (Invoice invoice : invoices.forContract(contract.number())) {
      LocalDate at = invoice.settledDate() != null ? invoice.settledDate() : clock.today();
      Settlement settlement = settlements.at(invoice, at);
      var view = new LinkedHashMap<String, Object>();
      view.put("number", invoice.number());
      view.put("kind", invoice.kind().name());
      view.put("clause", invoice.clause());
      view.put("issueDate", invoice.issueDate());
      view.put("dueDate", invoice.dueDate());
      view.put("total", invoice.total().toPlainString());
      view.put("status", invoice.status().name());
      view.put("overdue", invoice.status() == InvoiceStatus.OPEN && at.isAfter(invoice.dueDate()));
      view.put("at", at);
      view.put("principal", settlement.principal().toPlainString());
      view.put("interest", settlement.interest().toPlainString());
      view.put("indemnity", settlement.indemnity().toPlainString());
      view.put("totalDue", settlement.total().toPlainString());
      var lines = new ArrayList<Map<String, Object>>();
      for (Calculation line : settlement.lines()) {
        lines.add(Map.of("clause", line.clause(), "label", line.label(),
            "amount", line.amount().toPlainString(), "inputs", line.inputs()));
      }
      view.put("lines", lines);
      result.add(view);
    }
    return result;
  }

  private List<Map<String, Object>> noticeViews(String contractNumber) {
    var byNotice = new HashMap<Long, List<StoredDocument>>();
    for (StoredDocument document : documents.forContract(contractNumber)) {
      byNotice.computeIfAbsent(document.noticeId(), k -> new ArrayList<>()).add(document);
    }
    var result = new ArrayList<Map<String, Object>>();
    for (var notice : notices.forContract(contractNumber)) {
      var view = new LinkedHashMap<String, Object>();
      view.put("id", notice.id());
      view.put("type", notice.type().name());
      view.put("clause", notice.clause());
      view.put("channel", notice.channel().name());
      view.put("to", notice.recipient());
      view.put("subject", notice.subject());
      view.put("status", notice.status().name());
      view.put("createdAt", notice.createdAt());
      view.put("sentAt", notice.sentAt());
      view.put("invoiceNumber", notice.invoiceNumber());
      view.put("lastError", notice.lastError());
      view.put("documents", byNotice.getOrDefault(notice.id(), List.of()));
      result.add(view);
    }
    return result;
  }

  /** A process definition's BPMN XML, for the diagram. */
  @GetMapping(value = "/audit/api/process-definitions/{id}/xml", produces = MediaType.APPLICATION_XML_VALUE)
  public byte[] diagram(@PathVariable String id) throws IOException {
    try (InputStream in = repository.getProcessModel(id)) {
      return in.readAllBytes();
    }
  }

  /** A stored document, byte for byte as it was sent. */
  @GetMapping("/audit/api/documents/{id}")
  public ResponseEntity<byte[]> document(@PathVariable long id) {
    StoredDocument document = documents.find(id).orElseThrow(
        () -> new be.contractflow.ledger.NotFoundException("No stored document " + id + "."));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(document.name(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-SHA256", document.sha256())
        .header("Content-Security-Policy", "sandbox")
        .body(documents.content(id).orElseThrow());
  }

  public record Check(boolean matches, String sha256, long size, List<StoredDocument> documents,
      String message) {}

  /** Is this file (a PDF the client produces) one the agency sent? Compared by SHA-256. */
  @PostMapping(value = "/audit/api/documents/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public Check check(@RequestParam("file") MultipartFile file) throws IOException {
    byte[] content = file.getBytes();
    String sha = NoticeDocuments.sha256(content);
    List<StoredDocument> found = documents.matching(content);
    String message = found.isEmpty()
        ? "No match: no document with SHA-256 " + sha + " was sent. The file differs from every"
            + " stored document, even by one byte."
        : "Matches " + found.get(0).name() + " (" + found.get(0).noticeType() + ", contract "
            + found.get(0).contractNumber() + ") stored on " + found.get(0).storedAt() + ".";
    return new Check(!found.isEmpty(), sha, content.length, found, message);
  }

  /** The timeline as CSV (one row per entry, causal order), for the audit file. */
  @GetMapping("/audit/api/contracts/{number}/timeline.csv")
  public ResponseEntity<byte[]> csv(@PathVariable String number,
      @RequestParam(name = "all", defaultValue = "true") boolean all) {
    contracts.require(number);
    return file(number + "-timeline.csv", "text/csv; charset=UTF-8",
        export.csv(filter(timeline.of(number), all)));
  }

  /** The timeline as PDF, for the audit file. */
  @GetMapping("/audit/api/contracts/{number}/timeline.pdf")
  public ResponseEntity<byte[]> pdf(@PathVariable String number,
      @RequestParam(name = "all", defaultValue = "false") boolean all,
      @AuthenticationPrincipal CurrentUser user) {
    Contract contract = contracts.require(number);
    Client client = clients.require(contract.clientId());
    return file(number + "-timeline.pdf", MediaType.APPLICATION_PDF_VALUE,
        export.pdf(contract, client, terms.versionsOf(number).values(),
            filter(timeline.of(number), all), user == null ? "?" : user.userId(), clock.now()));
  }

  private static List<TimelineEntry> filter(List<TimelineEntry> entries, boolean all) {
    return all ? entries : entries.stream().filter(e -> !e.noise()).toList();
  }

  private static ResponseEntity<byte[]> file(String name, String type, byte[] body) {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }

  private static OffsetDateTime time(Date date) {
    return date == null ? null : OffsetDateTime.ofInstant(date.toInstant(), BusinessClock.ZONE);
  }
}
