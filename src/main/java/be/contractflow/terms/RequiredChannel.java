package be.contractflow.terms;

/**
 * The form a notice from the client must take to count (WJA-15, WJA-21, WJA-24, BDB-R15, VIR-12).
 * Channels are the event channels of the API: {@code EMAIL, REGISTERED_LETTER, PHONE, IN_PERSON}.
 */
public enum RequiredChannel {
  /** any channel */
  ANY,
  /** an email or a letter */
  WRITTEN,
  /** an email; a registered letter, being written too, also counts */
  EMAIL,
  /** only a registered letter */
  REGISTERED_LETTER;

  /** Whether a notice sent over {@code channel} (an event channel name) satisfies this requirement. */
  public boolean accepts(String channel) {
    return switch (this) {
      case ANY -> true;
      case WRITTEN, EMAIL -> "EMAIL".equals(channel) || "REGISTERED_LETTER".equals(channel);
      case REGISTERED_LETTER -> "REGISTERED_LETTER".equals(channel);
    };
  }
}
