package be.contractflow.process.order;

import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.Conclusion;
import be.contractflow.ledger.ContractKind;
import be.contractflow.terms.RequiredChannel;
import be.contractflow.terms.Terms;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A client's right to withdraw from a signed order (issue 11 item 3, CLAUSES.md "Withdrawal"
 * readings), decided from the terms, the client type and where the contract was concluded. Pure.
 *
 * <ul>
 *   <li>A consumer whose contract was concluded at a distance or off premises has the statutory
 *       14 days (Code of Economic Law VI.47), counted from the day after the signature, by any
 *       unambiguous statement (VI.49), for every agency and every kind, a website creation
 *       included (BDB-9 read for consumers: a creation is a service, VI.53 has no exception for
 *       it).
 *   <li>Otherwise a consumer has only what the terms grant (BDB-R15: 7 clear days from the
 *       signature of a rental, by registered letter, for the non-professional client).
 *   <li>A professional has none (BDB-R15 grants it to non-professionals only; VI.47 to consumers).
 * </ul>
 *
 * @param clause the clause that gives the right ({@value #STATUTORY_CLAUSE} or the terms')
 * @param days the period in days from the signature
 * @param channel the form the withdrawal must take, {@link RequiredChannel#ANY} for the law
 * @param deadline the last day of the period (art. 1.7, rolled to a business day)
 * @param statutory whether the right is the consumer's statutory one (VI.51 §3 then applies)
 */
public record WithdrawalRight(String clause, int days, RequiredChannel channel, LocalDate deadline,
    boolean statutory) {

  /** Code of Economic Law, art. VI.47: 14 days for distance and off-premises contracts. */
  public static final String STATUTORY_CLAUSE = "CEL-VI.47";
  /** Code of Economic Law, art. VI.53 1°: a service fully performed after an early start. */
  public static final String PERFORMED_CLAUSE = "CEL-VI.53";
  public static final int STATUTORY_DAYS = 14;

  /** The right of this client for this contract, or empty when there is none. */
  public static Optional<WithdrawalRight> of(Terms.Order rules, ClientType clientType,
      Conclusion conclusion, LocalDate signedDate, BusinessCalendar calendar) {
    if (clientType != ClientType.CONSUMER) {
      return Optional.empty();
    }
    if (conclusion.concludedAt().opensConsumerWithdrawal()) {
      return Optional.of(new WithdrawalRight(STATUTORY_CLAUSE, STATUTORY_DAYS, RequiredChannel.ANY,
          calendar.afterDays(signedDate, STATUTORY_DAYS), true));
    }
    if (rules.withdrawalDays() != null) {
      return Optional.of(new WithdrawalRight(rules.withdrawalClause(), rules.withdrawalDays(),
          rules.withdrawalChannel() == null ? RequiredChannel.ANY : rules.withdrawalChannel(),
          calendar.afterDays(signedDate, rules.withdrawalDays()), false));
    }
    return Optional.empty();
  }

  /** Why this client has no withdrawal right, and what to send instead (the 409's detail). */
  public static String none(Terms.Order rules, String profile, ContractKind kind,
      ClientType clientType, Conclusion conclusion) {
    String instead = " To stop the order, send CANCELLATION instead"
        + (rules.cancellationClause() != null ? " (" + rules.cancellationClause() + ")" : "")
        + (kind.isRecurring() ? ", or TERMINATION once it runs" : "") + ".";
    if (clientType != ClientType.CONSUMER) {
      return "Withdrawal refused: the client is a professional, and a professional has no"
          + " withdrawal right (" + (rules.withdrawalClause() != null
              ? rules.withdrawalClause() + ": " + ("BDB-9".equals(rules.withdrawalClause())
                  ? "none for a custom website between professionals" : "granted to"
                      + " non-professional clients only") + "; " : "")
          + "Code of Economic Law VI.47: consumers only)." + instead;
    }
    return "Withdrawal refused: the contract was concluded at the agency's premises (recorded at"
        + " signature), and the consumer's 14 days (" + STATUTORY_CLAUSE + ") apply only to a"
        + " contract concluded at a distance or off premises; the " + profile + " terms grant no"
        + " other withdrawal right for a " + kind + " order"
        + (rules.withdrawalClause() != null ? " (" + rules.withdrawalClause() + ")" : "") + "."
        + instead;
  }

  /** Whether a withdrawal sent over {@code channel} (an event channel) takes the required form. */
  public boolean accepts(String channel) {
    return channel().accepts(channel);
  }
}
