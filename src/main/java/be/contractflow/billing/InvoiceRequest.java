package be.contractflow.billing;

import be.contractflow.ledger.InvoiceKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a process asks the invoicing service to bill.
 *
 * @param clause the clause that makes this invoice due (e.g. {@code WJA-2} for a deposit)
 * @param issueDate the invoice date; {@code null} means today on the business clock
 * @param paymentTermDays a payment term set by the quote (VIR-4: "per the quote"); {@code null}
 *     means the terms' default
 */
public record InvoiceRequest(
    String contractNumber,
    InvoiceKind kind,
    String clause,
    LocalDate issueDate,
    Integer paymentTermDays,
    List<Item> items) {

  public record Item(String description, BigDecimal quantity, BigDecimal unitPrice, String clause) {

    public static Item of(String description, BigDecimal amount, String clause) {
      return new Item(description, BigDecimal.ONE, amount, clause);
    }
  }
}
