package be.contractflow.process;

import java.time.LocalDate;

/**
 * Variables every contractflow process shares. Each process keeps its own catalogue beside its
 * delegates; these are the ones other parts of the application correlate on.
 */
public final class ProcessVariables {

  /** Every process of a contract holds its number (the order process too, from the quote). */
  public static final String CONTRACT_NUMBER = "contractNumber";
  /** A process waiting for an invoice to be settled holds its number here. */
  public static final String INVOICE_NUMBER = "invoiceNumber";

  /** The day an invoice was settled, carried by {@link #MESSAGE_INVOICE_SETTLED}. */
  public static final String SETTLED_DATE = "settledDate";
  /** An invoice's due date in its {@code payment} process; {@link #MESSAGE_INVOICE_ACCELERATED} moves it. */
  public static final String DUE_DATE = "dueDate";

  public static final String EVENT_DATE = "eventDate";
  public static final String EVENT_BY = "eventBy";
  public static final String EVENT_CHANNEL = "eventChannel";
  public static final String EVENT_REASON = "eventReason";

  /** Message correlated when an invoice is paid in full (principal, interest, indemnity). */
  public static final String MESSAGE_INVOICE_SETTLED = "InvoiceSettled";
  /**
   * Message correlated (business key = invoice number) when an invoice is cancelled by a credit
   * note outside its own {@code payment} process (order lapse, cancellation, withdrawal, contract
   * end, renewal unpaid): the invoice's {@code payment} ends wherever it waits.
   */
  public static final String MESSAGE_INVOICE_CANCELLED = "InvoiceCancelled";

  /**
   * Message the {@code payment} process correlates (on {@link #CONTRACT_NUMBER}) when the
   * contract's services are suspended for non-payment (VIR-9, WJA-10c, BDB-16.6, BDB-R5.2); the
   * {@code subscription} process stops its services until {@link #MESSAGE_SERVICES_RESTORED}.
   * Carries {@code suspendedOn} (ISO date) and {@code clause}.
   */
  public static final String MESSAGE_SERVICES_SUSPENDED = "ServicesSuspended";
  /** The payment that ended a suspension came in; carries {@code restoredOn} (ISO date). */
  public static final String MESSAGE_SERVICES_RESTORED = "ServicesRestored";
  /**
   * Message the {@code payment} process correlates (on {@link #CONTRACT_NUMBER}) to each running
   * contract of a client it resolves (WJA-12); the {@code subscription} process hands the contract
   * to {@code termination} at once. Carries {@code resolvedOn} (ISO date), {@code clause} and
   * {@code indemnityInvoiceNumber}.
   */
  public static final String MESSAGE_CONTRACT_RESOLVED = "ContractResolved";
  /**
   * A MALFUNCTION or NON_CONFORMITY no warranty (BDB-12.2) or acceptance (WJA-24) window takes:
   * reported as a hidden defect to the WJA-16 report window ({@code delivery}).
   */
  public static final String MESSAGE_HIDDEN_DEFECT_REPORTED = "HiddenDefectReported";

  /** WJA-10a: an open invoice of the client falls due at once; carries {@link #DUE_DATE}. */
  public static final String MESSAGE_INVOICE_ACCELERATED = "InvoiceAccelerated";
  /**
   * The contract is over — it ENDED (termination, WJA-12 resolution included), was CANCELLED or
   * WITHDRAWN — correlated once, by {@link #CONTRACT_NUMBER}, to every process of the contract
   * that listens: each waiting {@code change-request} closes and the {@code subscription} stops
   * (event subprocesses "Contract closed"). Carries {@link #CONTRACT_CLOSED_AS}. Not {@link
   * #MESSAGE_CONTRACT_RESOLVED}:
   * a resolution is a cause of the end, which termination then brings about.
   */
  public static final String MESSAGE_CONTRACT_CLOSED = "ContractClosed";
  /** The contract status a {@link #MESSAGE_CONTRACT_CLOSED} reports (ENDED, CANCELLED, WITHDRAWN). */
  public static final String CONTRACT_CLOSED_AS = "contractClosedAs";
  /**
   * Compatibility only: what {@code subscription} before 1.4.0 waits for (by business key) to
   * stop. Correlated beside {@link #MESSAGE_CONTRACT_CLOSED} when the subscription stops, for the
   * instances still running those versions; remove once none is left.
   */
  public static final String MESSAGE_CONTRACT_ENDED = "ContractEnded";

  // --- a Peppol e-invoice's proven sending, checked the same way by {@code payment} (invoices)
  // and {@code e-invoice} (credit notes): Task_CheckEInvoiceSent, Task_HandleUndeliveredEInvoice

  /** ISO day at whose end the e-invoice's sending is checked (the issue day, then each next one). */
  public static final ProcessVariable<LocalDate> E_INVOICE_CHECK_ON =
      ProcessVariable.date("eInvoiceCheckOn");
  /** {@code SENT}, {@code PENDING} (the relay is still trying) or {@code FAILED}. */
  public static final ProcessVariable<String> E_INVOICE_STATUS =
      ProcessVariable.text("eInvoiceStatus");
  /** Why the e-invoice was not delivered, shown on "Handle undelivered e-invoice". */
  public static final ProcessVariable<String> E_INVOICE_FAILURE =
      ProcessVariable.text("eInvoiceFailure");
  /** Form "Handle undelivered e-invoice": send it again (true) or not. */
  public static final ProcessVariable<Boolean> RESEND_E_INVOICE =
      ProcessVariable.flag("resendEInvoice");

  private ProcessVariables() {}
}
