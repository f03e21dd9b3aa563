package be.contractflow.notice;

/**
 * The Peppol access point (a certified provider, "corner 2") that carries contractflow's
 * e-invoices to the client's access point. {@link NoticeRelay} hands it each {@link
 * NoticeChannel#PEPPOL} notice once it has claimed it, exactly like an e-mail to the SMTP server.
 * The one shipped implementation is {@link HttpsPeppolAccessPoint} (settings {@code
 * contractflow.peppol.*}); another provider's API is plugged by declaring another bean of this
 * type.
 */
public interface PeppolAccessPoint {

  /**
   * One document to deliver.
   *
   * @param key the notice key: the same key means the same document (providers that deduplicate
   *     receive it as {@code Idempotency-Key})
   * @param sender the agency's participant id, e.g. {@code 0208:0798143120}
   * @param receiver the client's participant id, e.g. {@code 0208:0403170701}
   * @param creditNote whether the document is a UBL CreditNote (else an Invoice)
   * @param xml the UBL document
   */
  record Document(String key, String sender, String receiver, boolean creditNote, byte[] xml) {}

  /**
   * Hands the document over; returns normally once the access point has accepted it (the proven
   * sending, recorded as {@code sentAt}).
   *
   * @throws Rejected the access point refused this document for good (unknown receiver, invalid
   *     document, bad credentials): it is not retried, accounting is told
   * @throws RuntimeException anything else (unreachable, 5xx, timeout): retried after a backoff
   */
  void send(Document document);

  /** A refusal that another attempt would not change. */
  final class Rejected extends RuntimeException {
    public Rejected(String message) {
      super(message);
    }
  }
}
