package be.contractflow.notice;

import be.contractflow.time.BusinessClock;
import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due emails over SMTP (SPEC.md "Notices": sent exactly once, even with several
 * nodes or a mail server down for a while). The e-mails of one batch share one SMTP connection
 * ({@link SmtpBatch}), each still accepted and recorded before the next leaves. Each notice is
 * first claimed with a conditional update
 * (PENDING, or a SENDING claim that has expired, → SENDING, guarded by its status and attempt
 * count), so only one node sends it. A failed attempt is retried after an exponential backoff on the
 * business clock; after {@code max-attempts} the notice is FAILED and stays listed. A notice
 * with a last sending day ({@code send_by}, e.g. a Book XIX reminder whose dates count from its
 * sending) is never sent after that day. Registered
 * letters are never emailed. Every statement commits on its own: a claim is visible to the other
 * nodes at once. When the server cannot be reached at all, the run stops after the first attempt,
 * so the other notices keep their attempts for when it is back. A database outage right after the
 * server accepted a message is ridden out: recording it as sent is retried for up to half the
 * claim timeout. The one window SMTP cannot close: a node that dies after the server accepted a
 * message but before recording it leaves a claim that expires, and the message goes out again; it
 * carries the same {@code Message-ID} as the first ({@link NoticeMessageId}, from the notice key),
 * so a mail system that drops duplicate Message-IDs delivers it once, and the same {@code
 * X-Contractflow-Notice} header (the notice key).
 *
 * <p>{@link NoticeChannel#PEPPOL} notices (e-invoices) go the same way to the {@link
 * PeppolAccessPoint}, from the contract's agency's participant id: same claim, same backoff and
 * attempts; a {@link PeppolAccessPoint.Rejected refusal for good} is FAILED at once, with the
 * access point's answer as the reason. An unreachable access point does not stop the e-mails.
 */
@Component
public class NoticeRelay {

  private static final Logger log = LoggerFactory.getLogger(NoticeRelay.class);
  private static final int BATCH = 100;

  private record Due(long id, String status, int attempts) {}

  private record Outgoing(String key, String channel, String recipient, String subject,
      String body, String documentName, byte[] document, String sender, String clientId,
      String contractNumber) {}

  private final JdbcClient jdbc;
  private final JavaMailSender mail;
  private final BusinessClock clock;
  private final NoticeProperties properties;
  private final PeppolAccessPoint peppol;
  private final be.contractflow.terms.AgencyIdentities identities;
  private final TransactionTemplate ownConnection;

  public NoticeRelay(JdbcClient jdbc, JavaMailSender mail, BusinessClock clock,
      NoticeProperties properties, PeppolAccessPoint peppol,
      be.contractflow.terms.AgencyIdentities identities,
      PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.mail = mail;
    this.clock = clock;
    this.properties = properties;
    this.peppol = peppol;
    this.identities = identities;
    // a retry after a database outage takes a fresh connection from the pool, not the broken
    // one bound to the relay's run
    this.ownConnection = new TransactionTemplate(transactionManager);
    this.ownConnection.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    MailStreamProviders.nameOnce();
  }

