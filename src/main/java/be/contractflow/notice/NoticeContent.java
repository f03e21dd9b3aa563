package be.contractflow.notice;

import be.contractflow.ledger.Party;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a notice says, typed: one record per {@link NoticeType}, its components named after the
 * type's {@linkplain NoticeType#modelKeys() model keys}, so a service writes {@code new
 * PaymentReminder(issueDate, dueDate, principal, …)} instead of a map of strings and a missing or
 * misspelt key breaks compilation. {@link #model()} is the one place a content becomes the
 * template's model; the templates, and therefore the rendered text, are unchanged.
 *
 * <p>The {@linkplain NoticeType#COMMON_KEYS common keys} (agency, court, quote number, the applied
 * rule) are not part of a content: {@link NoticeRequest#withAgency} and {@link NoticeRequest#with}
 * ({@link NoticeType#RULE}) add them to any notice. A component may be null: the notice shows "—"
 * or leaves the line out, as for a key never given.
 *
 * <p>Every type has its record ({@code NoticeContentTest} fails on a type without one).
 */
public sealed interface NoticeContent {

  /** The notice type this content is for. */
  NoticeType type();

  /**
   * The template model: each component under its name, null values kept (shown as "—"); a
   * reason typed by staff as its text.
   */
  default Map<String, Object> model() {
    var model = new LinkedHashMap<String, Object>();
    for (RecordComponent component : getClass().getRecordComponents()) {
      try {
        Object value = component.getAccessor().invoke(this);
        model.put(component.getName(),
            value instanceof NoticeReason.AsTyped typed ? typed.text() : value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + component, e);
      }
    }
    return model;
  }

  /**
   * An invoice, its PDF attached by the caller (BDB-R12). {@code periodStart}/{@code periodEnd}:
   * the service period a periodic invoice bills; {@code peppolReceiver}: the client's Peppol id
   * when the invoice also leaves as an e-invoice (the e-mail says it is a copy).
   */
  record InvoiceSent(LocalDate issueDate, LocalDate dueDate, BigDecimal totalExclVat,
      BigDecimal vat, BigDecimal total, String structuredCommunication, LocalDate contestDeadline,
      LocalDate periodStart, LocalDate periodEnd, String peppolReceiver) implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.INVOICE_SENT;
    }
  }

  /**
   * The payment reminder (VIR-4, Book XIX). The half-years are given when the statutory rate of
   * the period is not published yet and the last known one stands in for it, null otherwise.
   */
  record PaymentReminder(LocalDate issueDate, LocalDate dueDate, BigDecimal principal,
      BigDecimal interest, BigDecimal indemnity, BigDecimal total, LocalDate paymentDeadline,
      String structuredCommunication, BigDecimal announcedInterestPercent,
      BigDecimal announcedIndemnity, int reminderNumber, String rateUnpublishedHalfYear,
      String rateUsedHalfYear) implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.PAYMENT_REMINDER;
    }
  }

  /** Every other open invoice is due at once (WJA-10a); {@code dueDate} of the late invoice. */
  record AccelerationNotice(LocalDate dueDate, List<String> acceleratedInvoices,
      BigDecimal acceleratedTotal) implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.ACCELERATION_NOTICE;
    }
  }

  /** Services suspended for non-payment (WJA-11, VIR-9, BDB-16.6, BDB-R5.2). */
  record SuspensionNotice(LocalDate suspendedOn, LocalDate dueDate, BigDecimal total,
      String services) implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.SUSPENSION_NOTICE;
    }
  }

  /** Formal notice (mise en demeure) by registered letter (WJA-12). */
  record FormalNotice(LocalDate issueDate, LocalDate dueDate, BigDecimal principal,
      BigDecimal interest, BigDecimal indemnity, BigDecimal total, LocalDate paymentDeadline,
      String structuredCommunication) implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.FORMAL_NOTICE;
    }
  }

  /** Resolution of the running contracts at the client's fault, by registered letter (WJA-12). */
  record ResolutionNotice(LocalDate formalNoticeDate, LocalDate resolvedOn,
      List<String> resolvedContracts, BigDecimal indemnity, String indemnityInvoiceNumber)
      implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.RESOLUTION_NOTICE;
    }
  }

  /**
   * Service restored after payment or an interruption (WJA-11, VIR-9, VIR-10); {@code
   * compensation} (VIR-10) null when none is due.
   */
  record ServiceRestored(LocalDate restoredOn, LocalDate interruptedSince, BigDecimal compensation)
      implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.SERVICE_RESTORED;
    }
  }

  /** The quote, as PDF (BDB-5.2a). */
  record QuoteSent(LocalDate issueDate, LocalDate validUntil, BigDecimal totalExclVat,
      BigDecimal total) implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.QUOTE_SENT;
    }
  }

  /** The quote lapsed unsigned (BDB-5.2a). */
  record QuoteExpired(LocalDate issueDate, LocalDate validUntil) implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.QUOTE_EXPIRED;
    }
  }

  /** The order is confirmed (WJA-2, BDB-5.2b, BDB-8.1, BDB-R5.1); the deposit null when none. */
  record OrderConfirmed(LocalDate signedDate, LocalDate startDate, String depositInvoiceNumber,
      BigDecimal deposit) implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.ORDER_CONFIRMED;
    }
  }

  /** The order lapsed, its deposit unpaid (WJA-2, BDB-8.1); the refund null when nothing was paid. */
  record OrderLapsed(LocalDate signedDate, String depositInvoiceNumber, BigDecimal deposit,
      LocalDate lapsedOn, BigDecimal refund, String creditNoteNumber) implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.ORDER_LAPSED;
    }
  }

  /** The client's cancellation and its fee (WJA-18, BDB-10.2). */
  record CancellationConfirmed(LocalDate cancelledOn, BigDecimal cancellationFee,
      BigDecimal workDonePercent, String creditNoteNumber) implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.CANCELLATION_CONFIRMED;
    }
  }

  /**
   * The client's withdrawal (BDB-R15, CEL VI.47); {@code servicesSupplied} the proportional amount
   * a consumer owes for work started early at their request (CEL VI.51 §3), null when none.
   */
  record WithdrawalConfirmed(LocalDate withdrawnOn, LocalDate withdrawalDeadline, BigDecimal refund,
      String creditNoteNumber, BigDecimal servicesSupplied) implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.WITHDRAWAL_CONFIRMED;
    }
  }

  /** The new tariff, 30 days before the anniversary (BDB-16.2). */
  record RenewalTariff(LocalDate anniversaryDate, BigDecimal currentPriceExclVat,
      BigDecimal newPriceExclVat, be.contractflow.ledger.Period period) implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.RENEWAL_TARIFF;
    }
  }

  /** Renewal reminder at J−15 (BDB-13.3). */
  record RenewalReminder(LocalDate anniversaryDate, BigDecimal newPriceExclVat,
      LocalDate paymentDeadline, int reminderNumber) implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.RENEWAL_REMINDER;
    }
  }

  /** Second reminder and closing at J (BDB-13.3, BDB-13.4.1). */
  record MaintenanceClosing(LocalDate anniversaryDate, LocalDate stopDate)
      implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.MAINTENANCE_CLOSING;
    }
  }

  /**
   * Definitive stop at J+15 (BDB-13.3, BDB-13.4.1); the reactivation amounts null when the terms
   * set no surcharge.
   */
  record MaintenanceStopped(LocalDate stoppedOn, BigDecimal reactivationSurchargeExclVat,
      BigDecimal reactivationTotalExclVat) implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.MAINTENANCE_STOPPED;
    }
  }

  /** A domain not renewed falls into the public domain (WJA-21). */
  record DomainReleaseWarning(String domain, LocalDate termEndDate, LocalDate cancellationDeadline)
      implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.DOMAIN_RELEASE_WARNING;
    }
  }

  /** The provider's service is interrupted (VIR-10, BDB-R8). */
  record ServiceInterrupted(LocalDate interruptedSince, String reason,
      LocalDate terminationRightFrom) implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.SERVICE_INTERRUPTED;
    }
  }

  /** A rental buy-out quote net of the amounts paid, as PDF (BDB-R10). */
  record BuyoutQuote(BigDecimal buyoutPrice, BigDecimal alreadyPaid, BigDecimal netAmount,
      LocalDate validUntil) implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.BUYOUT_QUOTE;
    }
  }

  /** The client's contents are requested (BDB-6.3, VIR-3.2). */
  record ContentsRequested(LocalDate contentsDueDate) implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.CONTENTS_REQUESTED;
    }
  }

  /**
   * The site is online: delivery (WJA-24, BDB-8.6); each window's last day null when the terms
   * open no such window.
   */
  record GoLive(LocalDate goLiveDate, String siteUrl, LocalDate nonConformityDeadline,
      LocalDate tweaksUntil, LocalDate warrantyUntil, LocalDate trainingUntil)
      implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.GO_LIVE;
    }
  }

  /** A written offer for a change request, as PDF (WJA-19, VIR-8, VIR-12, BDB-11.3). */
  record ChangeOffer(LocalDate requestDate, String description, BigDecimal hourlyRateExclVat,
      BigDecimal estimatedHours, BigDecimal totalExclVat, BigDecimal total, String scheduleImpact,
      LocalDate validUntil) implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.CHANGE_OFFER;
    }
  }

  /** An invoice or credit note as a Peppol e-invoice; {@code peppolReceiver} its recipient. */
  record EInvoiceSent(String documentNumber, LocalDate issueDate, BigDecimal total,
      String peppolReceiver) implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.E_INVOICE_SENT;
    }
  }

  /**
   * A credit note, as PDF (BDB-R12): the invoice it credits, its total incl. VAT and why — the
   * reason staff typed, or the VAT sentence of a full credit; {@code peppolReceiver} when it
   * also leaves as a Peppol e-invoice (the e-mail says it is a copy).
   */
  record CreditNoteSent(String creditNoteNumber, String creditedInvoiceNumber,
      LocalDate issueDate, BigDecimal total, NoticeReason reason, String peppolReceiver)
      implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.CREDIT_NOTE_SENT;
    }
  }

  /**
   * The end of a contract confirmed: who asked and when, its last day and why — in the client's
   * language, or as typed for a decision staff wrote (force majeure, grave breach).
   */
  record TerminationConfirmed(LocalDate requestedOn, Party requestedBy, LocalDate effectiveEndDate,
      NoticeReason reason) implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.TERMINATION_CONFIRMED;
    }
  }

  /** The provider cannot work for a while (BDB-18). */
  record ProviderIncapacity(LocalDate incapacitySince, LocalDate firstWorkingDay)
      implements NoticeContent {
    @Override
    public NoticeType type() {
      return NoticeType.PROVIDER_INCAPACITY;
    }
  }
}
