package be.contractflow.process;

import be.contractflow.ledger.Contract;
import java.util.Set;

/**
 * A contract event that starts something of its own instead of being correlated to a process
 * already waiting for it (a change request, a termination, a clause's entry point). {@link
 * ContractEvents} hands each such event type to the one handler that names it, so the dispatcher
 * knows no process package.
 */
public interface ContractEventHandler {

  /** The event types this handler takes; no two handlers share one. */
  Set<ContractEventType> handles();

  /** Acts on the event; throws a refusal (409/400) when the contract cannot take it now. */
  void handle(Contract contract, ContractEvents.Event event);
}
