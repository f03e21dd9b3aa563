package be.contractflow.api;

import be.contractflow.ledger.ConcludedAt;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.Period;
import be.contractflow.ledger.Quote;
import be.contractflow.money.Money;
import be.contractflow.money.Vat;
import be.contractflow.process.order.OrderAmounts;
import be.contractflow.process.order.QuoteService;
import be.contractflow.process.order.SignatureChannel;
import be.contractflow.terms.UnknownTermsProfileException;
import be.contractflow.time.BusinessClock;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Quotes: {@code POST /api/quotes} issues a quote and starts the {@code order} process, {@code POST
 * /api/quotes/{n}/signature} records the client's "bon pour accord", {@code GET /api/quotes/{n}}
 * shows it with its totals. Amounts are excl. VAT, sent as strings with at most two decimals.
 */
@RestController
@RequestMapping("/api/quotes")
@Tag(name = "Quotes")
public class QuoteController {

  public record NewLine(
      @NotBlank(message = "is required: say what is sold, e.g. \"Website, 5 pages\"")
      @Size(max = 500, message = "is longer than 500 characters: describe the line in fewer words")
      String description,
      @JsonDeserialize(using = DecimalText.class) String quantity,
      @JsonDeserialize(using = DecimalText.class) String unitPrice) {}

  public record NewQuote(
      @NotBlank(message = "is required: send the id POST /api/clients returned")
      @Size(max = 64, message = "is longer than 64 characters: send the id POST /api/clients returned")
      String clientId,
      @NotBlank(message = "is required: send the terms profile the quote is issued under")
      @Size(max = 40, message = "is longer than 40 characters: send a terms profile id such as wja")
      String termsProfile,
      @NotNull(message = "is required: send PROJECT, REGIE, RENTAL, HOSTING, MAINTENANCE or RECURRING")
      ContractKind kind,
      LocalDate issueDate,
      @Valid
      @Size(max = MAX_LINES, message = "has more than " + MAX_LINES + " lines: split the work"
          + " into several quotes, or group lines")
      List<NewLine> lines,
      @JsonDeserialize(using = DecimalText.class) String periodicPrice,
      Period period,
      @JsonDeserialize(using = DecimalText.class) String hourlyRate,
      @JsonDeserialize(using = DecimalText.class) String estimatedHours,
      Integer paymentTermDays) {}

  public record QuoteCreated(String quoteNumber, String contractNumber) {}

  /**
   * The signature. {@code concludedAt} (DISTANCE, OFF_PREMISES, PREMISES) and {@code
   * earlyStartRequested} are optional (issue 11 item 3): without them the contract counts as
   * concluded at a distance (this endpoint is the agency's web form or e-signature) and no early
   * start was asked.
   */
  public record Signature(LocalDate date, String concludedAt, Boolean earlyStartRequested) {}

  public record SignatureAccepted(String quoteNumber, String contractNumber, LocalDate signedDate,
      String status, ConcludedAt concludedAt, boolean earlyStartRequested) {}

  public record LineView(String description, String quantity, String unitPrice,
      String amountExclVat) {}

  public record Totals(String oneOffExclVat, String annualisedExclVat, String totalExclVat,
      String vat, String total) {}

  public record QuoteView(String number, String contractNumber, String clientId,
      String termsProfile, ContractKind kind, String status, ContractStatus contractStatus,
      LocalDate issueDate, LocalDate validUntil, LocalDate signedDate, List<LineView> lines,
      String periodicPrice, Period period, String hourlyRate, String estimatedHours,
      Integer paymentTermDays, Totals totals) {}

  /** The longest payment term a quote may set (law of 2 Aug 2002 art. 4: 60 days B2B). */
  static final int MAX_PAYMENT_TERM_DAYS = 60;

  /** The most lines a quote may have (issue 10: a quote of 20 000 lines was accepted). */
  static final int MAX_LINES = 200;

  /** The largest quantity of a line (3 decimals). */
  static final BigDecimal MAX_QUANTITY = new BigDecimal("100000");

  /** The most hours a REGIE quote may estimate. */
  static final BigDecimal MAX_HOURS = new BigDecimal("100000");

  private final QuoteService quotes;
  private final BusinessClock clock;

  public QuoteController(QuoteService quotes, BusinessClock clock) {
    this.quotes = quotes;
    this.clock = clock;
  }

