package be.contractflow.billing;

import java.time.LocalDate;

/**
 * Published by {@link CreditNoteService} when a credit note is also a Peppol e-invoice, inside the
 * issuing transaction: whoever follows its sending up (the {@code e-invoice} process) starts here.
 * Invoices carry the same fact on {@link InvoiceIssued}.
 */
public record EInvoiceIssued(String documentNumber, String contractNumber, LocalDate issueDate) {}
