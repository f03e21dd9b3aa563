package be.contractflow.ledger;

/** Book XIX of the Code of Economic Law protects CONSUMER clients; the 40 € indemnity is B2B only. */
public enum ClientType {
  PROFESSIONAL,
  CONSUMER
}
