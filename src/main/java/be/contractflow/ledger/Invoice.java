package be.contractflow.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An issued invoice. Amounts incl. VAT unless named {@code ExclVat}; {@code paid*} are the
 * imputed parts of the payments received so far (indemnity, then interest, then principal);
 * {@code credited} is the sum of the credit notes that name this invoice (a correction after an
 * accepted complaint, a refund): what the client owes is the total net of it.
 */
public record Invoice(
    String number,
    String contractNumber,
    String clientId,
    InvoiceKind kind,
    String clause,
    LocalDate issueDate,
    LocalDate dueDate,
    BigDecimal amountExclVat,
    BigDecimal vatRate,
    BigDecimal vat,
    BigDecimal total,
    String structuredCommunication,
    InvoiceStatus status,
    BigDecimal paidPrincipal,
    BigDecimal paidInterest,
    BigDecimal paidIndemnity,
    LocalDate settledDate,
    BigDecimal credited) {

  /** The total net of the credit notes on this invoice, incl. VAT. */
  public BigDecimal netTotal() {
    return total.subtract(credited);
  }

  /**
   * The principal still open, incl. VAT: the total net of credit notes, less the principal paid;
   * never below zero (a credit note that refunds a paid invoice leaves nothing open).
   */
  public BigDecimal openPrincipal() {
    return netTotal().subtract(paidPrincipal).max(BigDecimal.ZERO);
  }

  public BigDecimal paid() {
    return paidPrincipal.add(paidInterest).add(paidIndemnity);
  }
}
