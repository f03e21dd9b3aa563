package be.contractflow.ledger;

public enum InvoiceStatus {
  OPEN, PAID, CONTESTED, CANCELLED
}
