package be.contractflow.terms;

/** The date a suspension delay is counted from (VIR-9, WJA-11, BDB-R5.2, BDB-16.6). */
public enum SuspensionStart {
  INVOICE_DATE,
  DUE_DATE,
  REMINDER_DATE
}
