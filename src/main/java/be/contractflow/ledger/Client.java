package be.contractflow.ledger;

import java.time.OffsetDateTime;

/** A client of the agency: the party notices are addressed to, in its language. */
public record Client(
    String id,
    String name,
    String email,
    Language language,
    ClientType type,
    String vatNumber,
    String address,
    OffsetDateTime createdAt) {

  public boolean isConsumer() {
    return type == ClientType.CONSUMER;
  }
}
