package be.contractflow.process;

/**
 * The events a contract receives through {@code POST /api/contracts/{n}/events}. Each is
 * correlated as the BPMN message of the same name (e.g. a message catch event named
 * {@code GO_LIVE}) to the contract's running processes.
 */
public enum ContractEventType {
  CONTENTS_RECEIVED, GO_LIVE, TWEAK_REQUESTED, NON_CONFORMITY, MALFUNCTION, TRAINING_DONE,
  CANCELLATION, WITHDRAWAL, TERMINATION, INVOICE_CONTEST, CHANGE_REQUEST, SERVICE_INTERRUPTED,
  SERVICE_RESTORED, FORCE_MAJEURE,
  /** BDB-17.3: staff record one violation (illegal content); the contractual penalty is invoiced. */
  CONTENT_VIOLATION,
  /** BDB-18: the provider's incapacity to work from {@code date}; the client is notified. */
  PROVIDER_INCAPACITY,
  /** WJA-16: hardware sold under the contract was delivered on {@code date} (1-month action). */
  HARDWARE_DELIVERED;

  public String messageName() {
    return name();
  }
}
