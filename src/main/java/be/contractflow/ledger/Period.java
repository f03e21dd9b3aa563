package be.contractflow.ledger;

/** Billing period of a recurring contract. */
public enum Period {
  MONTHLY(12, 1),
  QUARTERLY(4, 3),
  YEARLY(1, 12);

  private final int perYear;
  private final int months;

  Period(int perYear, int months) {
    this.perYear = perYear;
    this.months = months;
  }

  public int perYear() {
    return perYear;
  }

  public int months() {
    return months;
  }
}
