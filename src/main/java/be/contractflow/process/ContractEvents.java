package be.contractflow.process;

import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.Party;
import be.contractflow.ledger.RejectedException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.variable.VariableMap;
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

  /**
   * A contract event that starts something of its own instead of being correlated to a process
   * already waiting for it (a change request, a termination, a clause's entry point). {@link
   * ContractEvents} hands each such event type to the one handler that names it, so the dispatcher
   * knows no process package.
   */
  public interface Handler {

    /** The event types this handler takes; no two handlers share one. */
    Set<ContractEventType> handles();

    /** Acts on the event; throws a refusal (409/400) when the contract cannot take it now. */
    void handle(Contract contract, Event event);
  }

  private final ContractLifecycle lifecycle;
  private final ContractRepository contracts;
  private final Map<ContractEventType, Handler> handlers =
      new EnumMap<>(ContractEventType.class);

  public ContractEvents(ContractLifecycle lifecycle, ContractRepository contracts,
      List<Handler> handlers) {
    this.lifecycle = lifecycle;
    this.contracts = contracts;
    for (Handler handler : handlers) {
      for (ContractEventType type : handler.handles()) {
        Handler other = this.handlers.put(type, handler);
        if (other != null) {
          throw new IllegalStateException(type + " is handled by both " + other.getClass()
              .getSimpleName() + " and " + handler.getClass().getSimpleName());
        }
      }
    }
  }

  /**
   * Correlates the event; refuses it (409, with the contract's status) when no process of the
   * contract is waiting for it, or when a step refuses it inside the correlation (a {@link
   * ConflictException} thrown by a listener, e.g. WJA-24's registered letter). An event type a
   * {@link Handler} takes starts its step instead: a {@code CHANGE_REQUEST} a new
   * {@code change-request} instance, a {@code TERMINATION} or {@code FORCE_MAJEURE} a {@code
   * termination} whose effective end date is on the contract when this returns (409 with the
   * clause when the terms do not allow it), {@code CONTENT_VIOLATION} and {@code
   * PROVIDER_INCAPACITY} their clause's entry point.
   */
  @Transactional
  public int deliver(String contractNumber, Event event) {
    Contract contract = contracts.require(contractNumber);
    try {
      Handler handler = handlers.get(event.type());
      if (handler != null) {
        handler.handle(contract, event);
        return 1;
      }
      return correlate(contract, event);
    } catch (RuntimeException e) {
      throw Refusals.unwrap(e);
    }
  }

  private int correlate(Contract contract, Event event) {
    String contractNumber = contract.number();
    String invoiceNumber = null;
    if (event.type() == ContractEventType.INVOICE_CONTEST) {
      if (event.invoiceNumber() == null || event.invoiceNumber().isBlank()) {
        throw new RejectedException("An INVOICE_CONTEST names the invoice contested: send "
            + "invoiceNumber (GET /api/contracts/" + contractNumber + "/invoices lists them).");
      }
      invoiceNumber = event.invoiceNumber().trim();
    }
    List<MessageCorrelationResult> results = lifecycle.event(event.type().messageName(),
        contractNumber, invoiceNumber, eventVariables(event));
    if (results.isEmpty() && (event.type() == ContractEventType.MALFUNCTION
        || event.type() == ContractEventType.NON_CONFORMITY)) {
      // no warranty (BDB-12.2) or acceptance window (WJA-24) takes it: a hidden defect (WJA-16)
      results = lifecycle.event(ProcessVariables.MESSAGE_HIDDEN_DEFECT_REPORTED, contractNumber,
          null, eventVariables(event));
    }
    if (results.isEmpty()) {
      throw new ConflictException("Contract " + contractNumber + " is " + contract.status()
          + (contract.suspended() ? " (suspended)" : "") + ": none of its processes accepts "
          + event.type() + " now.");
    }
    return results.size();
  }

  /**
   * The event as every process receives it: {@code eventDate}, {@code eventBy}, {@code
   * eventChannel}, {@code eventReason}.
   */
  public static VariableMap eventVariables(Event event) {
    return Variables.createVariables()
        .putValue(ProcessVariables.EVENT_DATE, event.date().toString())
        .putValue(ProcessVariables.EVENT_BY, event.by().name())
        .putValue(ProcessVariables.EVENT_CHANNEL, event.channel().name())
        .putValue(ProcessVariables.EVENT_REASON, event.reason());
  }
}
