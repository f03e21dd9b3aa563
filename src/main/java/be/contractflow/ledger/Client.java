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
    OffsetDateTime createdAt,
    String phone) {

  /** A client without a phone number (it is optional). */
  public Client(String id, String name, String email, Language language, ClientType type,
      String vatNumber, String address, OffsetDateTime createdAt) {
    this(id, name, email, language, type, vatNumber, address, createdAt, null);
  }

  public boolean isConsumer() {
    return type == ClientType.CONSUMER;
  }
}
