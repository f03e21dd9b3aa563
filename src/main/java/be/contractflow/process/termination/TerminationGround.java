package be.contractflow.process.termination;

import java.util.Arrays;
import java.util.Locale;

/**
 * Why a contract ends. A {@code TERMINATION} event is a notice ({@link #NOTICE}) unless its
 * {@code reason} starts with another ground's name ({@code "GRAVE_BREACH: ..."}); a {@code
 * FORCE_MAJEURE} event is staff's decision that force majeure frees the party; the processes
 * raise {@link #RESOLUTION}, {@link #RENEWAL_LAPSED}.
 */
public enum TerminationGround {
  /** ordinary notice under the terms (VIR-7, WJA-21, BDB-R13.1, BDB-13.4.4) */
  NOTICE,
  /** both parties agree to end now (BDB-13.4) */
  MUTUAL_CONSENT,
  /** staff recorded force majeure with its reason (BDB-R9.3, BDB-13.4) */
  FORCE_MAJEURE,
  /** the provider ends at once for the client's grave breach (BDB-R13.2) */
  GRAVE_BREACH,
  /** the client disagrees with amended terms (BDB-R14) */
  CHANGE_OF_TERMS,
  /** the provider's service was interrupted too long (BDB-R8) */
  SERVICE_INTERRUPTION,
  /** resolved at the client's fault by the payment process (WJA-12) */
  RESOLUTION,
  /** a maintenance renewal left unpaid (BDB-13.3, BDB-13.4.1) */
  RENEWAL_LAPSED;

  /** The ground a {@code TERMINATION} event's reason names in its first word, else NOTICE. */
  public static TerminationGround fromReason(String reason) {
    if (reason == null || reason.isBlank()) {
      return NOTICE;
    }
    String first = reason.trim().split("[\\s:;,.-]+", 2)[0].toUpperCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(g -> g.name().equals(first) && g != RESOLUTION && g != RENEWAL_LAPSED
            && g != FORCE_MAJEURE)
        .findFirst().orElse(NOTICE);
  }
}