  @PostMapping
  @Operation(summary = "Issue a quote and start the order process",
      description = "PROJECT needs lines; REGIE needs hourlyRate and estimatedHours; RENTAL, "
          + "HOSTING, MAINTENANCE and RECURRING need periodicPrice and period. Prices excl. VAT. "
          + "The quote is sent to the client as PDF and stays valid per the terms.")
  public ResponseEntity<QuoteCreated> create(@Valid @RequestBody NewQuote body) {
    var request = validate(body);
    QuoteService.QuoteIssued issued;
    try {
      issued = quotes.issue(request);
    } catch (UnknownTermsProfileException e) {
      throw new InvalidRequestException("termsProfile", "'termsProfile' is '" + e.profile()
          + "', which is not a known terms profile: send one of "
          + String.join(", ", e.knownProfiles()) + ".");
    }
    return ResponseEntity.created(URI.create("/api/quotes/" + issued.quoteNumber()))
        .body(new QuoteCreated(issued.quoteNumber(), issued.contractNumber()));
  }

  @PostMapping("/{quoteNumber}/signature")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Record the client's signature \"bon pour accord\"",
      description = "The order's first invoice (deposit, first period...) is issued per the terms. "
          + "After the quote's validity, or once it is closed, the answer is 409. Optional "
          + "concludedAt (DISTANCE, default; OFF_PREMISES; PREMISES) and earlyStartRequested "
          + "(default false) decide a consumer's withdrawal right (CEL VI.47, VI.51).")
  public SignatureAccepted sign(@PathVariable String quoteNumber,
      @RequestBody(required = false) Signature body) {
    LocalDate today = clock.today();
    LocalDate date = body != null && body.date() != null ? body.date() : today;
    if (date.isAfter(today)) {
      throw new InvalidRequestException("date", "'date' is " + date + ", after today (" + today
          + "): send the date the client signed, or leave it out for today.");
    }
    ConcludedAt concludedAt = concludedAt(body == null ? null : body.concludedAt());
    boolean earlyStart = body != null && Boolean.TRUE.equals(body.earlyStartRequested());
    var state = quotes.sign(quoteNumber, date, concludedAt, earlyStart);
    return new SignatureAccepted(quoteNumber, state.contractNumber(), date,
        state.quote().status(), concludedAt, earlyStart);
  }

  /** The place the body names, or DISTANCE (the default of this endpoint, docs/READINGS.md). */
  private static ConcludedAt concludedAt(String value) {
    if (value == null) {
      return QuoteService.defaultConcludedAt(SignatureChannel.ONLINE);
    }
    return Arrays.stream(ConcludedAt.values()).filter(c -> c.name().equals(value))
        .findFirst().orElseThrow(() -> new InvalidRequestException("concludedAt", "'concludedAt' is '"
            + value + "': send DISTANCE (web form, e-mail, post), OFF_PREMISES (signed at the"
            + " client's home or office) or PREMISES (at the agency), or leave it out for"
            + " DISTANCE."));
  }

  @GetMapping("/{quoteNumber}")
  @Operation(summary = "A quote: status, validity, lines and totals (excl. VAT, VAT 21%, total)")
  public QuoteView get(@PathVariable String quoteNumber) {
    var state = quotes.state(quoteNumber);
    Quote q = state.quote();
    BigDecimal totalExclVat = Money.cents(OrderAmounts.orderTotalExclVat(q));
    BigDecimal vat = Vat.on("VAT", totalExclVat, Vat.STANDARD_RATE).amount();
    var lines = q.lines().stream()
        .map(l -> new LineView(l.description(), l.quantity().stripTrailingZeros().toPlainString(),
            Amounts.format(l.unitPrice()), Amounts.format(l.amountExclVat())))
        .toList();
    return new QuoteView(q.number(), state.contractNumber(), q.clientId(), q.termsProfile(),
        q.kind(), q.status(), state.contractStatus(), q.issueDate(), state.validUntil(),
        q.signedDate(), lines, Amounts.format(q.periodicPrice()), q.period(),
        Amounts.format(q.hourlyRate()),
        q.estimatedHours() == null ? null : q.estimatedHours().stripTrailingZeros().toPlainString(),
        q.paymentTermDays(),
        new Totals(Amounts.format(OrderAmounts.oneOffExclVat(q)),
            Amounts.format(OrderAmounts.annualisedExclVat(q)), Amounts.format(totalExclVat),
            Amounts.format(vat), Amounts.format(totalExclVat.add(vat))));
  }

  // --- validation -------------------------------------------------------------------------

  private QuoteService.NewQuote validate(NewQuote body) {
    LocalDate today = clock.today();
    if (body.issueDate() != null && body.issueDate().isAfter(today)) {
      throw new InvalidRequestException("issueDate", "'issueDate' is " + body.issueDate()
          + ", after today (" + today + "): send the date the quote is issued, or leave it out"
          + " for today.");
    }
    List<Quote.Line> lines = new ArrayList<>();
    List<NewLine> sent = body.lines() == null ? List.of() : body.lines();
    BigDecimal linesTotal = BigDecimal.ZERO;
    for (int i = 0; i < sent.size(); i++) {
      NewLine line = sent.get(i);
      if (line == null) {
        throw new InvalidRequestException("lines[" + i + "]", "'lines[" + i + "]' is null: send"
            + " {\"description\": ..., \"quantity\": \"1\", \"unitPrice\": \"1000.00\"}.");
      }
      var quoteLine = new Quote.Line(line.description().trim(),
          number("lines[" + i + "].quantity", line.quantity(), 3, false, MAX_QUANTITY),
          number("lines[" + i + "].unitPrice", line.unitPrice(), 2, true, Decimals.MAX_AMOUNT));
      linesTotal = linesTotal.add(quoteLine.quantity().multiply(quoteLine.unitPrice()));
      if (linesTotal.compareTo(Decimals.MAX_AMOUNT) > 0) {
        throw new InvalidRequestException("lines[" + i + "]", "The lines up to 'lines[" + i
            + "]' add up to " + linesTotal.setScale(2, RoundingMode.HALF_UP).toPlainString()
            + " excl. VAT, more than the " + Decimals.MAX_AMOUNT.toPlainString() + " a quote may"
            + " total: check the quantities and unit prices.");
      }
      lines.add(quoteLine);
    }
    ContractKind kind = body.kind();
    if (kind == ContractKind.PROJECT && lines.isEmpty()) {
      throw new InvalidRequestException("lines", "A PROJECT quote needs at least one line: send"
          + " 'lines' as [{\"description\": \"Website\", \"quantity\": \"1\","
          + " \"unitPrice\": \"4500.00\"}].");
    }
    BigDecimal hourlyRate = null;
    BigDecimal estimatedHours = null;
    if (kind == ContractKind.REGIE) {
      hourlyRate = required("hourlyRate", body.hourlyRate(), kind, Decimals.MAX_AMOUNT);
      estimatedHours = required("estimatedHours", body.estimatedHours(), kind, MAX_HOURS);
      if (hourlyRate.multiply(estimatedHours).compareTo(Decimals.MAX_AMOUNT) > 0) {
        throw new InvalidRequestException("estimatedHours", "'hourlyRate' × 'estimatedHours' is "
            + hourlyRate.multiply(estimatedHours).setScale(2, RoundingMode.HALF_UP).toPlainString()
            + ", more than the " + Decimals.MAX_AMOUNT.toPlainString() + " a quote may total:"
            + " check the rate and the hours.");
      }
    } else {
      refuseField("hourlyRate", body.hourlyRate(), kind, "REGIE");
      refuseField("estimatedHours", body.estimatedHours(), kind, "REGIE");
    }
    BigDecimal periodicPrice = null;
    Period period = null;
    if (kind.isRecurring()) {
      periodicPrice = required("periodicPrice", body.periodicPrice(), kind, Decimals.MAX_AMOUNT);
      if (body.period() == null) {
        throw new InvalidRequestException("period", "A " + kind + " quote needs 'period': send"
            + " MONTHLY, QUARTERLY or YEARLY.");
      }
      period = body.period();
    } else {
      refuseField("periodicPrice", body.periodicPrice(), kind,
          "RENTAL, HOSTING, MAINTENANCE or RECURRING");
      refuseField("period", body.period(), kind, "RENTAL, HOSTING, MAINTENANCE or RECURRING");
    }
    if (body.paymentTermDays() != null
        && (body.paymentTermDays() < 0 || body.paymentTermDays() > MAX_PAYMENT_TERM_DAYS)) {
      throw new InvalidRequestException("paymentTermDays", "'paymentTermDays' is "
          + body.paymentTermDays() + ": send the number of days the quote gives to pay an invoice"
          + " (0 to " + MAX_PAYMENT_TERM_DAYS + ", counted from the invoice date), or leave it out"
          + " for the terms' own term.");
    }
    return new QuoteService.NewQuote(body.clientId().trim(), body.termsProfile().trim(), kind,
        body.issueDate(), lines, periodicPrice, period, hourlyRate, estimatedHours,
        body.paymentTermDays());
  }

  private static BigDecimal required(String field, String value, ContractKind kind,
      BigDecimal max) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException(field, "A " + kind + " quote needs '" + field
          + "': send a positive amount such as \"85.00\".");
    }
    return number(field, value, 2, false, max);
  }

  private static void refuseField(String field, Object value, ContractKind kind, String kinds) {
    if (value != null && !value.toString().isBlank()) {
      throw new InvalidRequestException(field, "'" + field + "' is only for " + kinds
          + " quotes, not " + kind + ": leave it out, or change 'kind'.");
    }
  }

  /** A decimal sent as a string (or a JSON number): positive (or zero), at most {@code scale} decimals. */
  private static BigDecimal number(String field, String value, int scale, boolean zeroAllowed,
      BigDecimal max) {
    return Decimals.parse(field, value, scale, max, zeroAllowed, "a number",
        scale == 2 ? "1000.00" : "1");
  }
}
