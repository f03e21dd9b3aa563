package be.contractflow.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A waiver staff granted on an invoice: the late interest and/or the flat indemnity, with the
 * written reason, who granted it and when; kept for the audit.
 */
public record Waiver(
    String invoiceNumber,
    String contractNumber,
    boolean interest,
    boolean indemnity,
    String reason,
    String waivedBy,
    LocalDate waivedOn,
    OffsetDateTime createdAt) {}
