package be.contractflow.process;

/**
 * Variables every contractflow process shares. Each process keeps its own catalogue beside its
 * delegates; these are the ones other parts of the application correlate on.
 */
public final class ProcessVariables {

  /** Every process of a contract holds its number (the order process too, from the quote). */
  public static final String CONTRACT_NUMBER = "contractNumber";
  /** A process waiting for an invoice to be settled holds its number here. */
  public static final String INVOICE_NUMBER = "invoiceNumber";

  public static final String EVENT_DATE = "eventDate";
  public static final String EVENT_BY = "eventBy";
  public static final String EVENT_CHANNEL = "eventChannel";
  public static final String EVENT_REASON = "eventReason";

  /** Message correlated when an invoice is paid in full (principal, interest, indemnity). */
  public static final String MESSAGE_INVOICE_SETTLED = "InvoiceSettled";

  private ProcessVariables() {}
}
