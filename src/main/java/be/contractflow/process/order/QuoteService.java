package be.contractflow.process.order;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.ConcludedAt;
import be.contractflow.ledger.Conclusion;
import be.contractflow.ledger.ClientRepository;
import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.NotFoundException;
import be.contractflow.ledger.NumberSequence;
import be.contractflow.ledger.Period;
import be.contractflow.ledger.Quote;
import be.contractflow.ledger.QuoteRepository;
import be.contractflow.ledger.RejectedException;
import be.contractflow.process.ContractLifecycle;
import be.contractflow.process.Refusals;
import be.contractflow.process.TypedVariables;
import be.contractflow.terms.TermsService;
import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing and signing quotes: the ledger side of {@code POST /api/quotes} and {@code POST
 * /api/quotes/{n}/signature}, and the start of the {@code order} process (business key = quote
 * number). Requests are validated before anything is written; a refused one changes nothing.
 */
@Service
public class QuoteService {

  public static final String QUOTE_SERIES = "Q";
  public static final String CONTRACT_SERIES = "C";

  /** A quote to issue; amounts excl. VAT, already parsed and checked for sign by the caller. */
  public record NewQuote(String clientId, String termsProfile, ContractKind kind,
      LocalDate issueDate, List<Quote.Line> lines, BigDecimal periodicPrice, Period period,
      BigDecimal hourlyRate, BigDecimal estimatedHours, Integer paymentTermDays) {

    /** A quote that leaves the payment term to the terms. */
    public NewQuote(String clientId, String termsProfile, ContractKind kind,
        LocalDate issueDate, List<Quote.Line> lines, BigDecimal periodicPrice, Period period,
        BigDecimal hourlyRate, BigDecimal estimatedHours) {
      this(clientId, termsProfile, kind, issueDate, lines, periodicPrice, period, hourlyRate,
          estimatedHours, null);
    }
  }

  public record QuoteIssued(String quoteNumber, String contractNumber, String processInstanceId) {}

  /** A quote with its contract, its validity and the order's totals. */
  public record QuoteState(Quote quote, String contractNumber, ContractStatus contractStatus,
      LocalDate validUntil) {}

  private final ClientRepository clients;
  private final QuoteRepository quotes;
  private final ContractRepository contracts;
  private final NumberSequence numbers;
  private final TermsService terms;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;
  private final BusinessClock clock;
  private final JdbcClient jdbc;
  private final ContractLifecycle lifecycle;

  public QuoteService(ClientRepository clients, QuoteRepository quotes,
      ContractRepository contracts, NumberSequence numbers, TermsService terms,
      RuntimeService runtime, HistoryService history, TaskService tasks, BusinessClock clock,
      JdbcClient jdbc, ContractLifecycle lifecycle) {
    this.lifecycle = lifecycle;
    this.clients = clients;
    this.quotes = quotes;
    this.contracts = contracts;
    this.numbers = numbers;
    this.terms = terms;
    this.runtime = runtime;
    this.history = history;
    this.tasks = tasks;
    this.clock = clock;
    this.jdbc = jdbc;
  }

  /**
   * Creates the quote and its contract ({@code QUOTED}) and starts the {@code order} process.
   *
   * @throws NotFoundException for an unknown client
   * @throws be.contractflow.terms.UnknownTermsProfileException for an unknown profile
   */
  @Transactional
  public QuoteIssued issue(NewQuote request) {
    Client client = clients.require(request.clientId());
    // evaluates the terms once: an unknown profile or a missing DMN row fails here, not later
    terms.termsFor(request.termsProfile(), client.type(), request.kind());
    LocalDate issueDate = request.issueDate() != null ? request.issueDate() : clock.today();
    int year = issueDate.getYear();
    String quoteNumber = String.format("%s-%d-%04d", QUOTE_SERIES, year,
        numbers.next(QUOTE_SERIES, year));
    String contractNumber = String.format("%s-%d-%04d", CONTRACT_SERIES, year,
        numbers.next(CONTRACT_SERIES, year));
    quotes.insert(new Quote(quoteNumber, client.id(), request.termsProfile(), request.kind(),
        issueDate, OrderVariables.QUOTE_ISSUED, request.periodicPrice(), request.period(),
        request.hourlyRate(), request.estimatedHours(), null, request.lines(),
        request.paymentTermDays()), clock.now());
    contracts.insert(new Contract(contractNumber, quoteNumber, client.id(),
        request.termsProfile(), request.kind(), ContractStatus.QUOTED, false, null, null, null),
        clock.now());
    var instance = lifecycle.start(OrderVariables.PROCESS_KEY, quoteNumber,
        TypedVariables.of(OrderVariables.QUOTE_NUMBER, quoteNumber).map(),
        ContractLifecycle.contractVariables(contractNumber, client, request.termsProfile(),
            request.kind()),
        Map.of());
    return new QuoteIssued(quoteNumber, contractNumber, instance.getId());
  }

