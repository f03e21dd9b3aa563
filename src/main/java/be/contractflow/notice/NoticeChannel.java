package be.contractflow.notice;

/**
 * How a notice reaches the client. An {@link #EMAIL} is relayed over SMTP by {@link NoticeRelay};
 * a {@link #REGISTERED_LETTER} is never emailed: it is kept with its PDF until a staff member posts
 * it and records the posting date, which is the legal sending date (WJA-12, WJA-15, WJA-24,
 * BDB-R13.1, BDB-R15). A {@link #PEPPOL} notice is a UBL e-invoice (Peppol BIS Billing 3.0)
 * relayed to the client's Peppol participant id through the configured access point ({@link
 * PeppolAccessPoint}), with the same claim, retry and exactly-once rules as an e-mail.
 */
public enum NoticeChannel {
  EMAIL,
  REGISTERED_LETTER,
  PEPPOL
}
