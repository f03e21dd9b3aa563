package be.contractflow.billing;

import be.contractflow.ledger.DeadlineKind;
import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientRepository;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.Deadlines;
import be.contractflow.ledger.InvoiceDueDates;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.ledger.NumberSequence;
import be.contractflow.ledger.Quote;
import be.contractflow.ledger.QuoteRepository;
import be.contractflow.money.Money;
import be.contractflow.money.Vat;
import be.contractflow.notice.Attachment;
import be.contractflow.notice.NoticeContent;
import be.contractflow.notice.NoticeRequest;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.terms.AgencyIdentities;
import be.contractflow.terms.Terms;
import be.contractflow.terms.TermsService;
import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one invoicing service every process calls: a gapless number per year, VAT, the Belgian
 * structured communication, the due date per the terms and the business calendar, the PDF, and
 * the {@code INVOICE_SENT} email (BDB-R12: by email only) written to the outbox in the same
 * transaction. The invoice's due date and contest window become deadlines of the contract, and
 * {@link InvoiceIssued} is published in the same transaction (the {@code payment} process of the
 * invoice starts on it).
 */
@Service
public class InvoicingService {

  public static final String INVOICE_SERIES = "I";

  private final ContractRepository contracts;
  private final ClientRepository clients;
  private final InvoiceRepository invoices;
  private final NumberSequence numbers;
  private final TermsService terms;
  private final BusinessCalendar calendar;
  private final InvoiceDocument document;
  private final NoticeService notices;
  private final Deadlines deadlines;
  private final InvoiceDueDates dueDates;
  private final BusinessClock clock;
  private final ApplicationEventPublisher events;
  private final QuoteRepository quotes;
  private final AgencyIdentities identities;
  private final be.contractflow.billing.EInvoices eInvoices;

  public InvoicingService(ContractRepository contracts, ClientRepository clients,
      InvoiceRepository invoices, NumberSequence numbers, TermsService terms,
      BusinessCalendar calendar, InvoiceDocument document, NoticeService notices,
      Deadlines deadlines, InvoiceDueDates dueDates, BusinessClock clock, ApplicationEventPublisher events,
      QuoteRepository quotes, AgencyIdentities identities,
      be.contractflow.billing.EInvoices eInvoices) {
    this.eInvoices = eInvoices;
    this.quotes = quotes;
    this.identities = identities;
    this.contracts = contracts;
    this.clients = clients;
    this.invoices = invoices;
    this.numbers = numbers;
    this.terms = terms;
    this.calendar = calendar;
    this.document = document;
    this.notices = notices;
    this.deadlines = deadlines;
    this.dueDates = dueDates;
    this.clock = clock;
    this.events = events;
  }

  /**
   * The service period a periodic invoice bills, stated on the invoice and in its e-mail: an
   * invoice is dated the day it is issued, which after an outage is later than the period's first
   * day (docs/READINGS.md, "Late periodic invoices").
   */
  public record Period(LocalDate start, LocalDate end) {}

  @Transactional
  public Invoice issue(InvoiceRequest request) {
    return issue(request, null);
  }

  /** {@link #issue(InvoiceRequest)} for an invoice that bills the service {@code period}. */
  @Transactional
  public Invoice issue(InvoiceRequest request, Period period) {
    if (request.items() == null || request.items().isEmpty()) {
      throw new IllegalArgumentException("an invoice needs at least one line");
    }
    Contract contract = contracts.require(request.contractNumber());
    Client client = clients.require(contract.clientId());
    Terms contractTerms = terms.termsFor(contract, client.type());
    Terms.Payment payment = contractTerms.payment();

    LocalDate issueDate = request.issueDate() != null ? request.issueDate() : clock.today();
    int termDays = request.paymentTermDays() != null ? request.paymentTermDays()
        : quoteTerm(contract, request.kind()).orElse(payment.paymentTermDays());
    LocalDate dueDate = calendar.afterDays(issueDate, termDays);

    var lines = request.items().stream()
        .map(item -> new InvoiceRepository.Line(item.description(), item.quantity(),
            item.unitPrice(), Money.cents(item.quantity().multiply(item.unitPrice())),
            item.clause() != null ? item.clause() : request.clause()))
        .toList();
    BigDecimal exclVat = lines.stream().map(InvoiceRepository.Line::amountExclVat)
        .reduce(Money.ZERO, BigDecimal::add);
    BigDecimal vatRate = request.kind().vatApplies() ? Vat.STANDARD_RATE : BigDecimal.ZERO;
    BigDecimal vat = Vat.on(request.clause(), exclVat, vatRate).amount();

    int year = issueDate.getYear();
    int seq = numbers.next(INVOICE_SERIES, year);
    String number = String.format("%s-%d-%05d", INVOICE_SERIES, year, seq);
    var invoice = new Invoice(number, contract.number(), client.id(), request.kind(),
        request.clause(), issueDate, dueDate, exclVat, vatRate, vat, exclVat.add(vat),
        StructuredCommunication.forInvoice(year, seq), InvoiceStatus.OPEN, Money.ZERO, Money.ZERO,
        Money.ZERO, null, Money.ZERO);
    invoices.insert(invoice, year, seq, lines, clock.now());

    LocalDate contestDeadline = payment.contestWindowDays() == null ? null
        : calendar.afterDays(issueDate, payment.contestWindowDays());
    dueDates.issued(invoice, payment.paymentTermClause());
    if (contestDeadline != null) {
      deadlines.record(DeadlineKind.INVOICE_CONTEST.key(number), contract.number(), number,
          payment.contestClause(), "Contest window of invoice " + number + " closes",
          contestDeadline);
    }
    var view = document.view(invoice, lines, client, contractTerms.agency(),
        contract.quoteNumber(), termDays, period);
    var seller = identities.of(contract.termsProfile());
    byte[] pdf = document.render(view, client, seller);
    notices.issue(NoticeRequest.of("invoice/" + number + "/sent", NoticeType.INVOICE_SENT,
            request.clause(), client.id())
        .withContract(contract.number())
        .withInvoice(number)
        .withAgency(contractTerms.agency(), contract.quoteNumber())
        .with(new NoticeContent.InvoiceSent(issueDate, dueDate, exclVat, vat, invoice.total(),
            StructuredCommunication.format(invoice.structuredCommunication()), contestDeadline,
            period == null ? null : period.start(), period == null ? null : period.end(),
            // also a Peppol e-invoice: the e-mail says it is a copy
            PeppolInvoice.appliesTo(client) ? EInvoices.participantId(client) : null))
        .withAttachment(new Attachment(number + ".pdf", pdf)));
    // a professional client with a Belgian VAT number: the invoice is the Peppol e-invoice
    boolean eInvoice = eInvoices.issue(view, seller, client, pdf, contract.number(), number,
        request.clause()).isPresent();
    events.publishEvent(new InvoiceIssued(invoice, contract, client, contestDeadline, eInvoice,
        termDays));
    return invoice;
  }

  /**
   * The payment term the contract's quote sets for its price invoices (VIR-4 "per the quote");
   * damages (cancellation fee, WJA-12 indemnity) keep the terms' own term.
   */
  private java.util.Optional<Integer> quoteTerm(Contract contract, InvoiceKind kind) {
    if (!kind.vatApplies() || contract.quoteNumber() == null) {
      return java.util.Optional.empty();
    }
    return quotes.find(contract.quoteNumber()).map(Quote::paymentTermDays);
  }

}