  /**
   * Records the client's signature "bon pour accord" (BDB-5.2b) from {@code POST
   * /api/quotes/{n}/signature}: completes the order's "Record the client's signature" task (channel
   * {@link SignatureChannel#ONLINE}), the same task sales completes in Tasklist, so a quote is
   * signed one way only and {@link #recordSignature} checks it either way.
   *
   * @param date the signature date; null for today
   * @throws ConflictException when the quote expired, was already signed or ended otherwise
   * @throws RejectedException for a date in the future or before the quote's issue
   */
  @Transactional
  public QuoteState sign(String quoteNumber, LocalDate date) {
    return sign(quoteNumber, date, null, null);
  }

  /**
   * {@link #sign(String, LocalDate)} with where the contract was concluded and whether the consumer
   * asked the work to start inside the withdrawal period (issue 11 item 3); null leaves the
   * defaults: concluded as the channel implies (ONLINE: at a distance), no early start.
   */
  @Transactional
  public QuoteState sign(String quoteNumber, LocalDate date, ConcludedAt concludedAt,
      Boolean earlyStartRequested) {
    Quote quote = quotes.require(quoteNumber);
    LocalDate signedDate = date != null ? date : clock.today();
    checkSignature(quote, signedDate);
    Task task = tasks.createTaskQuery()
        .processDefinitionKey(OrderVariables.PROCESS_KEY)
        .processInstanceBusinessKey(quoteNumber)
        .taskDefinitionKey(OrderVariables.TASK_RECORD_CLIENT_SIGNATURE)
        .singleResult();
    if (task == null) {
      throw new ConflictException("Quote " + quoteNumber + " is not waiting for a signature"
          + " (status " + quote.status() + "): it is either not sent yet or already closed.");
    }
    try {
      tasks.complete(task.getId(), TypedVariables.of(OrderVariables.SIGNED_DATE, signedDate)
          .and(OrderVariables.SIGNATURE_CHANNEL, SignatureChannel.ONLINE)
          .and(OrderVariables.CONCLUDED_AT, concludedAt)
          .and(OrderVariables.EARLY_START_REQUESTED, earlyStartRequested).map());
    } catch (RuntimeException e) {
      throw Refusals.unwrap(e);
    }
    return state(quoteNumber);
  }

  /**
   * The signature as the order's task records it (Tasklist or API): checked, then written on the
   * quote ({@code SIGNED}, signature date). A refusal changes nothing.
   *
   * @throws RejectedException without a date or channel, for a date in the future or before issue
   * @throws ConflictException when the quote can no longer be signed
   */
  @Transactional
  public void recordSignature(String quoteNumber, LocalDate signedDate, String channel) {
    recordSignature(quoteNumber, signedDate, channel, null, null);
  }

  /**
   * {@link #recordSignature(String, LocalDate, String)} with where the contract was concluded
   * ({@link ConcludedAt} name; null: as the channel implies, see {@link #defaultConcludedAt}) and
   * whether the consumer asked the work to start early (null: no).
   *
   * @throws RejectedException for an unknown place
   */
  @Transactional
  public void recordSignature(String quoteNumber, LocalDate signedDate, String channel,
      String concludedAt, Boolean earlyStartRequested) {
    if (signedDate == null) {
      throw new RejectedException("The signature date is missing: enter the date the client"
          + " signed the quote \"bon pour accord\".");
    }
    if (channel == null || Arrays.stream(SignatureChannel.values())
        .noneMatch(c -> c.name().equals(channel))) {
      throw new RejectedException("The signature channel '" + channel + "' is unknown: send one of "
          + Arrays.toString(SignatureChannel.values()) + ".");
    }
    Quote quote = quotes.require(quoteNumber);
    checkSignature(quote, signedDate);
    ConcludedAt place = concludedAt(concludedAt, channel);
    quotes.sign(quoteNumber, signedDate);
    quotes.recordConclusion(quoteNumber,
        new Conclusion(place, Boolean.TRUE.equals(earlyStartRequested)));
    quotes.updateStatus(quoteNumber, OrderVariables.QUOTE_SIGNED);
    // the terms in force at signature govern the contract from now on (issue 15)
    terms.pin(contractNumberOf(quoteNumber));
  }

