package be.contractflow.terms;

/** The first day contractual late interest runs. */
public enum InterestStart {
  /** VIR-4.r, BDB-16.6 */
  DAY_AFTER_DUE_DATE,
  /** WJA-10b */
  ISSUE_DATE
}
