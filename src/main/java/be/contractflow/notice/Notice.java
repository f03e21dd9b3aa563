package be.contractflow.notice;

import java.time.OffsetDateTime;

/**
 * A notice as kept in the outbox ({@code cf_notice}), for the API, the audit and staff.
 *
 * @param key the unique key it was issued with
 * @param language the client's language it was written in ({@code fr}, {@code nl}, {@code en})
 * @param recipient the email address (also for a registered letter: the client's contact)
 * @param attempts how many times the relay tried to send it
 * @param createdAt when it was issued (business clock)
 * @param sentAt when the SMTP server accepted it, or the posting date of a registered letter
 *     (12:00 Brussels time that day); null until then
 * @param hasDocument whether a PDF is kept with it ({@link NoticeService#document})
 * @param lastError why the last attempt failed, null if none did
 * @param nextAttemptAt when the relay will try (again), null once sent, failed or a letter
 */
public record Notice(
    long id,
    String key,
    NoticeType type,
    String clause,
    NoticeChannel channel,
    String language,
    String recipient,
    String subject,
    NoticeStatus status,
    int attempts,
    OffsetDateTime createdAt,
    OffsetDateTime sentAt,
    String contractNumber,
    String invoiceNumber,
    String documentName,
    boolean hasDocument,
    String lastError,
    OffsetDateTime nextAttemptAt) {}
