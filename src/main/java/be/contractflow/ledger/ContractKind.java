package be.contractflow.ledger;

/** The contract kinds of SPEC.md. */
public enum ContractKind {
  /** website or creation at a fixed price */
  PROJECT(false),
  /** time and material */
  REGIE(false),
  /** website rental */
  RENTAL(true),
  /** hosting and domain subscription */
  HOSTING(true),
  MAINTENANCE(true),
  /** recurring service such as a chatbot subscription */
  RECURRING(true);

  private final boolean recurring;

  ContractKind(boolean recurring) {
    this.recurring = recurring;
  }

  public boolean isRecurring() {
    return recurring;
  }
}
