package be.contractflow.billing;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientRepository;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.CreditNote;
import be.contractflow.ledger.CreditNoteRepository;
import be.contractflow.ledger.NumberSequence;
import be.contractflow.money.Money;
import be.contractflow.notice.NoticeRequest;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.terms.Terms;
import be.contractflow.terms.TermsService;
import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit notes: a gapless number per year (series {@value #SERIES}), the ledger row and the
 * {@code CREDIT_NOTE_SENT} email in the same transaction. The notice PDF is rendered by the notice
 * service from its template.
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

  public CreditNoteService(ContractRepository contracts, ClientRepository clients,
      CreditNoteRepository creditNotes, NumberSequence numbers, TermsService terms,
      NoticeService notices, BusinessClock clock) {
    this.contracts = contracts;
    this.clients = clients;
    this.creditNotes = creditNotes;
    this.numbers = numbers;
    this.terms = terms;
    this.notices = notices;
    this.clock = clock;
  }

  /**
   * Issues a credit note of {@code amount} (incl. VAT, positive) to the contract's client.
   *
   * @param noticeKey the unique key of its {@code CREDIT_NOTE_SENT} notice
   * @param creditedInvoice the invoice refunded, or null when several are
   */
  @Transactional
  public CreditNote issue(String noticeKey, String contractNumber, String creditedInvoice,
      String clause, BigDecimal amount, String reason) {
    if (amount == null || amount.signum() <= 0) {
      throw new IllegalArgumentException("a credit note is for a positive amount, got " + amount);
    }
    Contract contract = contracts.require(contractNumber);
    Client client = clients.require(contract.clientId());
    Terms.Agency agency =
        terms.termsFor(contract, client.type()).agency();
    LocalDate issueDate = clock.today();
    int year = issueDate.getYear();
    int seq = numbers.next(SERIES, year);
    var note = new CreditNote(String.format("%s-%d-%05d", SERIES, year, seq), contractNumber,
        client.id(), creditedInvoice, clause, issueDate, Money.cents(amount), reason);
    creditNotes.insert(note, year, seq, clock.now());
    notices.issue(NoticeRequest.of(noticeKey, NoticeType.CREDIT_NOTE_SENT, clause, client.id())
        .withContract(contractNumber)
        .withInvoice(creditedInvoice)
        .with("agencyName", agency.agencyName())
        .with("agencyCompanyNumber", agency.companyNumber())
        .with("court", agency.court())
        .with("quoteNumber", contract.quoteNumber())
        .with("creditNoteNumber", note.number())
        .with("creditedInvoiceNumber", creditedInvoice)
        .with("issueDate", issueDate)
        .with("total", note.amount())
        .with("reason", reason));
    return note;
  }
}
