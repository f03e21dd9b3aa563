package be.contractflow.process;

/**
 * The events a contract receives through {@code POST /api/contracts/{n}/events}. Each is
 * correlated as the BPMN message of the same name (e.g. a message catch event named
 * {@code GO_LIVE}) to the contract's running processes.
 */
public enum ContractEventType {
  CONTENTS_RECEIVED, GO_LIVE, TWEAK_REQUESTED, NON_CONFORMITY, MALFUNCTION, TRAINING_DONE,
  CANCELLATION, WITHDRAWAL, TERMINATION, INVOICE_CONTEST, CHANGE_REQUEST, SERVICE_INTERRUPTED,
  SERVICE_RESTORED, FORCE_MAJEURE;

  public String messageName() {
    return name();
  }
}
