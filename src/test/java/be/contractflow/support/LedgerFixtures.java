package be.contractflow.support;

import be.contractflow.billing.InvoiceRequest;
import be.contractflow.billing.InvoicingService;
import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientRepository;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.Language;
import be.contractflow.ledger.NumberSequence;
import be.contractflow.ledger.Quote;
import be.contractflow.ledger.QuoteRepository;
import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds ledger state for tests the way the order process will: a client, a signed quote and its
 * contract, and invoices issued through the real invoicing service.
 */
@Component
public class LedgerFixtures {

  private final ClientRepository clients;
  private final QuoteRepository quotes;
  private final ContractRepository contracts;
  private final NumberSequence numbers;
  private final InvoicingService invoicing;
  private final TransactionTemplate tx;
  private final BusinessClock clock;

  public LedgerFixtures(ClientRepository clients, QuoteRepository quotes,
      ContractRepository contracts, NumberSequence numbers, InvoicingService invoicing,
      TransactionTemplate tx, BusinessClock clock) {
    this.clients = clients;
    this.quotes = quotes;
    this.contracts = contracts;
    this.numbers = numbers;
    this.invoicing = invoicing;
    this.tx = tx;
    this.clock = clock;
  }

  /** Sets the engine clock to 12:00 that day, Brussels time. */
  public static void today(LocalDate date) {
    ClockUtil.setCurrentTime(Date.from(BusinessClock.noonOf(date)));
  }

  public Client client(ClientType type, Language language) {
    return client(type, language, null);
  }

  /** A client with a VAT number (a professional with a Belgian one receives Peppol e-invoices). */
  public Client client(ClientType type, Language language, String vatNumber) {
    return tx.execute(status -> clients.insert(new Client(null, "Client " + type, "client-"
        + System.nanoTime() + "@example.be", language, type, vatNumber,
        "Rue de la Loi 16, 1000 Bruxelles", clock.now())));
  }

  public Contract contract(String profile, ContractKind kind, Client client) {
    return tx.execute(status -> {
      int year = clock.today().getYear();
      String quoteNumber = String.format("Q-%d-%04d", year, numbers.next("Q", year));
      String contractNumber = String.format("C-%d-%04d", year, numbers.next("C", year));
      quotes.insert(new Quote(quoteNumber, client.id(), profile, kind, clock.today(), "SIGNED",
          null, null, null, null, clock.today(),
          List.of(new Quote.Line("Website", BigDecimal.ONE, new BigDecimal("1000.00")))), clock.now());
      var contract = new Contract(contractNumber, quoteNumber, client.id(), profile, kind,
          ContractStatus.CONFIRMED, false, clock.today(), null, null);
      contracts.insert(contract, clock.now());
      return contract;
    });
  }

  /** An invoice of {@code exclVat} (21% VAT added unless the kind is damages) issued today. */
  public Invoice invoice(Contract contract, InvoiceKind kind, String clause, String exclVat) {
    return invoicing.issue(new InvoiceRequest(contract.number(), kind, clause, null, null,
        List.of(InvoiceRequest.Item.of("Website", new BigDecimal(exclVat), clause))));
  }
}
