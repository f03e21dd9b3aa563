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
 * @param eInvoice the invoice is also a Peppol e-invoice: its dunning waits until it is proven
 *     sent, and its due date counts {@code paymentTermDays} from that day
 * @param paymentTermDays the payment term of the terms, for an e-invoice's due date
 */
public record InvoiceIssued(Invoice invoice, Contract contract, Client client,
    LocalDate contestWindowEnds, boolean eInvoice, Integer paymentTermDays) {}
