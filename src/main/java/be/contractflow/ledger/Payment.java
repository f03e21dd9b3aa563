package be.contractflow.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A payment received on an invoice, with its imputation (indemnity, interest, principal). */
public record Payment(
    Long id,
    String invoiceNumber,
    BigDecimal amount,
    LocalDate paymentDate,
    String reference,
    BigDecimal toIndemnity,
    BigDecimal toInterest,
    BigDecimal toPrincipal,
    String recordedBy,
    OffsetDateTime recordedAt) {}
