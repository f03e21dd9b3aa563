package be.contractflow.notice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The evidence store ({@code cf_document}, issue 15): each document a notice carries to the
 * client — the e-mail body as sent, every attachment (invoice or letter PDF, e-invoice) — byte for
 * byte with its SHA-256, written in the transaction that issues the notice. Insert-only: the
 * database refuses UPDATE and DELETE (Flyway V87).
 */
@Repository
public class NoticeDocuments {

  /** Which part of the notice a document is. */
  public enum Part { BODY, ATTACHMENT }

  /** A stored document without its bytes. */
  public record StoredDocument(long id, long noticeId, String noticeType, String contractNumber,
      String invoiceNumber, Part part, String name, String mediaType, int size, String sha256,
      OffsetDateTime storedAt) {}

  private final JdbcClient jdbc;

  public NoticeDocuments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores the body and the attachments of a notice just issued, in its transaction: its id is
   * new, so nothing is stored for it yet (no lookup first).
   */
  public void store(Notice notice, String body, List<Attachment> attachments) {
    insert(notice, Part.BODY, notice.key().replace('/', '_') + ".html", "text/html; charset=UTF-8",
        body.getBytes(StandardCharsets.UTF_8));
    for (Attachment attachment : attachments) {
      insert(notice, Part.ATTACHMENT, attachment.name(), attachment.mediaType().toString(),
          attachment.content());
    }
  }

  private void insert(Notice notice, Part part, String name, String mediaType, byte[] content) {
    jdbc.sql("""
            insert into cf_document (notice_id, notice_type, contract_number, invoice_number, part,
                name, media_type, content, size_bytes, sha256, stored_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(notice.id(), notice.type().name(), notice.contractNumber(),
            notice.invoiceNumber(), part.name(), name.length() > 200 ? name.substring(0, 200) : name,
            mediaType, content, content.length, sha256(content), notice.createdAt())
        .update();
  }

  public List<StoredDocument> forNotice(long noticeId) {
    return jdbc.sql(SELECT + " where notice_id = ? order by id").param(noticeId)
        .query(NoticeDocuments::row).list();
  }

  public List<StoredDocument> forContract(String contractNumber) {
    return jdbc.sql(SELECT + " where contract_number = ? order by id").param(contractNumber)
        .query(NoticeDocuments::row).list();
  }

  /** The documents whose SHA-256 is that of {@code content}: the same bytes were sent. */
  public List<StoredDocument> matching(byte[] content) {
    return jdbc.sql(SELECT + " where sha256 = ? order by id").param(sha256(content))
        .query(NoticeDocuments::row).list();
  }

  public Optional<StoredDocument> find(long id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(NoticeDocuments::row).optional();
  }

  public Optional<byte[]> content(long id) {
    return jdbc.sql("select content from cf_document where id = ?").param(id)
        .query((rs, n) -> rs.getBytes(1)).optional();
  }

  private static final String SELECT = """
      select id, notice_id, notice_type, contract_number, invoice_number, part, name, media_type,
          size_bytes, sha256, stored_at from cf_document""";

  private static StoredDocument row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new StoredDocument(rs.getLong("id"), rs.getLong("notice_id"),
        rs.getString("notice_type"), rs.getString("contract_number"),
        rs.getString("invoice_number"), Part.valueOf(rs.getString("part")), rs.getString("name"),
        rs.getString("media_type"), rs.getInt("size_bytes"), rs.getString("sha256").trim(),
        rs.getObject("stored_at", OffsetDateTime.class));
  }

  /** Lower-case hex SHA-256. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
