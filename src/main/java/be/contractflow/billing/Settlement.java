package be.contractflow.billing;

import be.contractflow.money.Calculation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What settles an invoice on a date, under the dunning state it has reached: the open principal
 * (incl. VAT), the interest and the indemnity still owed, each line with its clause and inputs.
 */
public record Settlement(
    String invoiceNumber,
    LocalDate at,
    BigDecimal principal,
    BigDecimal interest,
    BigDecimal indemnity,
    List<Calculation> lines) {

  public BigDecimal total() {
    return principal.add(interest).add(indemnity);
  }

  public boolean isSettled() {
    return total().signum() == 0;
  }
}
