package be.contractflow.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * A quote (devis); signed "bon pour accord" it becomes the contract (VIR-2, BDB-5.2b).
 * {@code paymentTermDays}, when the quote sets one, is the payment term of the contract's price
 * invoices (VIR-4 "per the quote"); null leaves it to the terms.
 */
public record Quote(
    String number,
    String clientId,
    String termsProfile,
    ContractKind kind,
    LocalDate issueDate,
    String status,
    BigDecimal periodicPrice,
    Period period,
    BigDecimal hourlyRate,
    BigDecimal estimatedHours,
    LocalDate signedDate,
    List<Line> lines,
    Integer paymentTermDays) {

  /** A quote that leaves the payment term to the terms ({@code paymentTermDays} null). */
  public Quote(String number, String clientId, String termsProfile, ContractKind kind,
      LocalDate issueDate, String status, BigDecimal periodicPrice, Period period,
      BigDecimal hourlyRate, BigDecimal estimatedHours, LocalDate signedDate, List<Line> lines) {
    this(number, clientId, termsProfile, kind, issueDate, status, periodicPrice, period,
        hourlyRate, estimatedHours, signedDate, lines, null);
  }

  public record Line(String description, BigDecimal quantity, BigDecimal unitPrice) {

    public BigDecimal amountExclVat() {
      return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
    }
  }

  /** The one-off total of the lines, excl. VAT. */
  public BigDecimal linesTotalExclVat() {
    return lines.stream().map(Line::amountExclVat).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
