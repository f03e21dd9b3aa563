package be.contractflow.process.termination;

import be.contractflow.ledger.RejectedException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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

  /** The grounds a {@code TERMINATION}'s reason may start with. */
  public static final List<TerminationGround> IN_REASON = List.of(NOTICE, MUTUAL_CONSENT,
      GRAVE_BREACH, CHANGE_OF_TERMS, SERVICE_INTERRUPTION);

  /**
   * A first word written like a ground: a code with an underscore ({@code GRAVE_BRECH}), or an
   * upper-case word followed by a colon ({@code NOTCE: ...}).
   */
  private static final Pattern GROUND_LIKE =
      Pattern.compile("^([A-Za-z]+(?:_[A-Za-z]+)+|[A-Z]{3,})\\s*(?::|$|\\s)");

  /**
   * The ground a {@code TERMINATION} event's reason names in its first word, else NOTICE (a
   * reason in plain words is the notice's motive). A first word written like a ground that is not
   * one of {@link #IN_REASON} is refused (422) with the accepted grounds, so that a misspelled
   * ground never silently becomes a notice.
   */
  public static TerminationGround fromReason(String reason) {
    if (reason == null || reason.isBlank()) {
      return NOTICE;
    }
    String trimmed = reason.trim();
    String first = trimmed.split("[\\s:;,.-]+", 2)[0].toUpperCase(Locale.ROOT);
    var known = IN_REASON.stream().filter(g -> g.name().equals(first)).findFirst();
    if (known.isPresent()) {
      return known.get();
    }
    var matcher = GROUND_LIKE.matcher(trimmed);
    if (matcher.find() && (matcher.group(1).contains("_")
        || trimmed.substring(matcher.group(1).length()).stripLeading().startsWith(":"))) {
      String word = matcher.group(1).toUpperCase(Locale.ROOT);
      String hint = switch (word) {
        case "FORCE_MAJEURE" -> " Force majeure is staff's decision: send an event of type "
            + "FORCE_MAJEURE with its reason.";
        case "RESOLUTION", "RENEWAL_LAPSED" -> " " + word + " is raised by the processes "
            + "(WJA-12 resolution, BDB-13.4.1 lapsed renewal), not posted.";
        default -> "";
      };
      throw new RejectedException("Unknown termination ground '" + matcher.group(1)
          + "' at the start of 'reason'. Start the reason with one of "
          + Arrays.toString(IN_REASON.toArray()) + " followed by a colon and the motive (e.g. "
          + "\"GRAVE_BREACH: site used for illegal content\"), or write the reason in plain "
          + "words for an ordinary notice." + hint);
    }
    return NOTICE;
  }
}
