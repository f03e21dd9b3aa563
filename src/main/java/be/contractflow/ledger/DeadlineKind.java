package be.contractflow.ledger;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every kind of contractual deadline the product tracks: which process owns it (the only one that
 * records, moves and settles it), what it is about and how its key is built. The clause is not
 * here: it comes from the agency's terms (one kind, several agencies' clauses).
 *
 * <p>A key is {@code <scope>/<subject>/<suffix>}, the subject being the invoice, quote, contract
 * or change-request number; kinds that occur more than once per subject (a term end per year, a
 * visit per month) take a qualifier, usually a date. {@link Deadlines#record} refuses a key that
 * belongs to no kind, so a deadline cannot be added without its kind here.
 */
public enum DeadlineKind {

  // --- an invoice (owner: payment; recorded by billing when the invoice is issued) ------------
  /** The invoice's due date: payment term from the issue (or the e-invoice's proven sending). */
  INVOICE_DUE("payment", "invoice/{}/due"),
  /** Last day the client may contest the invoice (WJA-15, BDB-16.3). */
  INVOICE_CONTEST("payment", "invoice/{}/contest"),
  /** The payment date the reminder states (VIR-4, Book XIX). */
  REMINDER_PAYMENT("payment", "invoice/{}/reminder-payment"),
  /** The formal notice's term before resolution (WJA-12). */
  FORMAL_NOTICE("payment", "invoice/{}/formal-notice"),

  // --- a quote and its order (owner: order) ----------------------------------------------------
  QUOTE_VALIDITY("order", "order/{}/quote-validity"),
  /** The consumer's withdrawal period (BDB-R15, Book VI). */
  WITHDRAWAL("order", "order/{}/withdrawal"),
  /** An unpaid deposit lapses the order (WJA-2, BDB-8.1). */
  DEPOSIT_LAPSE("order", "order/{}/deposit-lapse"),

  // --- the delivery of a site (owner: delivery; its go-live windows: go-live-windows) ----------
  CONTENTS("delivery", "delivery/{}/contents"),
  BUILD("delivery", "delivery/{}/build"),
  /** Qualified by the delivery attempt (1, 2…). */
  NON_CONFORMITY("go-live-windows", "delivery/{}/non-conformity/{}"),
  TWEAKS("go-live-windows", "delivery/{}/tweaks"),
  WARRANTY("go-live-windows", "delivery/{}/warranty"),
  TRAINING("go-live-windows", "delivery/{}/training"),
  HIDDEN_DEFECT_REPORT("go-live-windows", "delivery/{}/hidden-defect-report"),
  HIDDEN_DEFECT_ACTION("go-live-windows", "delivery/{}/hidden-defect-action"),
  /** Qualified by the day the hardware was delivered (WJA-16). */
  HARDWARE_ACTION("delivery", "delivery/{}/hardware-action/{}"),
  /** Qualified by the day the provider became unable to work (BDB-18). */
  PROVIDER_INCAPACITY("delivery", "incapacity/{}/{}"),

  // --- a running service contract (owner: subscription) ----------------------------------------
  /** Qualified by the term's last day. */
  TERM_END("subscription", "subscription/{}/term-{}"),
  /** Qualified by the anniversary. */
  RENEWAL_PRICE("subscription", "subscription/{}/renewal-price-{}"),
  /** Qualified by the anniversary (BDB-13.4.1: renewal paid, else maintenance stops). */
  RENEWAL_PAYMENT("subscription", "subscription/{}/renewal-{}"),
  /** Qualified by the anniversary. */
  REGIE_RATE("subscription", "subscription/{}/regie-rate-{}"),
  /** Qualified by the first day of the visit's month (BDB-13.2). */
  PREVENTIVE_VISIT("subscription", "subscription/{}/visit-{}"),
  /** Qualified by the first day of the interruption. */
  INTERRUPTION("subscription", "subscription/{}/interruption-{}"),

  // --- the end of a contract (owner: termination) ----------------------------------------------
  /** Qualified by the day the termination was received. */
  TERMINATION_RECEIVED("termination", "termination/{}/received-{}"),
  CONTRACT_END("termination", "termination/{}/end"),
  TERMINATION_NOTICE("termination", "termination/{}/notice"),
  SITE_OFFLINE("termination", "termination/{}/site-offline"),
  SITE_STORAGE("termination", "termination/{}/storage"),
  SERVICES_STOPPED("termination", "termination/{}/services-stopped"),

  // --- a change request (owner: change-request) ------------------------------------------------
  CHANGE_OFFER("change-request", "change-request/{}/offer"),
  CHANGE_WORK_START("change-request", "change-request/{}/work-start");

  private final String ownerProcess;
  private final String scheme;
  private final Pattern pattern;
  private final boolean qualified;

  DeadlineKind(String ownerProcess, String scheme) {
    this.ownerProcess = ownerProcess;
    this.scheme = scheme;
    this.qualified = scheme.indexOf("{}") != scheme.lastIndexOf("{}");
    // a subject holds no '/'; a qualifier is a date or a number, so it starts with a digit
    String[] parts = scheme.split("\\{}", -1);
    var regex = new StringBuilder(Pattern.quote(parts[0]));
    for (int i = 1; i < parts.length; i++) {
      regex.append(i == 1 ? "([^/]+)" : "[0-9][^/]*").append(Pattern.quote(parts[i]));
    }
    this.pattern = Pattern.compile(regex.toString());
  }

  /** The key of this deadline for its subject (invoice, quote, contract or change number). */
  public String key(String subject) {
    if (qualified) {
      throw new IllegalArgumentException(name() + " needs a qualifier: " + scheme);
    }
    return scheme.replace("{}", subject);
  }

  /** The key of this deadline for its subject and qualifier (a date, an attempt number). */
  public String key(String subject, Object qualifier) {
    if (!qualified) {
      throw new IllegalArgumentException(name() + " takes no qualifier: " + scheme);
    }
    return scheme.replaceFirst("\\{}", subject).replace("{}", String.valueOf(qualifier));
  }

  /** The process that records, moves and settles deadlines of this kind. */
  public String ownerProcess() {
    return ownerProcess;
  }

  /** How keys of this kind are built, e.g. {@code invoice/{}/due}. */
  public String scheme() {
    return scheme;
  }

  /** Whether {@code key} is a deadline of this kind about {@code subject}. */
  public boolean isAbout(String key, String subject) {
    var matcher = pattern.matcher(key);
    return matcher.matches() && matcher.group(1).equals(subject);
  }

  /** The kinds a process owns. */
  public static Set<DeadlineKind> ownedBy(String process) {
    var kinds = EnumSet.noneOf(DeadlineKind.class);
    for (DeadlineKind kind : values()) {
      if (kind.ownerProcess.equals(process)) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  /** The kind a key belongs to, if any. */
  public static Optional<DeadlineKind> of(String key) {
    return Arrays.stream(values()).filter(kind -> kind.pattern.matcher(key).matches()).findFirst();
  }
}
