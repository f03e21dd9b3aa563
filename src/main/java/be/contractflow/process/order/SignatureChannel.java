package be.contractflow.process.order;

/**
 * How the client's signed quote ("bon pour accord", BDB-5.2b, WJA-2) reached the agency; recorded
 * with the signature for the audit. {@link #ONLINE} is what {@code POST /api/quotes/{n}/signature}
 * records (the agency's web form or e-signature system).
 */
public enum SignatureChannel {
  ONLINE,
  EMAIL,
  POST,
  IN_PERSON
}
