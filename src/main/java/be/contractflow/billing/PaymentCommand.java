package be.contractflow.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment received from the bank or recorded by accounting.
 *
 * @param invoice the invoice number, or the structured communication the payer quoted
 * @param date the value date; {@code null} means today on the business clock
 * @param reference the bank's reference; the same reference twice is the same payment
 * @param force record it even when, without a reference, it looks like a payment already
 *     recorded (same invoice, amount and value date): two real transfers of the same amount
 */
public record PaymentCommand(String invoice, BigDecimal amount, LocalDate date, String reference,
    String recordedBy, boolean force) {

  public PaymentCommand(String invoice, BigDecimal amount, LocalDate date, String reference,
      String recordedBy) {
    this(invoice, amount, date, reference, recordedBy, false);
  }
}
