package be.contractflow.ledger;

/** What an invoice bills; damages (cancellation fee, resolution indemnity) carry no VAT. */
public enum InvoiceKind {
  DEPOSIT,
  PROGRESS,
  BALANCE,
  PERIODIC,
  REGIE,
  /** WJA-18, BDB-10.2: damages, outside the scope of VAT */
  CANCELLATION_FEE(false),
  /** WJA-12: damages, outside the scope of VAT */
  INDEMNITY(false),
  INTERIM,
  BUYOUT,
  SURCHARGE;

  private final boolean vatApplies;

  InvoiceKind() {
    this(true);
  }

  InvoiceKind(boolean vatApplies) {
    this.vatApplies = vatApplies;
  }

  public boolean vatApplies() {
    return vatApplies;
  }
}
