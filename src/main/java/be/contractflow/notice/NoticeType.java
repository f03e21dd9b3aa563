package be.contractflow.notice;

import java.util.List;

/**
 * Every notice contractflow sends, with its default channel, whether it carries a PDF, and the
 * model keys its template reads (SPEC.md "Notices"; issues 3, 4 and 5). Type names are stable: they
 * are part of the public API ({@code GET /api/contracts/{n}/notices}).
 *
 * <p>Model conventions (the {@code model} of a {@link NoticeRequest}):
 *
 * <ul>
 *   <li>{@code LocalDate}, {@code OffsetDateTime}, {@code ZonedDateTime}, {@code Instant} and
 *       {@code java.util.Date} are shown as a long date in the client's language;
 *   <li>{@code BigDecimal} is an amount in EUR incl. VAT unless the key says {@code ExclVat}, shown
 *       with two decimals and the euro sign; a key ending in {@code Percent} is a percentage
 *       ({@code 10.5} → "10,5 %"); a key ending in {@code Hours} is a plain number;
 *   <li>an enum is shown through the bundle key {@code enum.<SimpleName>.<NAME>} (e.g. {@link
 *       AppliedRule}, {@code Period}) and as its name when the bundle has none;
 *   <li>a {@link NoticeText} is shown through its bundle message, its arguments formatted by these
 *       same conventions (a sentence said in the client's language, e.g. why a termination ends
 *       when it does);
 *   <li>a collection is shown as its elements, comma-separated; anything else with {@code
 *       toString()};
 *   <li>a missing key is shown as "—": rendering never fails on a missing key.
 * </ul>
 *
 * <p>Every type also reads the {@linkplain #COMMON_KEYS common keys}: {@code agencyName},
 * {@code agencyCompanyNumber}, {@code court} (VIR-17, WJA-29: e.g. "Liège"), {@code quoteNumber}
 * and {@link #RULE} ({@link AppliedRule}, or a list of them, for consumer-related notices). The
 * client's name, address, email and language come from {@code cf_client}; the contract and invoice
 * numbers and the clause id from the request.
 */
public enum NoticeType {

  /** The quote, as PDF (BDB-5.2a). Keys: issueDate, validUntil, totalExclVat, total. */
  QUOTE_SENT(NoticeChannel.EMAIL, true, "issueDate", "validUntil", "totalExclVat", "total"),

  /** The quote lapsed unsigned (BDB-5.2a). Keys: issueDate, validUntil. */
  QUOTE_EXPIRED(NoticeChannel.EMAIL, false, "issueDate", "validUntil"),

  /**
   * The order is confirmed (WJA-2, BDB-5.2b, BDB-8.1, BDB-R5.1). Keys: signedDate, startDate,
   * depositInvoiceNumber, deposit.
   */
  ORDER_CONFIRMED(NoticeChannel.EMAIL, false, "signedDate", "startDate", "depositInvoiceNumber",
      "deposit"),

  /**
   * The order lapsed: its deposit, which concludes it (WJA-2, BDB-8.1), was not paid by the later
   * of the quote's validity end and its due date. Keys: signedDate, depositInvoiceNumber, deposit,
   * lapsedOn, refund, creditNoteNumber.
   */
  ORDER_LAPSED(NoticeChannel.EMAIL, false, "signedDate", "depositInvoiceNumber", "deposit",
      "lapsedOn", "refund", "creditNoteNumber"),

  /** The client's contents are requested (BDB-6.3, VIR-3.2). Keys: contentsDueDate. */
  CONTENTS_REQUESTED(NoticeChannel.EMAIL, false, "contentsDueDate"),

  /**
   * The site is online: delivery (WJA-24, BDB-8.6). Keys: goLiveDate, siteUrl,
   * nonConformityDeadline (WJA-24), tweaksUntil (BDB-8.6), warrantyUntil (BDB-12.2), trainingUntil
   * (BDB-15.1).
   */
  GO_LIVE(NoticeChannel.EMAIL, false, "goLiveDate", "siteUrl", "nonConformityDeadline",
      "tweaksUntil", "warrantyUntil", "trainingUntil"),

  /**
   * A written offer for a change request, as PDF (WJA-19, VIR-8, VIR-12, BDB-11.3). Keys:
   * requestDate, description, hourlyRateExclVat, estimatedHours, totalExclVat, total,
   * scheduleImpact, validUntil.
   */
  CHANGE_OFFER(NoticeChannel.EMAIL, true, "requestDate", "description", "hourlyRateExclVat",
      "estimatedHours", "totalExclVat", "total", "scheduleImpact", "validUntil"),

