package be.contractflow.process;

import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.RejectedException;
import be.contractflow.process.change.ChangeRequestService;
import be.contractflow.process.delivery.ClauseEntryPoints;
import be.contractflow.process.termination.TerminationService;
import be.contractflow.time.BusinessClock;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Delivers a contract event to whichever of the contract's processes is waiting for it. */
@Service
public class ContractEvents {

  /**
   * @param invoiceNumber the invoice an {@code INVOICE_CONTEST} is about (required for it, ignored
   *     otherwise): only that invoice's {@code payment} process receives it
   */
  public record Event(ContractEventType type, LocalDate date, Party by, Channel channel,
      String reason, String invoiceNumber) {

    public Event(ContractEventType type, LocalDate date, Party by, Channel channel, String reason) {
      this(type, date, by, channel, reason, null);
    }
  }

  private final RuntimeService runtime;
  private final ContractRepository contracts;
  private final ChangeRequestService changeRequests;
  private final TerminationService terminations;
  private final ClauseEntryPoints entryPoints;
  private final BusinessClock clock;

  public ContractEvents(RuntimeService runtime, ContractRepository contracts,
      ChangeRequestService changeRequests, TerminationService terminations,
      ClauseEntryPoints entryPoints, BusinessClock clock) {
    this.entryPoints = entryPoints;
    this.clock = clock;
    this.runtime = runtime;
    this.contracts = contracts;
    this.changeRequests = changeRequests;
    this.terminations = terminations;
  }

  /**
   * Correlates the event; refuses it (409, with the contract's status) when no process of the
   * contract is waiting for it, or when a step refuses it inside the correlation (a {@link
   * ConflictException} thrown by a listener, e.g. WJA-24's registered letter). A {@code
   * CHANGE_REQUEST} starts a new {@code change-request} instance instead; a {@code TERMINATION}
   * or {@code FORCE_MAJEURE} starts a {@code termination} whose effective end date is on the
   * contract when this returns (409 with the clause when the terms do not allow it).
   */
  @Transactional
  public int deliver(String contractNumber, Event event) {
    Contract contract = contracts.require(contractNumber);
    try {
      if (event.type() == ContractEventType.CHANGE_REQUEST) {
        changeRequests.start(contract, event);
        return 1;
      }
      if (event.type() == ContractEventType.TERMINATION
          || event.type() == ContractEventType.FORCE_MAJEURE) {
        terminations.start(contract, event);
        return 1;
      }
      if (event.type() == ContractEventType.CONTENT_VIOLATION) {
        entryPoints.contentViolation(contract, event);
        return 1;
      }
      if (event.type() == ContractEventType.PROVIDER_INCAPACITY) {
        entryPoints.providerIncapacity(contract, event, clock.today());
        return 1;
      }
      return correlate(contract, event);
    } catch (RuntimeException e) {
      throw Refusals.unwrap(e);
    }
  }

  private int correlate(Contract contract, Event event) {
    String contractNumber = contract.number();
    var correlation = runtime.createMessageCorrelation(event.type().messageName())
        .processInstanceVariableEquals(ProcessVariables.CONTRACT_NUMBER, contractNumber);
    if (event.type() == ContractEventType.INVOICE_CONTEST) {
      if (event.invoiceNumber() == null || event.invoiceNumber().isBlank()) {
        throw new RejectedException("An INVOICE_CONTEST names the invoice contested: send "
            + "invoiceNumber (GET /api/contracts/" + contractNumber + "/invoices lists them).");
      }
      correlation.processInstanceVariableEquals(ProcessVariables.INVOICE_NUMBER,
          event.invoiceNumber().trim());
    }
    java.util.List<org.camunda.bpm.engine.runtime.MessageCorrelationResult> results = correlation
        .setVariables(eventVariables(event))
        .correlateAllWithResult();
    if (results.isEmpty() && (event.type() == ContractEventType.MALFUNCTION
        || event.type() == ContractEventType.NON_CONFORMITY)) {
      // no warranty (BDB-12.2) or acceptance window (WJA-24) takes it: a hidden defect (WJA-16)
      results = runtime.createMessageCorrelation(ProcessVariables.MESSAGE_HIDDEN_DEFECT_REPORTED)
          .processInstanceVariableEquals(ProcessVariables.CONTRACT_NUMBER, contractNumber)
          .setVariables(eventVariables(event))
          .correlateAllWithResult();
    }
    if (results.isEmpty()) {
      throw new ConflictException("Contract " + contractNumber + " is " + contract.status()
          + (contract.suspended() ? " (suspended)" : "") + ": none of its processes accepts "
          + event.type() + " now.");
    }
    return results.size();
  }

  private static org.camunda.bpm.engine.variable.VariableMap eventVariables(Event event) {
    return Variables.createVariables()
        .putValue(ProcessVariables.EVENT_DATE, event.date().toString())
        .putValue(ProcessVariables.EVENT_BY, event.by().name())
        .putValue(ProcessVariables.EVENT_CHANNEL, event.channel().name())
        .putValue(ProcessVariables.EVENT_REASON, event.reason());
  }
}
