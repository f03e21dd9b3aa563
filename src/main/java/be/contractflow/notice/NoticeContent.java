package be.contractflow.notice;

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
 * <p>Types without a record yet still build their model with {@link NoticeRequest#with}; {@code
 * NoticeContentTest} lists them and fails when one gets a record without leaving that list.
 */
public sealed interface NoticeContent {

  /** The notice type this content is for. */
  NoticeType type();

  /** The template model: each component under its name, null values kept (shown as "—"). */
  default Map<String, Object> model() {
    var model = new LinkedHashMap<String, Object>();
    for (RecordComponent component : getClass().getRecordComponents()) {
      try {
        model.put(component.getName(), component.getAccessor().invoke(this));
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
}
