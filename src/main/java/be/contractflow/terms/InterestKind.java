package be.contractflow.terms;

/** How contractual late interest is counted. */
public enum InterestKind {
  /** simple interest, actual days / 365, at a yearly rate (VIR-4, BDB-16.6) */
  SIMPLE_ANNUAL,
  /** a monthly rate, every started month due in full (WJA-10b) */
  STARTED_MONTH
}
