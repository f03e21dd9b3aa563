package be.contractflow.billing;

import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.ledger.Payment;
import java.math.BigDecimal;

/**
 * A recorded payment, how it was imputed, and what remains; {@code duplicate} when the bank
 * reference had already been recorded (nothing was counted twice).
 */
public record PaymentReceipt(Payment payment, InvoiceStatus invoiceStatus, BigDecimal remaining,
    boolean duplicate) {}
