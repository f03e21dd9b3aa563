package be.contractflow.billing;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientRepository;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.CreditNote;
import be.contractflow.ledger.CreditNoteRepository;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.NumberSequence;
import be.contractflow.money.Money;
import be.contractflow.money.Vat;
import be.contractflow.notice.Attachment;
import be.contractflow.notice.NoticeContent;
import be.contractflow.notice.NoticeReason;
import be.contractflow.notice.NoticeRequest;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeText;
import be.contractflow.notice.NoticeType;
import be.contractflow.terms.AgencyIdentities;
import be.contractflow.terms.Terms;
import be.contractflow.terms.TermsService;
import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit notes: a gapless number per year (series {@value #SERIES}), the ledger row and the
 * {@code CREDIT_NOTE_SENT} email in the same transaction, with the credit note as PDF
 * ({@link InvoiceDocument}: base, VAT and total at the corrected invoice's rate, the invoice named).
 */
@Service
public class CreditNoteService {

  public static final String SERIES = "CN";

  private final ContractRepository contracts;
  private final ClientRepository clients;
  private final CreditNoteRepository creditNotes;
  private final NumberSequence numbers;
  private final TermsService terms;
  private final NoticeService notices;
  private final BusinessClock clock;
  private final InvoiceRepository invoices;
  private final InvoiceDocument document;
  private final AgencyIdentities identities;
  private final be.contractflow.billing.EInvoices eInvoices;
  private final org.springframework.context.ApplicationEventPublisher events;

  public CreditNoteService(ContractRepository contracts, ClientRepository clients,
      CreditNoteRepository creditNotes, NumberSequence numbers, TermsService terms,
      NoticeService notices, BusinessClock clock, InvoiceRepository invoices,
      InvoiceDocument document, AgencyIdentities identities,
      be.contractflow.billing.EInvoices eInvoices,
      org.springframework.context.ApplicationEventPublisher events) {
    this.eInvoices = eInvoices;
    this.events = events;
    this.invoices = invoices;
    this.document = document;
    this.identities = identities;
    this.contracts = contracts;
    this.clients = clients;
    this.creditNotes = creditNotes;
    this.numbers = numbers;
    this.terms = terms;
    this.notices = notices;
    this.clock = clock;
  }

  /**
   * Credits what {@code invoice} still bills (its total net of earlier credit notes), base and VAT
   * at its own rate: the invoice is corrected in full and its VAT regularised. Nothing is issued
   * when nothing is left to credit.
   */
  @Transactional
  public java.util.Optional<CreditNote> creditInFull(String noticeKey, Invoice invoice,
      String clause, String reason) {
    if (invoice.netTotal().signum() <= 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(issue(noticeKey, invoice.contractNumber(), invoice.number(),
        clause, invoice.netTotal(), reason));
  }

  /**
   * Issues a credit note of {@code amount} (incl. VAT, positive) to the contract's client; its base
   * and VAT are split at the rate of the invoice it corrects (base = total × 100 / (100 + rate),
   * half up; VAT = the rest).
   *
   * @param noticeKey the unique key of its {@code CREDIT_NOTE_SENT} notice
   * @param creditedInvoice the invoice refunded, or null when several are
   */
  @Transactional
  public CreditNote issue(String noticeKey, String contractNumber, String creditedInvoice,
      String clause, BigDecimal amount, String reason) {
    return issue(noticeKey, contractNumber, creditedInvoice, clause, amount, reason, false);
  }

  /**
   * As {@link #issue(String, String, String, String, BigDecimal, String)}; {@code reason} is kept in
   * the ledger and the audit. The client's notice shows it only when staff wrote it ({@code
   * reasonByStaff}, e.g. the answer to a complaint), as typed; a reason the code wrote is English
   * and is replaced by the VAT regularised, in the client's language.
   */
  @Transactional
  public CreditNote issue(String noticeKey, String contractNumber, String creditedInvoice,
      String clause, BigDecimal amount, String reason, boolean reasonByStaff) {
    if (amount == null || amount.signum() <= 0) {
      throw new IllegalArgumentException("a credit note is for a positive amount, got " + amount);
    }
    Contract contract = contracts.require(contractNumber);
    Client client = clients.require(contract.clientId());
    Terms.Agency agency =
        terms.termsFor(contract, client.type()).agency();
    LocalDate issueDate = clock.today();
    Invoice corrected = creditedInvoice == null ? null : invoices.find(creditedInvoice).orElse(null);
    // the VAT regularised is at the rate of the invoice corrected; several invoices: the standard rate
    BigDecimal total = Money.cents(amount);
    BigDecimal rate = corrected != null ? corrected.vatRate() : Vat.STANDARD_RATE;
    BigDecimal base = CreditNote.baseOf(total, rate);
    int year = issueDate.getYear();
    int seq = numbers.next(SERIES, year);
    var note = new CreditNote(String.format("%s-%d-%05d", SERIES, year, seq), contractNumber,
        client.id(), creditedInvoice, clause, issueDate, total, reason, base, rate,
        total.subtract(base));
    creditNotes.insert(note, year, seq, clock.now());
    var view = document.view(note, corrected, client, agency, contract.quoteNumber());
    var seller = identities.of(contract.termsProfile());
    byte[] pdf = document.render(view, client, seller);
    notices.issue(NoticeRequest.of(noticeKey, NoticeType.CREDIT_NOTE_SENT, clause, client.id())
        .withContract(contractNumber)
        .withInvoice(creditedInvoice)
        .withAgency(agency, contract.quoteNumber())
        .with(new NoticeContent.CreditNoteSent(note.number(), creditedInvoice, issueDate,
            note.amount(), reasonByStaff ? NoticeReason.asTyped(reason)
                : NoticeText.of("creditNote.vat", note.amountExclVat(), note.vat(),
                    note.vatRate().stripTrailingZeros().toPlainString()),
            // also a Peppol e-invoice: the e-mail says it is a copy
            PeppolInvoice.appliesTo(client) ? EInvoices.participantId(client) : null))
        .withAttachment(new Attachment(note.number() + ".pdf", pdf)));
    // its e-invoice, if any, is followed until proven sent (process e-invoice)
    if (eInvoices.issue(view, seller, client, pdf, contractNumber, creditedInvoice, clause)
        .isPresent()) {
      events.publishEvent(new EInvoiceIssued(note.number(), contractNumber, issueDate));
    }
    return note;
  }
}
