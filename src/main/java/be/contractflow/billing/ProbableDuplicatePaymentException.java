package be.contractflow.billing;

import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Payment;

/**
 * A payment without a bank reference that matches one already recorded (same invoice, amount and
 * value date): most likely the same transfer entered twice. The API answers 409; sending the bank
 * reference, or {@code "force": true}, records it.
 */
public class ProbableDuplicatePaymentException extends ConflictException {

  private final long duplicateOf;

  ProbableDuplicatePaymentException(Payment known) {
    super("Invoice " + known.invoiceNumber() + " already has a payment of "
        + known.amount().toPlainString() + " dated " + known.paymentDate() + " (payment "
        + known.id() + (known.reference() == null ? ", without bank reference" : ", reference '"
        + known.reference() + "'") + "): this is probably the same transfer recorded twice, so "
        + "nothing was recorded. If it is a second transfer, send its bank reference in "
        + "'reference', or send \"force\": true.");
    this.duplicateOf = known.id();
  }

  /** The id of the payment this one looks like. */
  public long duplicateOf() {
    return duplicateOf;
  }
}