  /**
   * An invoice, its PDF attached by the caller (BDB-R12: by email only). Keys: issueDate, dueDate,
   * totalExclVat, vat, total, structuredCommunication, contestDeadline (WJA-15, BDB-16.3),
   * periodStart and periodEnd (the service period a periodic invoice bills), peppolReceiver (the
   * client's Peppol id when the invoice also leaves as an e-invoice: the e-mail says it is a copy).
   */
  INVOICE_SENT(NoticeChannel.EMAIL, true, "issueDate", "dueDate", "totalExclVat", "vat", "total",
      "structuredCommunication", "contestDeadline", "periodStart", "periodEnd", "peppolReceiver"),

  /**
   * An invoice or credit note as a Peppol BIS Billing 3.0 e-invoice (UBL 2.1, its PDF embedded),
   * for a professional client with a Belgian VAT number: the XML is attached by the caller and
   * relayed over Peppol ({@link NoticeChannel#PEPPOL}); the recipient is the client's participant
   * id (model key {@value #PEPPOL_RECEIVER}). Keys: documentNumber, issueDate, total, peppolReceiver.
   */
  E_INVOICE_SENT(NoticeChannel.PEPPOL, false, "documentNumber", "issueDate", "total",
      "peppolReceiver"),

  /**
   * A credit note, its PDF attached by the caller. Keys: creditNoteNumber, creditedInvoiceNumber,
   * issueDate, total, reason.
   */
  CREDIT_NOTE_SENT(NoticeChannel.EMAIL, true, "creditNoteNumber", "creditedInvoiceNumber",
      "issueDate", "total", "reason", "peppolReceiver"),

  /**
   * The payment reminder (VIR-4, Book XIX free first reminder). Keys: issueDate, dueDate,
   * principal, interest, indemnity, total, paymentDeadline, structuredCommunication,
   * announcedInterestPercent and announcedIndemnity (the penalty that will be claimed, Book XIX),
   * reminderNumber; rateUnpublishedHalfYear and rateUsedHalfYear when the statutory rate of the
   * period is not published yet and the last known one stands in for it.
   */
  PAYMENT_REMINDER(NoticeChannel.EMAIL, false, "issueDate", "dueDate", "principal", "interest",
      "indemnity", "total", "paymentDeadline", "structuredCommunication",
      "announcedInterestPercent", "announcedIndemnity", "reminderNumber",
      "rateUnpublishedHalfYear", "rateUsedHalfYear"),

  /**
   * Every other open invoice is due at once (WJA-10a). Keys: dueDate (of the late invoice),
   * acceleratedInvoices (a list of numbers), acceleratedTotal.
   */
  ACCELERATION_NOTICE(NoticeChannel.EMAIL, false, "dueDate", "acceleratedInvoices",
      "acceleratedTotal"),

  /**
   * Services suspended for non-payment (WJA-11, VIR-9, BDB-16.6, BDB-R5.2). Keys: suspendedOn,
   * dueDate, total, services.
   */
  SUSPENSION_NOTICE(NoticeChannel.EMAIL, false, "suspendedOn", "dueDate", "total", "services"),

  /**
   * Formal notice (mise en demeure) by registered letter, as PDF (WJA-12). Keys: issueDate,
   * dueDate, principal, interest, indemnity, total, paymentDeadline, structuredCommunication.
   */
  FORMAL_NOTICE(NoticeChannel.REGISTERED_LETTER, true, "issueDate", "dueDate", "principal",
      "interest", "indemnity", "total", "paymentDeadline", "structuredCommunication"),

  /**
   * Resolution of every running contract at the client's fault, by registered letter (WJA-12).
   * Keys: formalNoticeDate, resolvedOn, resolvedContracts (a list of numbers), indemnity,
   * indemnityInvoiceNumber.
   */
  RESOLUTION_NOTICE(NoticeChannel.REGISTERED_LETTER, true, "formalNoticeDate", "resolvedOn",
      "resolvedContracts", "indemnity", "indemnityInvoiceNumber"),

  /**
   * The provider's service is interrupted (VIR-10, BDB-R8). Keys: interruptedSince, reason,
   * terminationRightFrom (BDB-R8: past 15 days the client may terminate).
   */
  SERVICE_INTERRUPTED(NoticeChannel.EMAIL, false, "interruptedSince", "reason",
      "terminationRightFrom"),

  /**
   * Service restored, after payment or after an interruption (WJA-11, VIR-9, VIR-10). Keys:
   * restoredOn, interruptedSince, compensation (VIR-10).
   */
  SERVICE_RESTORED(NoticeChannel.EMAIL, false, "restoredOn", "interruptedSince", "compensation"),

  /**
   * The new tariff, 30 days before the anniversary (BDB-16.2). Keys: anniversaryDate,
   * currentPriceExclVat, newPriceExclVat, period.
   */
  RENEWAL_TARIFF(NoticeChannel.EMAIL, false, "anniversaryDate", "currentPriceExclVat",
      "newPriceExclVat", "period"),

