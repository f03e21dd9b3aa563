package be.contractflow.notice;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.Language;
import be.contractflow.notice.NoticeRenderer.Addressee;
import be.contractflow.terms.AgencyIdentities;
import be.contractflow.terms.AgencyIdentity;
import be.contractflow.time.BusinessClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notice outbox (SPEC.md "Notices"). {@link #issue} writes a rendered notice in the caller's
 * transaction — a Camunda step's, since the engine shares the DataSource transaction — so the
 * notice exists exactly when the step that decided it commits; {@link NoticeRelay} sends it.
 * Registered letters wait for staff to post them ({@link #markPosted}); notices that could not be
 * sent stay listed as {@link NoticeStatus#FAILED} until {@link #requeue}d.
 */
@Service
public class NoticeService {

  private static final String COLUMNS = """
      id, notice_key, type, clause, channel, language, recipient, subject, status, attempts,
      created_at, sent_at, contract_number, invoice_number, document_name,
      case when document is null then false else true end as has_document, last_error,
      next_attempt_at""";

  private final JdbcClient jdbc;
  private final NoticeRenderer renderer;
  private final PdfRenderer pdf;
  private final BusinessClock clock;
  private final NoticeDocuments documents;
  private final AgencyIdentities identities;

  public NoticeService(JdbcClient jdbc, NoticeRenderer renderer, PdfRenderer pdf,
      BusinessClock clock, NoticeDocuments documents, AgencyIdentities identities) {
    this.jdbc = jdbc;
    this.renderer = renderer;
    this.pdf = pdf;
    this.clock = clock;
    this.documents = documents;
    this.identities = identities;
  }

  /**
   * Writes the notice to the outbox, or returns the one already issued with this key (a retried
   * job issues nothing twice; the unique key is the backstop against a concurrent twin). Renders
   * the subject and body in the client's language; a registered letter, or a type that carries a
   * PDF, gets a PDF unless the request brings its own document.
   *
   * @throws IllegalArgumentException if the client does not exist
   * @throws IllegalStateException if the key was issued for another notice type
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public Notice issue(NoticeRequest request) {
    Optional<Notice> existing = issued(request);
    if (existing.isPresent()) {
      return existing.get();
    }
    return insert(request, recipient(request.clientId()),
        agencyOf(request.contractNumber()).orElse(null));
  }

  /**
   * {@link #issue(NoticeRequest)} for a caller that already read the addressee and the contract
   * in this transaction: neither is read again (issue 16).
   *
   * @param contract the request's contract, null when it names none
   * @throws IllegalArgumentException if they are not the request's client and contract
   * @throws IllegalStateException if the key was issued for another notice type
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public Notice issue(NoticeRequest request, Client client, Contract contract) {
    requireOwn(request, client, contract);
    Optional<Notice> existing = issued(request);
    if (existing.isPresent()) {
      return existing.get();
    }
    return insert(request, recipient(client), agencyOf(contract));
  }

  /**
   * {@link #issue(NoticeRequest, Client, Contract)} for a caller that has just {@linkplain #find
   * looked the key up} in this transaction and found no notice (the reminder reads it first for
   * the day it was written): written without looking again (issue 16). A twin committed in
   * between by another transaction is refused by the unique key — this transaction fails and its
   * job is retried, finding the twin — so a notice is still never sent twice.
   *
   * @param contract the request's contract, null when it names none
   * @throws IllegalArgumentException if they are not the request's client and contract
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public Notice issueNew(NoticeRequest request, Client client, Contract contract) {
    requireOwn(request, client, contract);
    return insert(request, recipient(client), agencyOf(contract));
  }

  /** The notice already issued with the request's key, if any, checked to be of its type. */
  private Optional<Notice> issued(NoticeRequest request) {
    Optional<Notice> existing = find(request.key());
    if (existing.isPresent() && existing.get().type() != request.type()) {
      throw new IllegalStateException("notice key '" + request.key() + "' was issued for "
          + existing.get().type() + ", not " + request.type());
    }
    return existing;
  }

  private static void requireOwn(NoticeRequest request, Client client, Contract contract) {
    if (!client.id().equals(request.clientId())) {
      throw new IllegalArgumentException("client " + client.id() + " is not the addressee "
          + request.clientId() + " of notice '" + request.key() + "'");
    }
    if (!Objects.equals(contract == null ? null : contract.number(), request.contractNumber())) {
      throw new IllegalArgumentException("contract " + (contract == null ? null
          : contract.number()) + " is not the contract " + request.contractNumber()
          + " of notice '" + request.key() + "'");
    }
  }

  /**
   * Renders and writes a new notice; the notice returned is built from what was written and the
   * generated id (issue 16: no re-select).
   */
  private Notice insert(NoticeRequest request, Recipient recipient, AgencyIdentity agency) {
    Addressee to = recipient.addressee();
    NoticeChannel channel = request.effectiveChannel();
    OffsetDateTime now = clock.now();
    var rendered = renderer.render(request.type(), channel, request.clause(), to,
        request.contractNumber(), request.invoiceNumber(), request.model(), now.toLocalDate(),
        agency);
    Attachment document = request.attachment();
    if (document == null
        && (request.type().carriesPdf() || channel == NoticeChannel.REGISTERED_LETTER)) {
      document = new Attachment(documentName(request), pdf.render(rendered.html()));
    }
    boolean letter = channel == NoticeChannel.REGISTERED_LETTER;
    NoticeStatus status = letter ? NoticeStatus.AWAITING_POSTING : NoticeStatus.PENDING;
    String recipientAddress = channel == NoticeChannel.PEPPOL
        ? String.valueOf(request.model().get(NoticeType.PEPPOL_RECEIVER)) : recipient.email();
    OffsetDateTime nextAttemptAt = letter ? null : now;
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into cf_notice (notice_key, type, clause, channel, language, recipient, subject,
                body, document_name, document, contract_number, invoice_number, client_id, status,
                attempts, next_attempt_at, created_at, send_by, sender)
            values (:key, :type, :clause, :channel, :language, :recipient, :subject, :body,
                :documentName, :document, :contractNumber, :invoiceNumber, :clientId, :status, 0,
                :nextAttemptAt, :createdAt, :sendBy, :sender)""")
        .param("key", request.key())
        .param("type", request.type().name())
        .param("clause", request.clause())
        .param("channel", channel.name())
        .param("language", to.language().name())
        .param("recipient", recipientAddress)
        .param("subject", rendered.subject())
        .param("body", rendered.html())
        .param("documentName", document == null ? null : document.name())
        .param("document", document == null ? null : document.content())
        .param("contractNumber", request.contractNumber())
        .param("invoiceNumber", request.invoiceNumber())
        .param("clientId", request.clientId())
        .param("status", status.name())
        .param("nextAttemptAt", nextAttemptAt)
        .param("createdAt", now)
        .param("sendBy", request.sendBy())
        .param("sender", agency == null ? null : sender(agency))
        .update(keys, "id");
    // as find() would read it back: the business clock has millisecond precision, in Brussels
    Notice issued = new Notice(keys.getKeyAs(Number.class).longValue(), request.key(),
        request.type(), request.clause(), channel, to.language().name(), recipientAddress,
        rendered.subject(), status, 0, now, null, request.contractNumber(),
        request.invoiceNumber(), document == null ? null : document.name(),
        document != null, null, nextAttemptAt);
    // evidence (issue 15): what the client receives, byte for byte, with its SHA-256
    documents.store(issued, rendered.html(),
        document == null ? java.util.List.of() : java.util.List.of(document));
    return issued;
  }

  /** The agency of a contract already read (see {@link #agencyOf(String)}). */
  private AgencyIdentity agencyOf(Contract contract) {
    return contract == null ? null
        : Optional.ofNullable(contract.termsProfile()).map(identities::of).orElse(null);
  }

  /** The agency a contract's notices come from: its terms profile's identity. */
  private Optional<AgencyIdentity> agencyOf(String contractNumber) {
    if (contractNumber == null) {
      return Optional.empty();
    }
    return jdbc.sql("select terms_profile from cf_contract where number = ?")
        .param(contractNumber).query(String.class).optional().map(identities::of);
  }

  /** The From header: the agency's sender name and address, RFC 2047-encoded when needed. */
  static String sender(AgencyIdentity agency) {
    try {
      return new jakarta.mail.internet.InternetAddress(agency.senderEmail(), agency.senderName(),
          "UTF-8").toString();
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Records that staff posted a registered letter on {@code postedOn}, the legal sending date
   * (stored as {@code sentAt}, 12:00 Brussels time that day). Posting the same letter again on the
   * same date changes nothing.
   *
   * @throws IllegalArgumentException if no letter has this key, or the date is in the future
   * @throws IllegalStateException if the notice is an email or was posted on another date
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public Notice markPosted(String noticeKey, LocalDate postedOn) {
    Notice letter = find(noticeKey).orElseThrow(
        () -> new IllegalArgumentException("no notice with key '" + noticeKey + "'"));
    if (letter.channel() != NoticeChannel.REGISTERED_LETTER) {
      throw new IllegalStateException("notice '" + noticeKey + "' is an email, not a letter");
    }
    if (postedOn.isAfter(clock.today())) {
      throw new IllegalArgumentException("a letter cannot be posted in the future: " + postedOn
          + " is after today, " + clock.today());
    }
    if (letter.status() == NoticeStatus.POSTED) {
      LocalDate posted = letter.sentAt().atZoneSameInstant(BusinessClock.ZONE).toLocalDate();
      if (!posted.equals(postedOn)) {
        throw new IllegalStateException("letter '" + noticeKey + "' was already posted on " + posted);
      }
      return letter;
    }
    jdbc.sql("""
            update cf_notice set status = 'POSTED', sent_at = :sentAt
            where notice_key = :key and status = 'AWAITING_POSTING'""")
        .param("sentAt", BusinessClock.noonOf(postedOn).atZone(BusinessClock.ZONE).toOffsetDateTime())
        .param("key", noticeKey)
        .update();
    return find(noticeKey).orElseThrow();
  }

  /**
   * Gives up an email that was not sent by the last day it could leave ({@link
   * NoticeRequest#sendBy}): still pending (or claimed) → {@link NoticeStatus#FAILED} with the
   * reason, so the relay never sends it and the list shows why. A notice already sent is left as
   * it is.
   *
   * @return the notice as it now stands, empty if there is none with this key
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public Optional<Notice> abandon(String noticeKey, String reason) {
    jdbc.sql("""
            update cf_notice set status = 'FAILED', next_attempt_at = null, last_error = :reason
            where notice_key = :key and status in ('PENDING', 'SENDING')""")
        .param("reason", reason.length() > 2000 ? reason.substring(0, 2000) : reason)
        .param("key", noticeKey)
        .update();
    return find(noticeKey);
  }

  /**
   * Puts a {@link NoticeStatus#FAILED} notice back in the relay's queue with fresh attempts.
   *
   * @throws IllegalStateException if there is no failed notice with this id
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public Notice requeue(long id) {
    int updated = jdbc.sql("""
            update cf_notice set status = 'PENDING', attempts = 0, next_attempt_at = :now,
                last_error = null
            where id = :id and status = 'FAILED'""")
        .param("now", clock.now())
        .param("id", id)
        .update();
    if (updated == 0) {
      throw new IllegalStateException("no failed notice with id " + id + " to requeue");
    }
    return byId(id).orElseThrow();
  }

  public Optional<Notice> find(String key) {
    return jdbc.sql("select " + COLUMNS + " from cf_notice where notice_key = ?")
        .param(key).query(NoticeService::notice).optional();
  }

  /** The notices issued with these keys, by key, in one read (issue 16); absent keys left out. */
  public Map<String, Notice> find(Collection<String> keys) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    var found = new LinkedHashMap<String, Notice>();
    jdbc.sql("select " + COLUMNS + " from cf_notice where notice_key in (:keys) order by id")
        .param("keys", keys).query(NoticeService::notice).list()
        .forEach(n -> found.put(n.key(), n));
    return found;
  }

  public Optional<Notice> byId(long id) {
    return jdbc.sql("select " + COLUMNS + " from cf_notice where id = ?")
        .param(id).query(NoticeService::notice).optional();
  }

  /** Every notice about the contract, oldest first. */
  public List<Notice> forContract(String contractNumber) {
    return jdbc.sql("select " + COLUMNS + " from cf_notice where contract_number = ? order by id")
        .param(contractNumber).query(NoticeService::notice).list();
  }

  /**
   * How many notices of this type about the contract were created in {@code [from, until)} and
   * did not fail — counted by the database, without loading them.
   */
  public int countForContract(String contractNumber, NoticeType type, OffsetDateTime from,
      OffsetDateTime until) {
    return jdbc.sql("""
            select count(*) from cf_notice
            where contract_number = :contract and type = :type and status <> 'FAILED'
              and created_at >= :from and created_at < :until""")
        .param("contract", contractNumber)
        .param("type", type.name())
        .param("from", from)
        .param("until", until)
        .query(Integer.class).single();
  }

  /** Every notice about the invoice, oldest first. */
  public List<Notice> forInvoice(String invoiceNumber) {
    return jdbc.sql("select " + COLUMNS + " from cf_notice where invoice_number = ? order by id")
        .param(invoiceNumber).query(NoticeService::notice).list();
  }

  /** Every notice in this status, oldest first (e.g. the failed ones, for staff). */
  public List<Notice> withStatus(NoticeStatus status) {
    return jdbc.sql("select " + COLUMNS + " from cf_notice where status = ? order by id")
        .param(status.name()).query(NoticeService::notice).list();
  }

  /** The notice's PDF (a letter, or the document the caller attached). */
  public Optional<Attachment> document(long id) {
    return jdbc.sql("select document_name, document from cf_notice where id = ? and document is not null")
        .param(id)
        .query((rs, n) -> new Attachment(rs.getString("document_name"), rs.getBytes("document")))
        .optional();
  }

  /** The notice's body as sent: an XHTML document in the client's language. */
  public Optional<String> body(long id) {
    return jdbc.sql("select body from cf_notice where id = ?").param(id).query(String.class)
        .optional();
  }

  private record Recipient(String email, Addressee addressee) {}

  private static Recipient recipient(Client client) {
    return new Recipient(client.email(),
        new Addressee(client.name(), client.address(), client.language()));
  }

  private Recipient recipient(String clientId) {
    return jdbc.sql("select email, name, address, language from cf_client where id = ?")
        .param(clientId)
        .query((rs, n) -> new Recipient(rs.getString("email"), new Addressee(rs.getString("name"),
            rs.getString("address"), Language.valueOf(rs.getString("language")))))
        .optional()
        .orElseThrow(() -> new IllegalArgumentException("no client with id '" + clientId + "'"));
  }

  private static String documentName(NoticeRequest request) {
    String reference = request.invoiceNumber() != null ? request.invoiceNumber()
        : request.contractNumber() != null ? request.contractNumber()
        : String.valueOf(request.model().getOrDefault("quoteNumber", ""));
    String name = (request.type().name() + "-" + reference).replaceAll("[^A-Za-z0-9_.-]", "_");
    return (name.endsWith("-") ? name.substring(0, name.length() - 1) : name) + ".pdf";
  }

  private static Notice notice(ResultSet rs, int row) throws SQLException {
    return new Notice(
        rs.getLong("id"),
        rs.getString("notice_key"),
        NoticeType.valueOf(rs.getString("type")),
        rs.getString("clause"),
        NoticeChannel.valueOf(rs.getString("channel")),
        rs.getString("language"),
        rs.getString("recipient"),
        rs.getString("subject"),
        NoticeStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        brussels(rs.getObject("created_at", OffsetDateTime.class)),
        brussels(rs.getObject("sent_at", OffsetDateTime.class)),
        rs.getString("contract_number"),
        rs.getString("invoice_number"),
        rs.getString("document_name"),
        rs.getBoolean("has_document"),
        rs.getString("last_error"),
        brussels(rs.getObject("next_attempt_at", OffsetDateTime.class)));
  }

  private static OffsetDateTime brussels(OffsetDateTime t) {
    return t == null ? null : t.atZoneSameInstant(BusinessClock.ZONE).toOffsetDateTime();
  }
}
