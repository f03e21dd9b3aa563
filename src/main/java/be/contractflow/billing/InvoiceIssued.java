package be.contractflow.billing;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.Invoice;
import java.time.LocalDate;

/**
 * Published by {@link InvoicingService} once an invoice is stored, its deadlines recorded and its
 * e-mail queued, inside the invoicing transaction: whoever follows an invoice up (the {@code
 * payment} process) starts here, and a failure there rolls the invoice back.
 *
 * @param contestWindowEnds the last day of the contest window, null when the terms set none
 */
public record InvoiceIssued(Invoice invoice, Contract contract, Client client,
    LocalDate contestWindowEnds) {}
