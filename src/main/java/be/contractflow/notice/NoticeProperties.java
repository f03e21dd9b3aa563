package be.contractflow.notice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code contractflow.notice.*}: the sender address and the relay's pace.
 *
 * @param from the From header of every email
 * @param relay how the outbox is relayed
 */
@ConfigurationProperties("contractflow.notice")
public record NoticeProperties(String from, @DefaultValue Relay relay) {

  /**
   * @param enabled whether this node relays on a schedule (the simulation clock relays itself)
   * @param interval the pause between two relay runs
   * @param maxAttempts attempts before a notice is {@link NoticeStatus#FAILED}
   * @param initialBackoff the wait after the first failure, doubled after each further one
   * @param claimTimeout how long a node's claim on a notice holds before another node may take it
   *     over (a node that died while sending)
   */
  public record Relay(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("PT5S") Duration interval,
      @DefaultValue("10") int maxAttempts,
      @DefaultValue("PT30S") Duration initialBackoff,
      @DefaultValue("PT5M") Duration claimTimeout) {

    /** The wait after the given failed attempt (1-based): initial × 2^(attempt−1). */
    public Duration backoffAfter(int attempt) {
      return initialBackoff.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
    }
  }
}