  /**
   * Sends every email that is due on the business clock: pending ones whose backoff has passed,
   * and those whose claim by another node has expired.
   *
   * @return how many were sent
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public int relayPending() {
    int sent = 0;
    List<Due> due;
    do {
      due = jdbc.sql("""
              select id, status, attempts from cf_notice
              where status in ('PENDING', 'SENDING') and channel in ('EMAIL', 'PEPPOL')
                and next_attempt_at <= :now and (send_by is null or send_by >= :today)
              order by next_attempt_at, id
              fetch first %d rows only""".formatted(BATCH))
          .param("now", clock.now())
          .param("today", clock.today())
          .query((rs, n) -> new Due(rs.getLong("id"), rs.getString("status"), rs.getInt("attempts")))
          .list();
      try (var smtp = new SmtpBatch(mail)) { // one SMTP connection per batch
        for (Due notice : due) {
          if (!claim(notice)) {
            continue;
          }
          Outcome outcome = send(notice.id(), notice.attempts() + 1, smtp);
          if (outcome == Outcome.SENT) {
            sent++;
          } else if (outcome == Outcome.SERVER_UNREACHABLE) {
            // the others would fail alike: they keep their attempts for when the server is back
            return sent;
          }
        }
      }
    } while (due.size() == BATCH);
    return sent;
  }

  /**
   * The earliest moment after {@code after} at which an email of the outbox becomes due again (a
   * retry after its backoff, an expired claim), if any: the simulation clock stops there, so a
   * notice retried after an outage is dated when it would really have gone out.
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public java.util.Optional<java.time.Instant> nextAttemptAfter(java.time.Instant after) {
    return jdbc.sql("""
            select min(next_attempt_at) from cf_notice
            where status in ('PENDING', 'SENDING') and channel in ('EMAIL', 'PEPPOL')
              and next_attempt_at > :after and (send_by is null or send_by >= :afterDay)""")
        .param("after", OffsetDateTime.ofInstant(after, BusinessClock.ZONE))
        .param("afterDay", after.atZone(BusinessClock.ZONE).toLocalDate())
        .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
            .map(OffsetDateTime::toInstant))
        .single();
  }

  /** PENDING (or expired SENDING) → SENDING, only if no other node changed the row meanwhile. */
  private boolean claim(Due notice) {
    OffsetDateTime now = clock.now();
    return jdbc.sql("""
            update cf_notice set status = 'SENDING', attempts = attempts + 1,
                next_attempt_at = :claimExpires
            where id = :id and status = :status and attempts = :attempts
              and next_attempt_at <= :now""")
        .param("claimExpires", now.plus(properties.relay().claimTimeout()))
        .param("id", notice.id())
        .param("status", notice.status())
        .param("attempts", notice.attempts())
        .param("now", now)
        .update() == 1;
  }

  private enum Outcome { SENT, FAILED, SERVER_UNREACHABLE }

  /** Hands a PEPPOL notice's UBL document to the access point, from the contract's agency. */
  private void sendOverPeppol(Outgoing notice) {
    String profile = jdbc.sql("select terms_profile from cf_contract where number = ?")
        .param(notice.contractNumber()).query(String.class).single();
    peppol.send(new PeppolAccessPoint.Document(notice.key(),
        identities.of(profile).peppolParticipantId(), notice.recipient(),
        notice.documentName() != null && notice.documentName().startsWith("CN-"),
        notice.document()));
  }

  private Outcome send(long id, int attempt, SmtpBatch smtp) {
    Outgoing notice = jdbc.sql("""
            select notice_key, channel, recipient, subject, body, document_name, document,
                sender, client_id, contract_number
            from cf_notice where id = ?""")
        .param(id)
        .query((rs, n) -> new Outgoing(rs.getString("notice_key"), rs.getString("channel"),
            rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
            rs.getString("document_name"), rs.getBytes("document"), rs.getString("sender"),
            rs.getString("client_id"), rs.getString("contract_number")))
        .single();
    if (NoticeChannel.PEPPOL.name().equals(notice.channel())) {
      try {
        sendOverPeppol(notice);
      } catch (PeppolAccessPoint.Rejected e) {
        failed(id, attempt, e, true);
        return Outcome.FAILED;
      } catch (RuntimeException e) {
        failed(id, attempt, e, false);
        return Outcome.FAILED;
      }
      return recordSent(id, attempt, notice);
    }
    try {
      // the agency's own sender (agency-identity.dmn); the setting for notices issued before V75
      String from = notice.sender() != null ? notice.sender() : properties.from();
      var message = newMessage(notice.key(), from);
      var helper = new Helper(message, notice.document() != null);
      helper.setFrom(from);
      helper.setTo(notice.recipient());
      helper.setSubject(notice.subject());
      helper.setText(notice.body(), true);
      if (notice.document() != null) {
        var document = new Attachment(notice.documentName(), notice.document());
        helper.addAttachment(document.name(), new ByteArrayResource(document.content()),
            document.mediaType().toString());
      }
      message.setHeader("X-Contractflow-Notice", notice.key());
      smtp.send(message);
    } catch (MessagingException | RuntimeException e) {
      failed(id, attempt, e, false);
      return unreachable(e) ? Outcome.SERVER_UNREACHABLE : Outcome.FAILED;
    }
    return recordSent(id, attempt, notice);
  }

