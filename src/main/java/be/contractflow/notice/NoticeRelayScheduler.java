package be.contractflow.notice;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link NoticeRelay} every {@code contractflow.notice.relay.interval} when
 * {@code contractflow.notice.relay.enabled} (off in the simulation profile, whose clock endpoint
 * relays itself, and in tests).
 */
@Component
@ConditionalOnProperty(name = "contractflow.notice.relay.enabled", havingValue = "true")
class NoticeRelayScheduler {

  private final NoticeRelay relay;

  NoticeRelayScheduler(NoticeRelay relay) {
    this.relay = relay;
  }

  @Scheduled(fixedDelayString = "${contractflow.notice.relay.interval}")
  void relay() {
    relay.relayPending();
  }
}
