package be.contractflow.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A credit note: an amount the agency owes back to the client (incl. VAT, as refunded), e.g. the
 * payments of a withdrawn order (BDB-R15).
 *
 * @param creditedInvoice the invoice it refunds, or null when it covers several
 */
public record CreditNote(
    String number,
    String contractNumber,
    String clientId,
    String creditedInvoice,
    String clause,
    LocalDate issueDate,
    BigDecimal amount,
    String reason) {}
