package be.contractflow.ledger;

/** Who asked for or did something between the two parties of a contract. */
public enum Party {
  CLIENT, PROVIDER
}
