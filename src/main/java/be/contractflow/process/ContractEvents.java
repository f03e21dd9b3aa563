package be.contractflow.process;

import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.RejectedException;
import be.contractflow.process.change.ChangeRequestService;
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

  public ContractEvents(RuntimeService runtime, ContractRepository contracts,
      ChangeRequestService changeRequests) {
    this.runtime = runtime;
    this.contracts = contracts;
    this.changeRequests = changeRequests;
  }

  /**
   * Correlates the event; refuses it (409, with the contract's status) when no process of the
   * contract is waiting for it, or when a step refuses it inside the correlation (a {@link
   * ConflictException} thrown by a listener, e.g. WJA-24's registered letter). A {@code
   * CHANGE_REQUEST} starts a new {@code change-request} instance instead.
   */
  @Transactional
  public int deliver(String contractNumber, Event event) {
    Contract contract = contracts.require(contractNumber);
    try {
      if (event.type() == ContractEventType.CHANGE_REQUEST) {
        changeRequests.start(contract, event);
        return 1;
      }
      return correlate(contract, event);
    } catch (RuntimeException e) {
      throw refusal(e);
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
    var results = correlation
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

  /** The {@link ConflictException} a step threw, unwrapped from the engine's exceptions. */
  private static RuntimeException refusal(RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConflictException conflict) {
        return conflict;
      }
    }
    return e;
  }
}