  /**
   * Spring's helper with one file-type map for every message: given a message Spring's sender did
   * not make, the helper would load and parse {@code mime.types} again for each one (the relay's
   * CPU per storm doubled). The attachments' media types are given, never guessed.
   */
  private static final class Helper extends MimeMessageHelper {
    private static final ConfigurableMimeFileTypeMap TYPES = new ConfigurableMimeFileTypeMap();

    static {
      TYPES.afterPropertiesSet();
    }

    Helper(MimeMessage message, boolean multipart) throws MessagingException {
      super(message, multipart, "UTF-8");
    }

    @Override
    protected FileTypeMap getDefaultFileTypeMap(MimeMessage message) {
      return TYPES;
    }
  }

  /**
   * A notice's e-mail, with a Message-ID of its own that every attempt repeats ({@link
   * NoticeMessageId}); a sender that is not Spring's {@link JavaMailSenderImpl} (none in the
   * application) makes its own.
   */
  private MimeMessage newMessage(String key, String from) {
    if (mail instanceof JavaMailSenderImpl sender) {
      return new NoticeMessageId.Message(sender.getSession(), NoticeMessageId.of(key, from));
    }
    return mail.createMimeMessage();
  }

  /**
   * Records a message the server accepted as SENT. The database may be unreachable for a moment
   * (a restart, a failover): the guarded update is retried, with pauses, for up to half the claim
   * timeout (at most a minute), so that a short outage does not leave the claim to expire and the
   * message to go out again.
   */
  private Outcome recordSent(long id, int attempt, Outgoing notice) {
    long budget = Math.min(properties.relay().claimTimeout().toMillis() / 2, 60_000);
    long deadline = System.nanoTime() + budget * 1_000_000;
    long pause = 100;
    while (true) {
      try {
        return ownConnection.execute(status -> recordSentOnce(id, attempt, notice));
      } catch (org.springframework.dao.DataAccessException
          | org.springframework.transaction.TransactionException e) {
        if (System.nanoTime() + pause * 1_000_000 > deadline) {
          throw e;
        }
        log.warn("Notice {} was sent; recording it failed ({}), retrying", notice.key(),
            e.getMostSpecificCause() == null ? e.getMessage()
                : e.getMostSpecificCause().getMessage());
        try {
          Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
        pause = Math.min(pause * 2, 2_000);
      }
    }
  }

  private Outcome recordSentOnce(long id, int attempt, Outgoing notice) {
    int recorded = jdbc.sql("""
            update cf_notice set status = 'SENT', sent_at = :now, next_attempt_at = null,
                last_error = null
            where id = :id and status = 'SENDING' and attempts = :attempt""")
        .param("now", clock.now())
        .param("id", id)
        .param("attempt", attempt)
        .update();
    if (recorded == 0) {
      log.warn("Notice {} was sent but its claim had expired and was taken over", notice.key());
      return Outcome.FAILED;
    }
    return Outcome.SENT;
  }

  /** Whether the mail server could not be reached at all (rather than refusing this message). */
  private static boolean unreachable(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException || cause instanceof SocketTimeoutException
          || cause instanceof UnknownHostException) {
        return true;
      }
    }
    return false;
  }

  /** @param permanent a refusal another attempt would not change: failed at once */
  private void failed(long id, int attempt, Exception e, boolean permanent) {
    var relay = properties.relay();
    boolean last = permanent || attempt >= relay.maxAttempts();
    String error = String.valueOf(e.getMessage());
    log.warn("Notice {}: attempt {} of {} failed: {}", id, attempt, relay.maxAttempts(), error);
    jdbc.sql("""
            update cf_notice set status = :status, next_attempt_at = :next, last_error = :error
            where id = :id and status = 'SENDING' and attempts = :attempt""")
        .param("status", (last ? NoticeStatus.FAILED : NoticeStatus.PENDING).name())
        .param("next", last ? null : clock.now().plus(relay.backoffAfter(attempt)))
        .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
        .param("id", id)
        .param("attempt", attempt)
        .update();
  }
}
