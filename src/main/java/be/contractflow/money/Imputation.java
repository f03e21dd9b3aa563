package be.contractflow.money;

import java.math.BigDecimal;

/**
 * How one payment on an invoice is imputed: first on the indemnity, then on the interest, then on
 * the principal (platform issue #2; old Civil Code art. 1254: a partial payment goes to interest
 * before capital). What is left after all three is the {@code excess}, which the caller refuses as an
 * overpayment. The four parts always add up to the payment.
 *
 * @param payment the amount paid
 * @param indemnity the part imputed on the flat indemnity
 * @param interest the part imputed on the late interest
 * @param principal the part imputed on the open principal
 * @param excess what remains after everything due is paid
 */
public record Imputation(BigDecimal payment, BigDecimal indemnity, BigDecimal interest,
    BigDecimal principal, BigDecimal excess) {

  public Imputation {
    if (indemnity.add(interest).add(principal).add(excess).compareTo(payment) != 0) {
      throw new IllegalArgumentException("the parts of an imputation must add up to the payment "
          + payment.toPlainString());
    }
  }

  /** Imputes {@code payment} on the amounts due, all rounded to the cent first. */
  public static Imputation of(BigDecimal payment, BigDecimal indemnityDue, BigDecimal interestDue,
      BigDecimal principalDue) {
    BigDecimal rest = Money.cents(Money.requireNotNegative(payment, "payment"));
    BigDecimal toIndemnity = rest.min(Money.cents(Money.requireNotNegative(indemnityDue, "indemnityDue")));
    rest = rest.subtract(toIndemnity);
    BigDecimal toInterest = rest.min(Money.cents(Money.requireNotNegative(interestDue, "interestDue")));
    rest = rest.subtract(toInterest);
    BigDecimal toPrincipal = rest.min(Money.cents(Money.requireNotNegative(principalDue, "principalDue")));
    rest = rest.subtract(toPrincipal);
    return new Imputation(Money.cents(payment), toIndemnity, toInterest, toPrincipal, rest);
  }

  /** True when the payment exceeds everything due. */
  public boolean isOverpayment() {
    return excess.signum() > 0;
  }
}
