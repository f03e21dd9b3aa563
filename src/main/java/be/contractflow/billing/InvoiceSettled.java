package be.contractflow.billing;

import java.time.LocalDate;

/**
 * Published inside the transaction that settles an invoice in full (a payment, a set-off, a
 * waiver of what was left): the processes waiting for the invoice go on.
 */
public record InvoiceSettled(String invoiceNumber, LocalDate settledDate) {}
