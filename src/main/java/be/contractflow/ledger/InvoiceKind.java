package be.contractflow.ledger;

public enum InvoiceKind {
  DEPOSIT, PROGRESS, BALANCE, PERIODIC, REGIE, CANCELLATION_FEE, INDEMNITY, INTERIM, BUYOUT,
  SURCHARGE
}
