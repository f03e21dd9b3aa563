package be.contractflow.terms;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.Language;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The general terms one contract runs under: its profile's rows of the {@code terms-*} decision
 * tables in {@code bpmn/}, for the contract's client type and kind, as one immutable typed value.
 * Built by {@link TermsService}; every component of a topic record is the decision output of the
 * same name, and every value has a {@code ...Clause} component naming the clause it comes from.
 *
 * <p>Conventions: {@code null} (or {@code false}) means the profile has no such rule; days and
 * months are counted with the period rules of CLAUSES.md; percentages are of the price excl. VAT
 * (interest and indemnities: of the open amount incl. VAT); amounts are EUR excl. VAT. The law
 * (Book XIX caps, statutory rates and the 40 € B2B indemnity) is not here: the calculators apply it.
 *
 * <p>As a process variable: prefer storing only {@code termsProfile}, {@code clientType} and
 * {@code contractKind} and re-evaluating with {@link TermsService#termsOf}, so a corrected DMN
 * version deployed from Modeler is picked up. The value is {@link Serializable} should a process
 * want to keep it anyway. In expressions the components read as properties, e.g. {@code
 * ${termsService.termsOf(execution).payment.paymentTermDays}} (see {@link RecordBeanInfo}).
 */
public record Terms(
    String profile,
    ClientType clientType,
    ContractKind contractKind,
    Agency agency,
    Order order,
    Payment payment,
    Dunning dunning,
    Delivery delivery,
    Change change,
    Renewal renewal)
    implements Serializable {

  /** The agency of a profile, from the {@code terms-profiles} decision (VIR-17, WJA-29). */
  public record Agency(
      String profile,
      String agencyName,
      String companyNumber,
      String court,
      String courtClause,
      Language defaultLanguage)
      implements Serializable {}

  /**
   * Decision {@code terms-order}: quote validity (BDB-5.2a), order refusal (BDB-5.2c), deposit and
   * schedule (WJA-2, WJA-4, WJA-21, BDB-16.4, BDB-R5.1), payment gating the start of work (WJA-2,
   * BDB-8.1, BDB-11.3, BDB-R5.1), withdrawal (BDB-R15, BDB-9) and cancellation (WJA-18, BDB-10.2).
   */
  public record Order(
      Integer quoteValidityMonths,
      String quoteValidityClause,
      boolean mayRefuseOrderOnPaymentDispute,
      String orderRefusalClause,
      DepositKind depositKind,
      BigDecimal depositPercent,
      boolean depositAnnualised,
      Integer depositRegieHours,
      BigDecimal progressPercent,
      BigDecimal balanceAtDeliveryPercent,
      String depositClause,
      boolean paymentGatesWorkStart,
      String workStartClause,
      Integer withdrawalDays,
      RequiredChannel withdrawalChannel,
      String withdrawalClause,
      BigDecimal cancellationPercent,
      boolean cancellationAnnualised,
      boolean cancellationProRataOnceWorkStarted,
      String cancellationClause)
      implements Serializable {}

  /**
   * Decision {@code terms-payment}: due date ({@code paymentTermDays} after the invoice date; VIR-4,
   * WJA-7/8, BDB-16.6), invoice contest (WJA-15, BDB-16.3), contractual late interest (VIR-4,
   * WJA-10b, BDB-16.6; {@code interestRatePercent} per year for {@link InterestKind#SIMPLE_ANNUAL},
   * per started month for {@link InterestKind#STARTED_MONTH}) and flat indemnity (WJA-10c, BDB-16.6).
   */
  public record Payment(
      int paymentTermDays,
      String paymentTermClause,
      Integer contestWindowDays,
      RequiredChannel contestChannel,
      String contestClause,
      InterestKind interestKind,
      BigDecimal interestRatePercent,
      InterestStart interestStart,
      String interestClause,
      BigDecimal indemnityPercent,
      BigDecimal indemnityMinimumEur,
      BigDecimal indemnityFlatEur,
      String indemnityClause)
      implements Serializable {}

  /**
   * Decision {@code terms-dunning}: contractual reminders (VIR-4: sent {@code reminderDelayDays}
   * after the due date, stating a payment date {@code reminderPaymentDays} later), suspension the
   * day after {@code suspensionDelayDays} counted from {@code suspensionFrom} have run (VIR-9,
   * WJA-11, BDB-R5.2, BDB-16.6) — decided by staff in a task when {@code suspensionByStaff} ("may
   * suspend"), automatic otherwise (BDB-R5.2 "service cut") — acceleration (WJA-10a) and
   * resolution after a formal notice (WJA-12). {@code interestOnlyAfterReminder}: interest is
   * claimed only once the reminder's payment date passed unpaid (VIR-4 "ensuite"); {@code
   * firstPaymentConcludesOrder}: the order binds only once its first invoice is paid (WJA-2,
   * BDB-8.1), so that invoice is never dunned.
   */
  public record Dunning(
      int reminderCount,
      Integer reminderDelayDays,
      Integer reminderPaymentDays,
      String reminderClause,
      SuspensionStart suspensionFrom,
      int suspensionDelayDays,
      String suspensionClause,
      boolean suspensionByStaff,
      boolean accelerationOnDefault,
      String accelerationClause,
      Integer formalNoticeResolutionDays,
      boolean resolutionCoversAllContracts,
      BigDecimal resolutionIndemnityPercent,
      boolean resolutionIndemnityAnnualised,
      String resolutionClause,
      boolean interestOnlyAfterReminder,
      boolean firstPaymentConcludesOrder,
      String orderConclusionClause)
      implements Serializable {}

  /**
   * Decision {@code terms-delivery}: contents and build deadlines in business days (BDB-6.3),
   * waiting for the client (VIR-3.2, BDB-11.2), acceptance (WJA-24), free tweaks (BDB-8.6),
   * warranty (BDB-12.2), training (BDB-15.1), hidden defects (WJA-16), the illegal-content
   * penalty (BDB-17.3) and the clause that bills client files needing rework as régie hours
   * ({@code reworkClause}: WJA-5, VIR-8; null where the terms bill none).
   */
  public record Delivery(
      Integer contentsDueBusinessDays,
      Integer deliveryBusinessDays,
      String contentsClause,
      boolean suspendWhileWaitingForContents,
      boolean interimInvoiceOnSlowContents,
      String waitingClause,
      Integer nonConformityWindowDays,
      RequiredChannel nonConformityChannel,
      String nonConformityClause,
      Integer tweakWindowDays,
      String tweakClause,
      Integer warrantyDays,
      String warrantyClause,
      Integer trainingMonths,
      String trainingClause,
      Integer hiddenDefectSaleActionMonths,
      Integer hiddenDefectReportDays,
      Integer hiddenDefectReportMonths,
      Integer hiddenDefectActionMonths,
      RequiredChannel hiddenDefectChannel,
      String hiddenDefectClause,
      BigDecimal contentViolationPenaltyEur,
      String contentViolationClause,
      String incapacityNoticeClause,
      String largeTextChangesClause,
      String reworkClause)
      implements Serializable {}

  /** Decision {@code terms-change}: revision, change and update requests (VIR-12, WJA-19, BDB-11.3). */
  public record Change(
      RequiredChannel changeRequestChannel,
      boolean simpleChangeFree,
      boolean changeQuoteRequired,
      boolean changeQuotePaidBeforeWork,
      Integer changeWorkStartBusinessDays,
      String changeClause)
      implements Serializable {}

  /**
   * Decision {@code terms-renewal}: term and tacit renewal (WJA-21, BDB-R10, BDB-13.3), minimum
   * commitment (BDB-R9.3), client and provider termination (VIR-7, WJA-21, BDB-R13.1, BDB-R13.2,
   * BDB-13.4.4, BDB-R8), fault compensation (VIR-10), renewal notices as day offsets from the
   * anniversary J, negative before it (BDB-16.2, BDB-13.3, BDB-13.4.1), maintenance service
   * (BDB-16.4, BDB-13.2), régie rate (VIR-8), domain release warning (WJA-21) and buy-out
   * (BDB-R10). {@code earlyEndClause}: before its term the contract ends only by force majeure or
   * mutual consent (BDB-R9.3, BDB-13.4); {@code graveBreachClause}: the provider may end it at once
   * for a grave breach (BDB-R13.2); {@code changeOfTermsClause}: the client may terminate after a
   * change of terms (BDB-R14).
   */
  public record Renewal(
      Integer initialTermMonths,
      boolean tacitRenewal,
      Integer renewalTermMonths,
      String termClause,
      Integer minimumCommitmentMonths,
      String minimumCommitmentClause,
      TerminationTiming clientTermination,
      Integer clientNoticeMonths,
      RequiredChannel clientTerminationChannel,
      String clientTerminationClause,
      boolean firstYearStopStoresSite,
      Integer providerNoticeMonths,
      RequiredChannel providerTerminationChannel,
      String providerTerminationClause,
      TerminationTiming providerTermination,
      String earlyEndClause,
      String graveBreachClause,
      String changeOfTermsClause,
      Integer interruptionTerminationDays,
      String interruptionClause,
      boolean faultCompensationProRata,
      String faultCompensationClause,
      Integer tariffNoticeOffsetDays,
      Integer renewalPriceTaskOffsetDays,
      String renewalTariffClause,
      Integer renewalReminderOffsetDays,
      Integer closingOffsetDays,
      Integer stopOffsetDays,
      boolean reactivationSurcharge,
      String reactivationClause,
      String renewalNoticeClause,
      Integer monthlyDebitDayOfMonth,
      Integer preventiveVisitIntervalMonths,
      String serviceClause,
      BigDecimal regieHourlyRateEur,
      boolean regieRateIndexedYearly,
      String regieRateClause,
      Integer domainReleaseWarningDaysBefore,
      String domainClause,
      boolean buyOutAllowed,
      Integer buyOutAfterMonths,
      String buyOutClause)
      implements Serializable {}

  /** Exposes {@link Agency}'s components as bean properties to expressions. */
  public static class AgencyBeanInfo extends RecordBeanInfo {
    public AgencyBeanInfo() {
      super(Agency.class);
    }
  }

  /** Exposes {@link Order}'s components as bean properties to expressions. */
  public static class OrderBeanInfo extends RecordBeanInfo {
    public OrderBeanInfo() {
      super(Order.class);
    }
  }

  /** Exposes {@link Payment}'s components as bean properties to expressions. */
  public static class PaymentBeanInfo extends RecordBeanInfo {
    public PaymentBeanInfo() {
      super(Payment.class);
    }
  }

  /** Exposes {@link Dunning}'s components as bean properties to expressions. */
  public static class DunningBeanInfo extends RecordBeanInfo {
    public DunningBeanInfo() {
      super(Dunning.class);
    }
  }

  /** Exposes {@link Delivery}'s components as bean properties to expressions. */
  public static class DeliveryBeanInfo extends RecordBeanInfo {
    public DeliveryBeanInfo() {
      super(Delivery.class);
    }
  }

  /** Exposes {@link Change}'s components as bean properties to expressions. */
  public static class ChangeBeanInfo extends RecordBeanInfo {
    public ChangeBeanInfo() {
      super(Change.class);
    }
  }

  /** Exposes {@link Renewal}'s components as bean properties to expressions. */
  public static class RenewalBeanInfo extends RecordBeanInfo {
    public RenewalBeanInfo() {
      super(Renewal.class);
    }
  }
}
