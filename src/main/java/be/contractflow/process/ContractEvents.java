package be.contractflow.process;

import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractRepository;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Delivers a contract event to whichever of the contract's processes is waiting for it. */
@Service
public class ContractEvents {

  public record Event(ContractEventType type, LocalDate date, Party by, Channel channel,
      String reason) {}

  private final RuntimeService runtime;
  private final ContractRepository contracts;

  public ContractEvents(RuntimeService runtime, ContractRepository contracts) {
    this.runtime = runtime;
    this.contracts = contracts;
  }

  /**
   * Correlates the event; refuses it (409, with the contract's status) when no process of the
   * contract is waiting for it.
   */
  @Transactional
  public int deliver(String contractNumber, Event event) {
    Contract contract = contracts.require(contractNumber);
    var results = runtime.createMessageCorrelation(event.type().messageName())
        .processInstanceVariableEquals(ProcessVariables.CONTRACT_NUMBER, contractNumber)
        .setVariables(Variables.createVariables()
            .putValue(ProcessVariables.EVENT_DATE, event.date().toString())
            .putValue(ProcessVariables.EVENT_BY, event.by().name())
            .putValue(ProcessVariables.EVENT_CHANNEL, event.channel().name())
            .putValue(ProcessVariables.EVENT_REASON, event.reason()))
        .correlateAllWithResult();
    if (results.isEmpty()) {
      throw new ConflictException("Contract " + contractNumber + " is " + contract.status()
          + (contract.suspended() ? " (suspended)" : "") + ": none of its processes accepts "
          + event.type() + " now.");
    }
    return results.size();
  }
}
