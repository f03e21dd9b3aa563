package be.contractflow.terms;

/** When a client's termination of a recurring contract takes effect. */
public enum TerminationTiming {
  /** notice date + notice months (VIR-7) */
  ANY_TIME,
  /** at the end of the running term, notice given that long before it (WJA-21, BDB-R13.1) */
  AT_TERM
}
