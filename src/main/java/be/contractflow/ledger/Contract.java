package be.contractflow.ledger;

import java.time.LocalDate;

/** A contract of the ledger; its status is written by the processes that run it. */
public record Contract(
    String number,
    String quoteNumber,
    String clientId,
    String termsProfile,
    ContractKind kind,
    ContractStatus status,
    boolean suspended,
    LocalDate startDate,
    LocalDate anniversaryDate,
    LocalDate effectiveEndDate) {}