  /**
   * Renewal reminder at J−15 (BDB-13.3). Keys: anniversaryDate, newPriceExclVat,
   * paymentDeadline, reminderNumber.
   */
  RENEWAL_REMINDER(NoticeChannel.EMAIL, false, "anniversaryDate", "newPriceExclVat",
      "paymentDeadline", "reminderNumber"),

  /** Second reminder and closing at J (BDB-13.3, BDB-13.4.1). Keys: anniversaryDate, stopDate. */
  MAINTENANCE_CLOSING(NoticeChannel.EMAIL, false, "anniversaryDate", "stopDate"),

  /**
   * Definitive stop at J+15 (BDB-13.3, BDB-13.4.1). Keys: stoppedOn, reactivationSurchargeExclVat,
   * reactivationTotalExclVat (renewal price + surcharge, money.Reactivation).
   */
  MAINTENANCE_STOPPED(NoticeChannel.EMAIL, false, "stoppedOn", "reactivationSurchargeExclVat",
      "reactivationTotalExclVat"),

  /**
   * A domain not renewed falls into the public domain (WJA-21). Keys: domain, termEndDate,
   * cancellationDeadline.
   */
  DOMAIN_RELEASE_WARNING(NoticeChannel.EMAIL, false, "domain", "termEndDate",
      "cancellationDeadline"),

  /**
   * The effective end of a contract, and why it is later than asked when the terms defer it (VIR-7,
   * WJA-21, BDB-R9.3, BDB-R13.1, BDB-R13.2, BDB-13.4, BDB-13.4.4, BDB-R8, BDB-R14). Keys:
   * requestedOn, requestedBy ({@code Party}), effectiveEndDate, reason (a {@link NoticeText}
   * {@code termination.why.*}).
   */
  TERMINATION_CONFIRMED(NoticeChannel.EMAIL, false, "requestedOn", "requestedBy",
      "effectiveEndDate", "reason"),

  /**
   * The client's cancellation and its fee (WJA-18, BDB-10.2). Keys: cancelledOn,
   * cancellationFee, workDonePercent, creditNoteNumber.
   */
  CANCELLATION_CONFIRMED(NoticeChannel.EMAIL, false, "cancelledOn", "cancellationFee",
      "workDonePercent", "creditNoteNumber"),

  /**
   * The client's withdrawal (BDB-R15, CEL VI.47). Keys: withdrawnOn, withdrawalDeadline, refund,
   * creditNoteNumber, servicesSupplied (CEL VI.51 §3: the proportional amount, incl. VAT, a
   * consumer owes for the work done after asking for an early start).
   */
  WITHDRAWAL_CONFIRMED(NoticeChannel.EMAIL, false, "withdrawnOn", "withdrawalDeadline", "refund",
      "creditNoteNumber", "servicesSupplied"),

  /**
   * The provider cannot work for a while (BDB-18: the client is told from the first working day
   * of the incapacity; the provider may then rearrange the schedule). Keys: incapacitySince,
   * firstWorkingDay.
   */
  PROVIDER_INCAPACITY(NoticeChannel.EMAIL, false, "incapacitySince", "firstWorkingDay"),

  /**
   * A rental buy-out quote net of the amounts paid, as PDF (BDB-R10). Keys: buyoutPrice,
   * alreadyPaid, netAmount, validUntil.
   */
  BUYOUT_QUOTE(NoticeChannel.EMAIL, true, "buyoutPrice", "alreadyPaid", "netAmount",
      "validUntil");

  /** Model key of the {@link AppliedRule} (or list of them) a notice states. */
  public static final String RULE = "rule";

  /** Model key of a {@link NoticeChannel#PEPPOL} notice: the receiver's participant id. */
  public static final String PEPPOL_RECEIVER = "peppolReceiver";

  /** Model keys every type reads besides its own. */
  public static final List<String> COMMON_KEYS =
      List.of("agencyName", "agencyCompanyNumber", "court", "quoteNumber", RULE);

  private final NoticeChannel defaultChannel;
  private final boolean carriesPdf;
  private final List<String> modelKeys;

  NoticeType(NoticeChannel defaultChannel, boolean carriesPdf, String... modelKeys) {
    this.defaultChannel = defaultChannel;
    this.carriesPdf = carriesPdf;
    this.modelKeys = List.of(modelKeys);
  }

  public NoticeChannel defaultChannel() {
    return defaultChannel;
  }

  /** Whether the notice comes with a PDF (always true for a registered letter). */
  public boolean carriesPdf() {
    return carriesPdf;
  }

  /** The model keys this type's template shows, besides the {@link #COMMON_KEYS}. */
  public List<String> modelKeys() {
    return modelKeys;
  }
}
