package be.contractflow.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A credit note: an amount the agency owes back to the client (incl. VAT, as refunded), e.g. the
 * payments of a withdrawn order (BDB-R15). It corrects one invoice and regularises its VAT: base
 * and VAT at that invoice's rate (VAT Code art. 79).
 *
 * @param creditedInvoice the invoice it refunds, or null when it covers several
 * @param amountExclVat the base credited; null on notes issued before V76
 * @param vatRate the rate, in percent, of the invoice it corrects; null before V76
 * @param vat the VAT regularised; null before V76
 */
public record CreditNote(
    String number,
    String contractNumber,
    String clientId,
    String creditedInvoice,
    String clause,
    LocalDate issueDate,
    BigDecimal amount,
    String reason,
    BigDecimal amountExclVat,
    BigDecimal vatRate,
    BigDecimal vat) {

  /** A credit note whose base and VAT are not recorded (issued before V76). */
  public CreditNote(String number, String contractNumber, String clientId, String creditedInvoice,
      String clause, LocalDate issueDate, BigDecimal amount, String reason) {
    this(number, contractNumber, clientId, creditedInvoice, clause, issueDate, amount, reason,
        null, null, null);
  }

  /**
   * The base of a total incl. VAT at {@code ratePercent}: total × 100 / (100 + rate), to the cent
   * (half up); the VAT is the rest, so base + VAT = total exactly.
   */
  public static BigDecimal baseOf(BigDecimal total, BigDecimal ratePercent) {
    return total.multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(100).add(ratePercent), 2, RoundingMode.HALF_UP);
  }
}
