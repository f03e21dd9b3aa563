package be.contractflow.api;

import be.contractflow.audit.Timeline;
import be.contractflow.audit.TimelineEntry;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.Deadline;
import be.contractflow.ledger.DeadlineKind;
import be.contractflow.ledger.Deadlines;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.notice.Notice;
import be.contractflow.notice.NoticeService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contracts")
@Tag(name = "Contracts")
public class ContractController {

  /**
   * A deadline as {@code GET /api/contracts/{n}} shows it; {@code kind} and {@code ownerProcess}
   * name its {@link DeadlineKind} and the process that records, moves and settles it.
   */
  public record DeadlineView(String clause, String name, LocalDate dueDate, Deadline.Status status,
      String invoiceNumber, String kind, String ownerProcess) {

    static DeadlineView of(Deadline d) {
      var kind = DeadlineKind.of(d.key());
      return new DeadlineView(d.clause(), d.name(), d.dueDate(), d.status(), d.invoiceNumber(),
          kind.map(Enum::name).orElse(null), kind.map(DeadlineKind::ownerProcess).orElse(null));
    }
  }

  public record ContractView(String number, String quoteNumber, ContractKind kind,
      String termsProfile, String clientId, ContractStatus status, boolean suspended,
      LocalDate startDate, LocalDate anniversaryDate, LocalDate effectiveEndDate,
      List<DeadlineView> deadlines) {}

  public record InvoiceSummary(String number, InvoiceKind kind, LocalDate issueDate,
      LocalDate dueDate, String amountExclVat, String vat, String total, String paid,
      InvoiceStatus status, String structuredCommunication) {}

  public record NoticeView(String type, String clause, String channel, String language, String to,
      OffsetDateTime sentAt, String invoiceNumber, String documentUrl, String status) {}

  private final ContractRepository contracts;
  private final InvoiceRepository invoices;
  private final Deadlines deadlines;
  private final NoticeService notices;
  private final Timeline timeline;

  public ContractController(ContractRepository contracts, InvoiceRepository invoices,
      Deadlines deadlines, NoticeService notices, Timeline timeline) {
    this.contracts = contracts;
    this.invoices = invoices;
    this.deadlines = deadlines;
    this.notices = notices;
    this.timeline = timeline;
  }

  @GetMapping("/{number}")
  @Operation(summary = "A contract: status, dates and every contractual deadline with its clause")
  public ContractView get(@PathVariable String number) {
    Contract c = contracts.require(number);
    var deadlineViews = deadlines.forContract(number).stream()
        .map(DeadlineView::of)
        .toList();
    return new ContractView(c.number(), c.quoteNumber(), c.kind(), c.termsProfile(), c.clientId(),
        c.status(), c.suspended(), c.startDate(), c.anniversaryDate(), c.effectiveEndDate(),
        deadlineViews);
  }

  @GetMapping("/{number}/invoices")
  @Operation(summary = "The contract's invoices, amounts incl. VAT unless named ExclVat")
  public List<InvoiceSummary> invoices(@PathVariable String number) {
    contracts.require(number);
    return invoices.forContract(number).stream().map(ContractController::summary).toList();
  }

  @GetMapping("/{number}/notices")
  @Operation(summary = "Every notice of the contract, sent or waiting to be sent")
  public List<NoticeView> notices(@PathVariable String number) {
    contracts.require(number);
    return notices.forContract(number).stream().map(ContractController::view).toList();
  }

  @GetMapping("/{number}/timeline")
  @Operation(summary = "The auditor's view: steps, tasks, timers, decisions, notices, amounts, in order")
  public List<TimelineEntry> timeline(@PathVariable String number) {
    contracts.require(number);
    return timeline.of(number);
  }

  static InvoiceSummary summary(Invoice i) {
    return new InvoiceSummary(i.number(), i.kind(), i.issueDate(), i.dueDate(),
        Amounts.format(i.amountExclVat()), Amounts.format(i.vat()), Amounts.format(i.total()),
        Amounts.format(i.paid()), i.status(), i.structuredCommunication());
  }

  static NoticeView view(Notice n) {
    return new NoticeView(n.type().name(), n.clause(), n.channel().name(), n.language(),
        n.recipient(), n.sentAt(), n.invoiceNumber(),
        n.hasDocument() ? "/api/notices/" + n.id() + "/document" : null, n.status().name());
  }
}
