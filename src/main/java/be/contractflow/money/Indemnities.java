package be.contractflow.money;

import static be.contractflow.money.Calculation.inputs;

import java.math.BigDecimal;

/**
 * Flat recovery indemnities on a late invoice (damages: no VAT), computed on the invoice's open
 * amount incl. VAT (CLAUSES.md "Amount bases").
 *
 * <ul>
 *   <li>Contractual percentage with a minimum (WJA-10c: 15 %, at least 150 € per invoice).
 *   <li>Professional clients: {@code max(contractual, 40 €)} per late invoice (law of 2 Aug 2002
 *       art. 6; EU Court of Justice C-370/21) — never both.
 *   <li>Consumer clients: the contractual indemnity capped by the tiers of the Code of Economic
 *       Law Book XIX on the balance: ≤ 150 € → 20 €; 150.01–500 € → 30 € + 10 % of the part above
 *       150 €; &gt; 500 € → 65 € + 5 % of the part above 500 €; never more than 2 000 €. The 40 €
 *       is for professional clients only.
 * </ul>
 */
public final class Indemnities {

  /** Law of 2 Aug 2002 art. 6: the flat indemnity every B2B creditor gets per late invoice. */
  public static final BigDecimal PROFESSIONAL_FLAT = new BigDecimal("40.00");
  /** Book XIX: the consumer indemnity never exceeds 2 000 €. */
  public static final BigDecimal CONSUMER_MAXIMUM = new BigDecimal("2000.00");

  private static final BigDecimal TIER_1_LIMIT = new BigDecimal("150.00");
  private static final BigDecimal TIER_2_LIMIT = new BigDecimal("500.00");
  private static final BigDecimal TIER_1_FLAT = new BigDecimal("20.00");
  private static final BigDecimal TIER_2_FLAT = new BigDecimal("30.00");
  private static final BigDecimal TIER_3_FLAT = new BigDecimal("65.00");
  private static final BigDecimal TIER_2_PERCENT = BigDecimal.TEN;
  private static final BigDecimal TIER_3_PERCENT = BigDecimal.valueOf(5);

  private Indemnities() {}

  /** WJA-10c: {@code max(open × percent / 100, minimum)}; nothing when nothing is open. */
  public static Calculation percentWithMinimum(String clause, BigDecimal open, BigDecimal percent,
      BigDecimal minimum) {
    Money.requireNotNegative(open, "open");
    Money.requireNotNegative(percent, "percent");
    Money.requireNotNegative(minimum, "minimum");
    BigDecimal share = Money.percentOf(open, percent);
    boolean minimumApplies = open.signum() > 0 && share.compareTo(minimum) < 0;
    BigDecimal indemnity = open.signum() == 0 ? BigDecimal.ZERO : share.max(minimum);
    return new Calculation(clause,
        "Flat indemnity " + Money.plain(percent) + "%, minimum " + Money.cents(minimum) + " €",
        indemnity,
        inputs("open", open, "percent", percent, "minimum", minimum,
            "rule", minimumApplies ? "minimum" : "percentage"));
  }

  /**
   * A professional client's flat indemnity: the contractual indemnity when higher than the
   * statutory 40 €, else 40 € (law of 2 Aug 2002 art. 6), per late invoice.
   *
   * @param contractual the contract's own flat indemnity for this invoice, {@link Money#ZERO} if
   *     the contract has none
   */
  public static Calculation professional(String clause, BigDecimal contractual) {
    Money.requireNotNegative(contractual, "contractual");
    boolean statutory = contractual.compareTo(PROFESSIONAL_FLAT) < 0;
    return new Calculation(clause, "Flat recovery indemnity", statutory ? PROFESSIONAL_FLAT : contractual,
        inputs("contractual", contractual, "statutoryFlat", PROFESSIONAL_FLAT,
            "rule", statutory
                ? "statutory 40 € (law of 2 Aug 2002 art. 6)"
                : "contractual indemnity, higher than the statutory 40 €"));
  }

  /**
   * A consumer client's flat indemnity: the contractual indemnity capped at
   * {@link #consumerCap(BigDecimal)} of the balance (CEL Book XIX).
   *
   * @param balance the open amount the reminder states
   * @param contractual the contract's indemnity for that balance (e.g. WJA-10c), {@link Money#ZERO}
   *     if the contract has none
   */
  public static Calculation consumer(String clause, BigDecimal balance, BigDecimal contractual) {
    Money.requireNotNegative(contractual, "contractual");
    BigDecimal cap = consumerCap(balance);
    boolean capped = contractual.compareTo(cap) > 0;
    return new Calculation(clause, "Flat indemnity, consumer, capped by law",
        capped ? cap : contractual,
        inputs("balance", balance, "contractual", contractual, "cap", Money.cents(cap),
            "capTier", tier(balance),
            "rule", capped ? "capped at the Book XIX maximum" : "contractual indemnity within the cap"));
  }

  /** The Book XIX maximum flat indemnity for a consumer balance, unrounded. */
  public static BigDecimal consumerCap(BigDecimal balance) {
    Money.requireNotNegative(balance, "balance");
    BigDecimal cap;
    if (balance.compareTo(TIER_1_LIMIT) <= 0) {
      cap = TIER_1_FLAT;
    } else if (balance.compareTo(TIER_2_LIMIT) <= 0) {
      cap = TIER_2_FLAT.add(Money.percentOf(balance.subtract(TIER_1_LIMIT), TIER_2_PERCENT));
    } else {
      cap = TIER_3_FLAT.add(Money.percentOf(balance.subtract(TIER_2_LIMIT), TIER_3_PERCENT));
    }
    return cap.min(CONSUMER_MAXIMUM);
  }

  private static String tier(BigDecimal balance) {
    if (balance.compareTo(TIER_1_LIMIT) <= 0) {
      return "balance up to 150 €: 20 €";
    }
    if (balance.compareTo(TIER_2_LIMIT) <= 0) {
      return "balance 150.01–500 €: 30 € + 10% above 150 €";
    }
    return consumerCap(balance).compareTo(CONSUMER_MAXIMUM) == 0
        ? "maximum 2 000 €"
        : "balance above 500 €: 65 € + 5% above 500 €";
  }
}
