package be.contractflow.process;

import java.time.LocalDate;

/**
 * Published inside the transaction that moves an invoice's due date later (its Peppol e-invoice
 * proven sent after its issue day: the payment term counts from the sending): a process whose own
 * date was counted from that due date follows it (the order's lapse, WJA-2 / BDB-8.1).
 */
public record InvoiceDueDateMoved(String invoiceNumber, String contractNumber, LocalDate dueDate) {}
