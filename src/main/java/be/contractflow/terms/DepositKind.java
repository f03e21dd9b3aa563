package be.contractflow.terms;

/** What the order's first invoice is (WJA-2, WJA-4, WJA-21, BDB-R5.1, BDB-16.4, VIR-4). */
public enum DepositKind {
  /** no deposit: the signed quote sets the schedule (VIR-2) */
  NONE,
  /** a percentage of the price, annualised for recurring services when the terms say so */
  PERCENT,
  /** a flat number of régie hours (WJA-4) */
  REGIE_HOURS,
  /** the first billing period, in advance */
  FIRST_PERIOD
}
