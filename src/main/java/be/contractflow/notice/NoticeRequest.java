package be.contractflow.notice;

import be.contractflow.terms.Terms;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a step asks {@link NoticeService#issue} to send. Build it with {@link #of} and the
 * {@code with…} methods:
 *
 * <pre>{@code
 * NoticeRequest.of(NoticeRequest.keyOf(processInstanceId, "Task_SendReminder", "reminder-1"),
 *         NoticeType.PAYMENT_REMINDER, "VIR-4", clientId)
 *     .withContract(contractNumber).withInvoice(invoiceNumber)
 *     .with(new NoticeContent.PaymentReminder(issueDate, dueDate, principal, …))
 *     .with(NoticeType.RULE, rule);
 * }</pre>
 *
 * @param key unique per notice: the same key issued twice gives the same notice
 * @param type what the notice is
 * @param clause the clause id it implements, e.g. {@code WJA-12}; shown in the notice
 * @param channel null for the type's {@linkplain NoticeType#defaultChannel() default}
 * @param clientId the addressee ({@code cf_client.id}): its email and language are used
 * @param contractNumber null when the notice is not about one contract; give it for an invoice's
 *     notice too, so the contract's notice list shows it
 * @param invoiceNumber null when the notice is not about one invoice
 * @param model the values the template shows (see {@link NoticeType}); null values are allowed
 * @param attachment a document made by the caller (e.g. the invoice PDF), or null
 * @param sendBy the last day (Brussels) the relay may send it, or null for no limit: a notice
 *     whose text states dates counted from its sending (a Book XIX reminder) must not leave later
 */
public record NoticeRequest(
    String key,
    NoticeType type,
    String clause,
    NoticeChannel channel,
    String clientId,
    String contractNumber,
    String invoiceNumber,
    Map<String, Object> model,
    Attachment attachment,
    java.time.LocalDate sendBy) {

  public NoticeRequest {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("a notice needs a unique key");
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(clientId, "clientId");
    model = Collections.unmodifiableMap(new LinkedHashMap<>(model == null ? Map.of() : model));
  }

  public static NoticeRequest of(String key, NoticeType type, String clause, String clientId) {
    return new NoticeRequest(key, type, clause, null, clientId, null, null, Map.of(), null,
        null);
  }

  /** The conventional key: process instance + activity + purpose (STYLE.md). */
  public static String keyOf(String processInstanceId, String activityId, String purpose) {
    return processInstanceId + "/" + activityId + "/" + purpose;
  }

  /** The channel this request is sent on: its own, or the type's default. */
  public NoticeChannel effectiveChannel() {
    return channel != null ? channel : type.defaultChannel();
  }

  public NoticeRequest withChannel(NoticeChannel newChannel) {
    return new NoticeRequest(key, type, clause, newChannel, clientId, contractNumber,
        invoiceNumber, model, attachment, sendBy);
  }

  public NoticeRequest withContract(String number) {
    return new NoticeRequest(key, type, clause, channel, clientId, number, invoiceNumber, model,
        attachment, sendBy);
  }

  public NoticeRequest withInvoice(String number) {
    return new NoticeRequest(key, type, clause, channel, clientId, contractNumber, number, model,
        attachment, sendBy);
  }

  public NoticeRequest withAttachment(Attachment document) {
    return new NoticeRequest(key, type, clause, channel, clientId, contractNumber, invoiceNumber,
        model, document, sendBy);
  }

  /** A copy the relay sends only up to {@code lastDay} (Brussels); later it stays unsent. */
  public NoticeRequest sendBy(java.time.LocalDate lastDay) {
    return new NoticeRequest(key, type, clause, channel, clientId, contractNumber, invoiceNumber,
        model, attachment, lastDay);
  }

  /**
   * The header every notice about a contract shows: the agency of the contract's terms (name,
   * company number, the court of its jurisdiction clause) and the contract's quote number.
   */
  public NoticeRequest withAgency(Terms.Agency agency, String quoteNumber) {
    return with("agencyName", agency.agencyName())
        .with("agencyCompanyNumber", agency.companyNumber())
        .with("court", agency.court())
        .with("quoteNumber", quoteNumber);
  }

  /**
   * A copy with what the notice says, typed ({@link NoticeContent}, one record per type): its
   * {@linkplain NoticeContent#model() model} added.
   *
   * @throws IllegalArgumentException when the content is for another type
   */
  public NoticeRequest with(NoticeContent content) {
    if (content.type() != type) {
      throw new IllegalArgumentException("a " + content.type() + " content in a " + type
          + " notice");
    }
    return withAll(content.model());
  }

  /** A copy with one more model value. */
  public NoticeRequest with(String modelKey, Object value) {
    var copy = new LinkedHashMap<>(model);
    copy.put(modelKey, value);
    return new NoticeRequest(key, type, clause, channel, clientId, contractNumber, invoiceNumber,
        copy, attachment, sendBy);
  }

  /** A copy with these model values added. */
  public NoticeRequest withAll(Map<String, ?> values) {
    var copy = new LinkedHashMap<>(model);
    copy.putAll(values);
    return new NoticeRequest(key, type, clause, channel, clientId, contractNumber, invoiceNumber,
        copy, attachment, sendBy);
  }
}
