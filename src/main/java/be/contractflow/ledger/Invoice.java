package be.contractflow.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An issued invoice. Amounts incl. VAT unless named {@code ExclVat}; {@code paid*} are the
 * imputed parts of the payments received so far (indemnity, then interest, then principal).
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
    LocalDate settledDate) {

  /** The principal still open, incl. VAT. */
  public BigDecimal openPrincipal() {
    return total.subtract(paidPrincipal);
  }

  public BigDecimal paid() {
    return paidPrincipal.add(paidInterest).add(paidIndemnity);
  }
}
