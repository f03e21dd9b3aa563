package be.contractflow.api;

import be.contractflow.billing.PaymentCommand;
import be.contractflow.billing.PaymentReceipt;
import be.contractflow.billing.PaymentService;
import be.contractflow.billing.Settlement;
import be.contractflow.billing.SettlementService;
import be.contractflow.billing.StructuredCommunication;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.time.BusinessClock;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Invoices and payments")
public class InvoiceController {

  public record Line(String clause, String label, String amount, Map<String, Object> inputs) {}

  public record AmountDue(String number, LocalDate at, String principal, String interest,
      String indemnity, String total, String structuredCommunication, InvoiceStatus status,
      List<Line> lines) {}

  public record NewPayment(
      @NotBlank(message = "is required: send the invoice number (e.g. I-2026-00001) or the "
          + "structured communication (+++123/4567/89012+++)")
      @Size(max = 64, message = "is longer than 64 characters: send the invoice number (e.g. "
          + "I-2026-00001) or the structured communication (+++123/4567/89012+++)")
      String invoiceNumber,
      @JsonDeserialize(using = DecimalText.class) String amount,
      LocalDate date,
      @Size(max = 140, message = "is longer than 140 characters: send the bank's reference of "
          + "the transfer") String reference,
      Boolean force) {}

  public record PaymentRecorded(long id, String invoiceNumber, String amount, LocalDate date,
      String reference, String toIndemnity, String toInterest, String toPrincipal,
      String remaining, InvoiceStatus invoiceStatus, boolean duplicate) {}

  private final InvoiceRepository invoices;
  private final SettlementService settlements;
  private final PaymentService payments;
  private final BusinessClock clock;
  private final be.contractflow.billing.EInvoices eInvoices;

  public InvoiceController(InvoiceRepository invoices, SettlementService settlements,
      PaymentService payments, BusinessClock clock,
      be.contractflow.billing.EInvoices eInvoices) {
    this.eInvoices = eInvoices;
    this.invoices = invoices;
    this.settlements = settlements;
    this.payments = payments;
    this.clock = clock;
  }

  @GetMapping("/invoices/{number}/e-invoice")
  @Operation(summary = "The invoice or credit note as a Peppol BIS Billing 3.0 e-invoice",
      description = "UBL 2.1 Invoice (or CreditNote, under the credit note's own number) with its "
          + "PDF embedded, as sent over Peppol; for professional clients with a Belgian VAT "
          + "number, else 404.")
  public ResponseEntity<byte[]> eInvoice(@PathVariable String number) {
    var eInvoice = eInvoices.of(number.trim());
    return ResponseEntity.ok()
        .contentType(org.springframework.http.MediaType.APPLICATION_XML)
        .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
            org.springframework.http.ContentDisposition.inline()
                .filename(eInvoice.number() + ".xml").build().toString())
        .body(eInvoice.xml());
  }

  @GetMapping("/invoices/{number}")
  @Operation(summary = "What settles the invoice on a date",
      description = "principal (open amount incl. VAT), interest and indemnity under the dunning "
          + "state reached; every line names its clause and inputs.")
  public AmountDue amountDue(@PathVariable String number,
      @Parameter(description = "YYYY-MM-DD; today when left out") @RequestParam(required = false) LocalDate at) {
    var invoice = invoices.require(number);
    LocalDate date = at != null ? at : clock.today();
    Settlement s = settlements.at(invoice, date);
    return new AmountDue(invoice.number(), date, Amounts.format(s.principal()),
        Amounts.format(s.interest()), Amounts.format(s.indemnity()), Amounts.format(s.total()),
        StructuredCommunication.format(invoice.structuredCommunication()), invoice.status(),
        s.lines().stream().map(c -> new Line(c.clause(), c.label(), Amounts.format(c.amount()),
            c.inputs())).toList());
  }

  @PostMapping("/payments")
  @Operation(summary = "Record a payment (partial allowed)",
      description = "Imputed indemnity, then interest, then principal. An overpayment is refused "
          + "with 422; a bank reference already recorded answers 200 with duplicate=true and "
          + "counts nothing twice. Without a reference, a payment of the same amount and value "
          + "date as one already recorded on the invoice is refused with 409 as a probable "
          + "duplicate; send its reference, or force=true, to record a second transfer.")
  public ResponseEntity<PaymentRecorded> pay(@Valid @RequestBody NewPayment body, Principal user) {
    var command = new PaymentCommand(body.invoiceNumber().trim(),
        Amounts.parsePositive("amount", body.amount()), body.date(),
        body.reference() == null || body.reference().isBlank() ? null : body.reference().trim(),
        user == null ? null : user.getName(), Boolean.TRUE.equals(body.force()));
    PaymentReceipt receipt;
    try {
      receipt = payments.record(command);
    } catch (DataIntegrityViolationException sameReferenceRacedUs) {
      receipt = payments.record(command);
    }
    var p = receipt.payment();
    var view = new PaymentRecorded(p.id(), p.invoiceNumber(), Amounts.format(p.amount()),
        p.paymentDate(), p.reference(), Amounts.format(p.toIndemnity()),
        Amounts.format(p.toInterest()), Amounts.format(p.toPrincipal()),
        Amounts.format(receipt.remaining()), receipt.invoiceStatus(), receipt.duplicate());
    return ResponseEntity.status(receipt.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(view);
  }
}
