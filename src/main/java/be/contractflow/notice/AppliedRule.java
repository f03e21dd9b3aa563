package be.contractflow.notice;

/**
 * The legal rule that decided an amount or a deadline in a notice, put in the model under
 * {@link NoticeType#RULE} (one value or a list) so the notice says which rule applied, in the
 * client's words (CLAUSES.md, "Consumer clients" and "Professional clients and the statutory 40 €";
 * issue 4: "Each notice says which rule applied").
 */
public enum AppliedRule {
  /** The contract's own clause applies as written (professional client). */
  CONTRACTUAL,
  /** Law of 2 Aug 2002 art. 6: 40 € per late invoice, or the contractual indemnity if higher. */
  LATE_PAYMENT_ACT_FLAT_INDEMNITY,
  /** Law of 2 Aug 2002 art. 5: the statutory rate of the half-year where the contract has none. */
  LATE_PAYMENT_ACT_STATUTORY_RATE,
  /** Book XIX CEL: a free first reminder, then 14 days before anything beyond the principal. */
  BOOK_XIX_FREE_FIRST_REMINDER,
  /** Book XIX CEL: three free reminders per calendar year for a recurring contract. */
  BOOK_XIX_FREE_REMINDERS_PER_YEAR,
  /** Book XIX CEL: interest capped at the statutory rate, flat indemnity capped by the scale. */
  BOOK_XIX_CAPS,
  /** Code of Economic Law VI.47: 14 days to withdraw from a distance contract (BDB-R15 reading). */
  CONSUMER_WITHDRAWAL_14_DAYS,
  /** The withdrawal period of the terms as written, for a professional client (BDB-R15). */
  CONTRACTUAL_WITHDRAWAL_PERIOD,
  /** No withdrawal right for a custom-made website (BDB-9). */
  NO_WITHDRAWAL_CUSTOM_WEBSITE
}
