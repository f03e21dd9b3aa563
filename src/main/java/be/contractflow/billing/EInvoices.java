package be.contractflow.billing;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientRepository;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.CreditNote;
import be.contractflow.ledger.CreditNoteRepository;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.NotFoundException;
import be.contractflow.notice.NoticeContent;
import be.contractflow.notice.Attachment;
import be.contractflow.notice.Notice;
import be.contractflow.notice.NoticeRequest;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.terms.AgencyIdentities;
import be.contractflow.terms.AgencyIdentity;
import be.contractflow.terms.BelgianEnterpriseNumber;
import be.contractflow.terms.Terms;
import be.contractflow.terms.TermsService;
import be.contractflow.time.BusinessClock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peppol e-invoices of the ledger's invoices and credit notes (issue 13): built by {@link
 * PeppolInvoice} from what their PDF prints, with that PDF embedded, for a professional client
 * with a Belgian VAT number. {@link #issue} puts one in the outbox ({@code E_INVOICE_SENT},
 * channel {@code PEPPOL}) in the issuing transaction, after checking it against the official
 * Peppol artefacts: an invalid one is never sent — it is kept, given up with the failed rules as
 * its reason, and the payment process asks accounting (task "Handle undelivered e-invoice").
 */
@Service
public class EInvoices {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EInvoices.class);

  /** Why a document has no e-invoice: the client is a consumer or has no Belgian VAT number. */
  public static final class NotApplicable extends RuntimeException {
    public NotApplicable(String message) {
      super(message);
    }
  }

  /** An e-invoice as served: the UBL bytes and whether it is a credit note. */
  public record EInvoice(String number, boolean creditNote, byte[] xml) {}

  private final NoticeService notices;
  private final BusinessClock clock;
  private final InvoiceRepository invoices;
  private final CreditNoteRepository creditNotes;
  private final ClientRepository clients;
  private final ContractRepository contracts;
  private final TermsService terms;
  private final AgencyIdentities identities;
  private final InvoiceDocument documents;

  public EInvoices(NoticeService notices, BusinessClock clock, InvoiceRepository invoices,
      CreditNoteRepository creditNotes, ClientRepository clients, ContractRepository contracts,
      TermsService terms, AgencyIdentities identities, InvoiceDocument documents) {
    this.notices = notices;
    this.clock = clock;
    this.invoices = invoices;
    this.creditNotes = creditNotes;
    this.clients = clients;
    this.contracts = contracts;
    this.terms = terms;
    this.identities = identities;
    this.documents = documents;
  }

  /**
   * The outbox key of a document's e-invoice: {@code invoice/<number>/e-invoice} (the timeline
   * places it right after the invoice it sends, like the invoice's e-mail).
   */
  public static String noticeKey(String documentNumber) {
    return "invoice/" + documentNumber + "/e-invoice";
  }

  /** The client's Peppol participant id: {@code 0208:} + its enterprise number's ten digits. */
  public static String participantId(Client client) {
    String vat = PeppolInvoice.compactVat(client.vatNumber());
    return PeppolInvoice.ENTERPRISE_SCHEME + ":" + BelgianEnterpriseNumber.digits(vat.substring(2));
  }

  /**
   * Writes the e-invoice of a document to the outbox, once (the key is the document number), if
   * the client receives e-invoices; checks it first and gives it up with the failed rules when it
   * does not validate.
   *
   * @param view what the document's PDF prints
   * @param pdf that PDF, embedded as is
   * @param invoiceNumber the invoice the notice is about (the credited one for a credit note)
   * @return the notice, empty when the client receives no e-invoice
   */
  @Transactional
  public Optional<Notice> issue(InvoiceDocument.View view, AgencyIdentity seller, Client client,
      byte[] pdf, String contractNumber, String invoiceNumber, String clause) {
    if (!PeppolInvoice.appliesTo(client)) {
      return Optional.empty();
    }
    String key = noticeKey(view.number());
    var existing = notices.find(key);
    if (existing.isPresent()) {
      return existing;
    }
    byte[] xml = PeppolInvoice.xml(new PeppolInvoice.Source(view, seller, client,
        view.number() + ".pdf", pdf));
    Notice notice = notices.issue(NoticeRequest.of(key, NoticeType.E_INVOICE_SENT, clause,
            client.id())
        .withContract(contractNumber)
        .withInvoice(invoiceNumber)
        .with(new NoticeContent.EInvoiceSent(view.number(), view.issueDate(), view.total(),
            participantId(client)))
        .withAttachment(new Attachment(view.number() + ".xml", xml)));
    List<PeppolValidator.Finding> errors;
    try {
      errors = PeppolValidator.errors(xml, view.creditNote(), clock.now());
    } catch (RuntimeException e) {
      // the validator itself failed: never send an e-invoice nobody checked; accounting is told
      log.warn("E-invoice {} could not be validated", view.number(), e);
      return notices.abandon(key, "The e-invoice " + view.number() + " could not be checked "
          + "against the Peppol BIS Billing 3.0 rules (" + e + ") and was not sent.");
    }
    if (!errors.isEmpty()) {
      return notices.abandon(key, "The e-invoice " + view.number() + " fails the Peppol BIS "
          + "Billing 3.0 validation (" + PeppolValidator.rulesName(view.creditNote(), clock.now())
          + ") and was not sent: " + errors);
    }
    return Optional.of(notice);
  }

  /** Where a document's e-invoice stands: SENT, PENDING (the relay still tries) or FAILED. */
  public record Delivery(String status, java.time.OffsetDateTime sentAt, String failure) {}

  /** Whether a document's e-invoice was proven sent, is still being tried, or failed and why. */
  @Transactional(readOnly = true)
  public Delivery delivery(String documentNumber) {
    var notice = notices.find(noticeKey(documentNumber));
    if (notice.isEmpty()) {
      return new Delivery("FAILED", null, "No e-invoice was written for " + documentNumber + ".");
    }
    Notice n = notice.get();
    if (n.sentAt() != null) {
      return new Delivery("SENT", n.sentAt(), null);
    }
    if (n.status() == be.contractflow.notice.NoticeStatus.FAILED) {
      return new Delivery("FAILED", null, "The Peppol e-invoice " + documentNumber + " to "
          + n.recipient() + " was not delivered after " + n.attempts() + " attempt(s): "
          + (n.lastError() != null ? n.lastError() : "no reason given") + ".");
    }
    return new Delivery("PENDING", null, null);
  }

  /** Puts a failed e-invoice back in the relay's queue with fresh attempts (same key). */
  @Transactional
  public void resend(String documentNumber) {
    notices.find(noticeKey(documentNumber))
        .filter(n -> n.status() == be.contractflow.notice.NoticeStatus.FAILED)
        .ifPresent(n -> notices.requeue(n.id()));
  }

  /**
   * The e-invoice of an invoice or credit note: the one kept in the outbox (the bytes sent), else
   * built from the ledger now.
   *
   * @throws NotFoundException no invoice or credit note has this number
   * @throws NotApplicable its client is a consumer or has no Belgian VAT number
   */
  @Transactional(readOnly = true)
  public EInvoice of(String number) {
    Optional<Invoice> invoice = invoices.find(number);
    Optional<CreditNote> note = invoice.isPresent() ? Optional.empty() : creditNotes.find(number);
    if (invoice.isEmpty() && note.isEmpty()) {
      throw new NotFoundException("No invoice or credit note " + number
          + ": GET /api/contracts/{contractNumber}/invoices lists a contract's invoices.");
    }
    boolean creditNote = note.isPresent();
    Client client = clients.require(creditNote ? note.get().clientId() : invoice.get().clientId());
    if (!PeppolInvoice.appliesTo(client)) {
      throw new NotApplicable((creditNote ? "Credit note " : "Invoice ") + number
          + " has no Peppol e-invoice: its client " + client.name() + " is "
          + (client.isConsumer() ? "a consumer" : "a professional without a Belgian VAT number")
          + "; e-invoices are for professional clients with a Belgian VAT number. Its PDF is "
          + "served with its notice (GET /api/contracts/{contractNumber}/notices).");
    }
    var kept = notices.find(noticeKey(number)).flatMap(n -> notices.document(n.id()));
    if (kept.isPresent()) {
      return new EInvoice(number, creditNote, kept.get().content());
    }
    Contract contract = contracts.require(creditNote ? note.get().contractNumber()
        : invoice.get().contractNumber());
    Terms.Agency agency = terms.termsFor(contract, client.type()).agency();
    AgencyIdentity seller = identities.of(contract.termsProfile());
    InvoiceDocument.View view;
    if (creditNote) {
      Invoice corrected = note.get().creditedInvoice() == null ? null
          : invoices.find(note.get().creditedInvoice()).orElse(null);
      view = documents.view(note.get(), corrected, client, agency, contract.quoteNumber());
    } else {
      Invoice i = invoice.get();
      view = documents.view(i, invoices.lines(number), client, agency, contract.quoteNumber(),
          (int) ChronoUnit.DAYS.between(i.issueDate(), i.dueDate()), null);
    }
    byte[] pdf = documents.render(view, client, seller);
    return new EInvoice(number, creditNote, PeppolInvoice.xml(
        new PeppolInvoice.Source(view, seller, client, number + ".pdf", pdf)));
  }
}