  private static ConcludedAt concludedAt(String value, String channel) {
    if (value == null || value.isBlank()) {
      return defaultConcludedAt(SignatureChannel.valueOf(channel));
    }
    return Arrays.stream(ConcludedAt.values()).filter(c -> c.name().equals(value)).findFirst()
        .orElseThrow(() -> new RejectedException("Where the contract was concluded ('" + value
            + "') is unknown: send one of " + Arrays.toString(ConcludedAt.values())
            + " (CEL VI.47: only DISTANCE and OFF_PREMISES open a consumer's withdrawal right)."));
  }

  /**
   * Where a contract was concluded when the signature does not say (docs/READINGS.md): a quote
   * signed in person is taken as signed at the agency's premises; any other channel (the API's
   * web form or e-signature, e-mail, post) as a contract concluded at a distance.
   */
  public static ConcludedAt defaultConcludedAt(SignatureChannel channel) {
    return channel == SignatureChannel.IN_PERSON ? ConcludedAt.PREMISES : ConcludedAt.DISTANCE;
  }

  private void checkSignature(Quote quote, LocalDate signedDate) {
    String quoteNumber = quote.number();
    LocalDate today = clock.today();
    if (signedDate.isAfter(today)) {
      throw new RejectedException("The signature date " + signedDate + " is after today (" + today
          + "): send the date the client signed, or leave it out for today.");
    }
    if (signedDate.isBefore(quote.issueDate())) {
      throw new RejectedException("The signature date " + signedDate + " is before the quote's"
          + " issue date " + quote.issueDate() + ": send the date the client signed.");
    }
    LocalDate validUntil = validUntil(quoteNumber).orElse(null);
    switch (quote.status()) {
      case OrderVariables.QUOTE_ISSUED -> { }
      case OrderVariables.QUOTE_EXPIRED -> throw new ConflictException("Quote " + quoteNumber
          + " expired: it was valid until " + validUntil + ". Issue a new quote (POST /api/quotes);"
          + " the price may have changed.");
      case OrderVariables.QUOTE_SIGNED -> throw new ConflictException("Quote " + quoteNumber
          + " was already signed on " + quote.signedDate() + ".");
      default -> throw new ConflictException("Quote " + quoteNumber + " is " + quote.status()
          + ": it can no longer be signed.");
    }
    if (validUntil == null) {
      throw new ConflictException("Quote " + quoteNumber + " is being sent to the client and"
          + " cannot be signed yet: try again in a moment.");
    }
    if (signedDate.isAfter(validUntil)) {
      throw new ConflictException("Quote " + quoteNumber + " was valid until " + validUntil
          + "; a signature dated " + signedDate + " is too late. Issue a new quote.");
    }
  }

  private String contractNumberOf(String quoteNumber) {
    return jdbc.sql("select number from cf_contract where quote_number = ?")
        .param(quoteNumber).query(String.class).optional()
        .orElseThrow(() -> new NotFoundException("Quote " + quoteNumber + " has no contract."));
  }

  /** The quote, its contract and its validity. */
  public QuoteState state(String quoteNumber) {
    Quote quote = quotes.require(quoteNumber);
    String contractNumber = contractNumberOf(quoteNumber);
    return new QuoteState(quote, contractNumber, contracts.require(contractNumber).status(),
        validUntil(quoteNumber).orElse(null));
  }

  /** The last day the quote can be signed, once the process has sent it. */
  public Optional<LocalDate> validUntil(String quoteNumber) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(OrderVariables.PROCESS_KEY)
        .processInstanceBusinessKey(quoteNumber)
        .orderByProcessInstanceStartTime().desc()
        .listPage(0, 1).stream().findFirst().orElse(null);
    if (instance == null) {
      return Optional.empty();
    }
    // the process-level variable (the task's local one, mapped out, is kept in history too)
    return history.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId())
        .variableName(OrderVariables.QUOTE_VALID_UNTIL.name())
        .list().stream()
        .filter(v -> instance.getId().equals(v.getActivityInstanceId()))
        .findFirst()
        .map(v -> OrderVariables.QUOTE_VALID_UNTIL.get(
            Collections.singletonMap(v.getName(), v.getValue())));
  }
}
