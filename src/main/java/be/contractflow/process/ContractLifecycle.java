package be.contractflow.process;

import be.contractflow.billing.InvoiceIssued;
import be.contractflow.billing.InvoiceSettled;
import be.contractflow.ledger.Client;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.terms.TermsService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The one seam between the processes of a contract: every process start carries the same
 * {@linkplain #contractVariables contract variables}, and every message one process (or billing)
 * sends to another goes through here. A process package knows its own BPMN and this class, never
 * another process package's model; billing knows neither and publishes {@link InvoiceIssued} /
 * {@link InvoiceSettled} instead (handled here and in {@code payment.PaymentProcess}, in the
 * publishing transaction).
 */
@Service
public class ContractLifecycle {

  /** Variables every process instance of a contract holds, read by the terms DMN and the notices. */
  public static final String CLIENT_ID = "clientId";
  public static final String TERMS_PROFILE = TermsService.TERMS_PROFILE;
  public static final String CLIENT_TYPE = TermsService.CLIENT_TYPE;
  public static final String CONTRACT_KIND = TermsService.CONTRACT_KIND;

  private final RuntimeService runtime;

  public ContractLifecycle(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /**
   * The five variables every process of a contract starts with, in this order: {@value
   * ProcessVariables#CONTRACT_NUMBER}, {@value #CLIENT_ID}, {@value #TERMS_PROFILE}, {@value
   * #CLIENT_TYPE}, {@value #CONTRACT_KIND}.
   */
  public static VariableMap contractVariables(String contractNumber, Client client,
      String termsProfile, ContractKind kind) {
    return Variables.createVariables()
        .putValue(ProcessVariables.CONTRACT_NUMBER, contractNumber)
        .putValue(CLIENT_ID, client.id())
        .putValue(TERMS_PROFILE, termsProfile)
        .putValue(CLIENT_TYPE, client.type().name())
        .putValue(CONTRACT_KIND, kind.name());
  }

  /** {@link #contractVariables(String, Client, String, ContractKind)} of a stored contract. */
  public static VariableMap contractVariables(Contract contract, Client client) {
    return contractVariables(contract.number(), client, contract.termsProfile(), contract.kind());
  }

  /**
   * The one contract variable of a process started per invoice ({@code payment}): {@value
   * ProcessVariables#CONTRACT_NUMBER}, on which contract messages correlate. Such a process reads
   * its terms, client and amounts from the ledger, not from copies.
   */
  public static VariableMap contractReference(String contractNumber) {
    return Variables.createVariables()
        .putValue(ProcessVariables.CONTRACT_NUMBER, contractNumber);
  }

  // ---------------------------------------------------------------------------------- starts

  /**
   * Starts {@code processKey} for a contract: {@code leading} variables first (e.g. the quote or
   * invoice number), then the {@linkplain #contractVariables contract variables}, then {@code
   * extra} (the process's own).
   */
  public ProcessInstance start(String processKey, String businessKey, Map<String, Object> leading,
      VariableMap contract, Map<String, Object> extra) {
    VariableMap variables = Variables.createVariables();
    variables.putAll(leading);
    variables.putAll(contract);
    variables.putAll(extra);
    return runtime.startProcessInstanceByKey(processKey, businessKey, variables);
  }

  /** {@link #start(String, String, Map, VariableMap, Map)} with no leading variables. */
  public ProcessInstance start(String processKey, String businessKey, VariableMap contract,
      Map<String, Object> extra) {
    return start(processKey, businessKey, Map.of(), contract, extra);
  }

  /** Whether an instance of {@code processKey} with this business key is running. */
  public boolean isRunning(String processKey, String businessKey) {
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).count() > 0;
  }

  /** The running instance of {@code processKey} with this business key, or {@code null}. */
  public ProcessInstance running(String processKey, String businessKey) {
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).singleResult();
  }

  /** Removes a running instance that another one replaces (a termination ending earlier). */
  public void replace(ProcessInstance instance, String reason) {
    runtime.deleteProcessInstance(instance.getId(), reason);
  }

  /** Starts a process through its message start event (a change request, one instance each). */
  public void startByMessage(String message, String businessKey, VariableMap contract,
      Map<String, Object> extra) {
    VariableMap variables = Variables.createVariables();
    variables.putAll(contract);
    variables.putAll(extra);
    runtime.createMessageCorrelation(message)
        .processInstanceBusinessKey(businessKey)
        .setVariables(variables)
        .correlateStartMessage();
  }

  // ---------------------------------------------------------------------------------- messages

  /**
   * A posted contract event to every process of the contract waiting for {@code message}; only
   * the instances of {@code invoiceNumber} when it is given.
   */
  public List<MessageCorrelationResult> event(String message, String contractNumber,
      String invoiceNumber, Map<String, Object> variables) {
    var correlation = runtime.createMessageCorrelation(message)
        .processInstanceVariableEquals(ProcessVariables.CONTRACT_NUMBER, contractNumber);
    if (invoiceNumber != null) {
      correlation.processInstanceVariableEquals(ProcessVariables.INVOICE_NUMBER, invoiceNumber);
    }
    return correlation.setVariables(variables).correlateAllWithResult();
  }

  /** {@value ProcessVariables#MESSAGE_INVOICE_SETTLED}: the invoice is paid in full. */
  public void invoiceSettled(String invoiceNumber, LocalDate settledDate) {
    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_INVOICE_SETTLED)
        .processInstanceVariableEquals(ProcessVariables.INVOICE_NUMBER, invoiceNumber)
        .setVariable(ProcessVariables.SETTLED_DATE, settledDate.toString())
        .correlateAllWithResult();
  }

  /** Billing settled an invoice (a payment, a set-off): the processes waiting for it go on. */
  @EventListener
  public void on(InvoiceSettled settled) {
    invoiceSettled(settled.invoiceNumber(), settled.settledDate());
  }

  /**
   * {@value ProcessVariables#MESSAGE_INVOICE_CANCELLED} to the invoice's {@code payment}: the
   * invoice was cancelled by a credit note, nothing is owed on it, its dunning stops wherever it
   * waits. Never called from the invoice's own {@code payment} (an accepted complaint ends it on
   * its own path).
   */
  public void invoiceCancelled(String invoiceNumber) {
    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_INVOICE_CANCELLED)
        .processInstanceBusinessKey(invoiceNumber)
        .correlateAllWithResult();
  }

  /** {@value ProcessVariables#MESSAGE_INVOICE_ACCELERATED} to the invoice's {@code payment}. */
  public void invoiceAccelerated(String invoiceNumber, LocalDate dueDate) {
    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_INVOICE_ACCELERATED)
        .processInstanceBusinessKey(invoiceNumber)
        .setVariable(ProcessVariables.DUE_DATE, dueDate.toString())
        .correlateAllWithResult();
  }

  /** {@value ProcessVariables#MESSAGE_SERVICES_SUSPENDED} to the contract's processes. */
  public void servicesSuspended(String contractNumber, LocalDate suspendedOn, String clause) {
    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_SERVICES_SUSPENDED)
        .processInstanceVariableEquals(ProcessVariables.CONTRACT_NUMBER, contractNumber)
        .setVariable("suspendedOn", suspendedOn.toString())
        .setVariable("clause", clause)
        .correlateAllWithResult();
  }

  /** {@value ProcessVariables#MESSAGE_SERVICES_RESTORED} to the contract's processes. */
  public void servicesRestored(String contractNumber, LocalDate restoredOn) {
    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_SERVICES_RESTORED)
        .processInstanceVariableEquals(ProcessVariables.CONTRACT_NUMBER, contractNumber)
        .setVariable("restoredOn", restoredOn.toString())
        .correlateAllWithResult();
  }

  /** {@value ProcessVariables#MESSAGE_CONTRACT_RESOLVED} (WJA-12) to the contract's processes. */
  public void contractResolved(String contractNumber, LocalDate resolvedOn, String clause,
      String indemnityInvoiceNumber) {
    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_CONTRACT_RESOLVED)
        .processInstanceVariableEquals(ProcessVariables.CONTRACT_NUMBER, contractNumber)
        .setVariable("resolvedOn", resolvedOn.toString())
        .setVariable("clause", clause)
        .setVariable("indemnityInvoiceNumber", indemnityInvoiceNumber)
        .correlateAllWithResult();
  }

  /**
   * The contract is over (ENDED, CANCELLED or WITHDRAWN): one {@value
   * ProcessVariables#MESSAGE_CONTRACT_CLOSED}, correlated to every process of the contract that
   * waits for it — its change requests still open close, its {@code subscription} stops (a
   * cancelled order's damages replace the contract's performance: WJA-18, BDB-10.2).
   *
   * <p>Compatibility: {@code subscription} instances started before 1.4.0 wait for {@value
   * ProcessVariables#MESSAGE_CONTRACT_ENDED} by business key; they get it too. On a contract with
   * no such instance the correlation matches nothing.
   */
  public void contractOver(String contractNumber, ContractStatus closedAs) {
    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_CONTRACT_CLOSED)
        .processInstanceVariableEquals(ProcessVariables.CONTRACT_NUMBER, contractNumber)
        .setVariables(Variables.createVariables()
            .putValue(ProcessVariables.CONTRACT_CLOSED_AS, closedAs.name()))
        .correlateAllWithResult();
    // compatibility: subscription before 1.4.0 (event subprocess "Contract ended")
    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_CONTRACT_ENDED)
        .processInstanceBusinessKey(contractNumber)
        .correlateAllWithResult();
  }
}
