package be.contractflow.terms;

import static be.contractflow.ledger.ClientType.CONSUMER;
import static be.contractflow.ledger.ClientType.PROFESSIONAL;
import static be.contractflow.ledger.ContractKind.PROJECT;
import static be.contractflow.ledger.ContractKind.RECURRING;
import static be.contractflow.terms.TermsAssertions.absent;
import static be.contractflow.terms.TermsAssertions.eur;
import static be.contractflow.terms.TermsEngine.DELIVERY;
import static be.contractflow.terms.TermsEngine.ORDER;
import static be.contractflow.terms.TermsEngine.PAYMENT;
import static be.contractflow.terms.TermsEngine.PROFILES;
import static be.contractflow.terms.TermsEngine.RENEWAL;
import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.Language;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every value of the {@code virtura} profile against CLAUSES.md §1. */
@Deployment(resources = {PROFILES, ORDER, PAYMENT, DELIVERY, RENEWAL})
class VirturaTermsTest {

  @RegisterExtension static ProcessEngineExtension engine = TermsEngine.extension();

  private Terms terms(ClientType type, ContractKind kind) {
    return new TermsService(engine.getDecisionService(), engine.getRepositoryService()).termsFor("virtura", type, kind);
  }

  @Test
  void VIR_17_Virtura_SRL_under_the_courts_of_Liege_in_French() {
    assertThat(terms(PROFESSIONAL, PROJECT).agency())
        .isEqualTo(new Terms.Agency("virtura", "Virtura SRL", "BE0798.143.120",
            "Tribunaux de Liège, division Liège", "VIR-17", Language.fr));
  }

  @Test
  void VIR_2_a_one_off_order_has_no_deposit_rule_the_quote_sets_the_schedule() {
    Terms.Order order = terms(PROFESSIONAL, PROJECT).order();
    assertThat(order.depositKind()).isEqualTo(DepositKind.NONE);
    assertThat(order.depositClause()).isEqualTo("VIR-2");
    absent(order, "depositPercent", "depositAnnualised", "depositRegieHours", "progressPercent",
        "balanceAtDeliveryPercent", "paymentGatesWorkStart", "workStartClause");
  }

  @Test
  void VIR_4_recurring_services_are_billed_by_subscription_first_period_in_advance() {
    Terms.Order order = terms(CONSUMER, RECURRING).order();
    assertThat(order.depositKind()).isEqualTo(DepositKind.FIRST_PERIOD);
    assertThat(order.depositClause()).isEqualTo("VIR-4");
    absent(order, "depositPercent", "depositAnnualised", "depositRegieHours", "progressPercent",
        "balanceAtDeliveryPercent", "paymentGatesWorkStart", "workStartClause");
  }

  @Test
  void VIR_has_no_quote_validity_withdrawal_or_cancellation_clause() {
    for (ClientType type : ClientType.values()) {
      for (ContractKind kind : ContractKind.values()) {
        absent(terms(type, kind).order(), "quoteValidityMonths", "quoteValidityClause",
            "mayRefuseOrderOnPaymentDispute", "orderRefusalClause", "withdrawalDays",
            "withdrawalChannel", "withdrawalClause", "cancellationPercent",
            "cancellationAnnualised");
        if (kind.isRecurring()) {
          absent(terms(type, kind).order(), "cancellationProRataOnceWorkStarted",
              "cancellationClause");
        }
      }
    }
  }

  @Test
  void CC_1794_a_one_off_order_cancelled_during_the_work_owes_the_work_done() {
    for (ContractKind kind : new ContractKind[] {PROJECT, ContractKind.REGIE}) {
      Terms.Order order = terms(PROFESSIONAL, kind).order();
      assertThat(order.cancellationProRataOnceWorkStarted()).isTrue();
      assertThat(order.cancellationClause()).isEqualTo("CC-1794");
      absent(order, "cancellationPercent");
    }
  }

  @Test
  void VIR_4_due_30_days_after_the_invoice_date_when_the_quote_is_silent() {
    Terms.Payment payment = terms(PROFESSIONAL, RECURRING).payment();
    assertThat(payment.paymentTermDays()).isEqualTo(30);
    assertThat(payment.paymentTermClause()).isEqualTo("VIR-4");
  }

  @Test
  void VIR_4_late_interest_10_percent_a_year_from_the_day_after_the_due_date() {
    for (ClientType type : ClientType.values()) {
      Terms.Payment payment = terms(type, PROJECT).payment();
      assertThat(payment.interestKind()).isEqualTo(InterestKind.SIMPLE_ANNUAL);
      assertThat(payment.interestRatePercent()).isEqualTo(eur("10"));
      assertThat(payment.interestStart()).isEqualTo(InterestStart.DAY_AFTER_DUE_DATE);
      assertThat(payment.interestClause()).isEqualTo("VIR-4");
    }
  }

  @Test
  void VIR_has_no_contest_window_and_no_contractual_indemnity_so_the_law_applies() {
    for (ClientType type : ClientType.values()) {
      absent(terms(type, PROJECT).payment(), "contestWindowDays", "contestChannel",
          "contestClause", "indemnityPercent", "indemnityMinimumEur", "indemnityFlatEur",
          "indemnityClause");
    }
  }

  @Test
  void VIR_4_one_single_reminder_the_day_after_the_due_date_stating_15_days_to_pay() {
    Terms.Dunning dunning = terms(CONSUMER, RECURRING).dunning();
    assertThat(dunning.reminderCount()).isEqualTo(1);
    assertThat(dunning.reminderDelayDays()).isEqualTo(1);
    assertThat(dunning.reminderPaymentDays()).isEqualTo(15);
    assertThat(dunning.reminderClause()).isEqualTo("VIR-4");
  }

  @Test
  void VIR_9_services_suspended_when_unpaid_15_days_after_the_reminder() {
    Terms.Dunning dunning = terms(PROFESSIONAL, RECURRING).dunning();
    assertThat(dunning.suspensionFrom()).isEqualTo(SuspensionStart.REMINDER_DATE);
    assertThat(dunning.suspensionDelayDays()).isEqualTo(15);
    assertThat(dunning.suspensionClause()).isEqualTo("VIR-9");
    assertThat(dunning.suspensionByStaff()).as("VIR-9: the provider may suspend").isTrue();
  }

  @Test
  void VIR_has_no_acceleration_or_resolution_clause() {
    absent(terms(PROFESSIONAL, RECURRING).dunning(), "accelerationOnDefault",
        "accelerationClause", "formalNoticeResolutionDays", "resolutionCoversAllContracts",
        "resolutionIndemnityPercent", "resolutionIndemnityAnnualised", "resolutionClause");
  }

  @Test
  void VIR_3_2_services_may_be_suspended_while_the_client_withholds_information() {
    Terms.Delivery delivery = terms(PROFESSIONAL, PROJECT).delivery();
    assertThat(delivery.suspendWhileWaitingForContents()).isTrue();
    assertThat(delivery.waitingClause()).isEqualTo("VIR-3.2");
    absent(delivery, "interimInvoiceOnSlowContents", "contentsDueBusinessDays",
        "deliveryBusinessDays", "contentsClause", "nonConformityWindowDays",
        "nonConformityChannel", "nonConformityClause", "tweakWindowDays", "tweakClause",
        "warrantyDays", "warrantyClause", "trainingMonths", "trainingClause",
        "hiddenDefectSaleActionMonths", "hiddenDefectReportDays", "hiddenDefectReportMonths",
        "hiddenDefectActionMonths", "hiddenDefectChannel", "hiddenDefectClause",
        "contentViolationPenaltyEur", "contentViolationClause");
  }

  @Test
  void VIR_12_revision_request_by_email_a_simple_modification_is_free() {
    assertThat(terms(PROFESSIONAL, PROJECT).change())
        .isEqualTo(new Terms.Change(RequiredChannel.EMAIL, true, false, false, null, "VIR-12"));
  }

  @Test
  void VIR_7_recurring_services_either_party_terminates_with_3_months_written_notice() {
    Terms.Renewal renewal = terms(PROFESSIONAL, RECURRING).renewal();
    assertThat(renewal.termClause()).isEqualTo("VIR-7");
    assertThat(renewal.clientTermination()).isEqualTo(TerminationTiming.ANY_TIME);
    assertThat(renewal.clientNoticeMonths()).isEqualTo(3);
    assertThat(renewal.clientTerminationChannel()).isEqualTo(RequiredChannel.WRITTEN);
    assertThat(renewal.clientTerminationClause()).isEqualTo("VIR-7");
    assertThat(renewal.providerNoticeMonths()).isEqualTo(3);
    assertThat(renewal.providerTerminationChannel()).isEqualTo(RequiredChannel.WRITTEN);
    assertThat(renewal.providerTerminationClause()).isEqualTo("VIR-7");
    assertThat(renewal.providerTermination()).isEqualTo(TerminationTiming.ANY_TIME);
    absent(renewal, "initialTermMonths", "tacitRenewal", "renewalTermMonths", "earlyEndClause",
        "graveBreachClause", "changeOfTermsClause");
  }

  @Test
  void VIR_7_a_one_off_project_has_no_term_or_notice() {
    absent(terms(PROFESSIONAL, PROJECT).renewal(), "initialTermMonths", "tacitRenewal",
        "renewalTermMonths", "termClause", "clientTermination", "clientNoticeMonths",
        "clientTerminationChannel", "clientTerminationClause", "providerNoticeMonths",
        "providerTerminationChannel", "providerTerminationClause");
  }

  @Test
  void VIR_8_extra_work_en_regie_at_90_per_hour_indexed_on_each_anniversary() {
    for (ContractKind kind : ContractKind.values()) {
      Terms.Renewal renewal = terms(PROFESSIONAL, kind).renewal();
      assertThat(renewal.regieHourlyRateEur()).isEqualTo(eur("90"));
      assertThat(renewal.regieRateIndexedYearly()).isTrue();
      assertThat(renewal.regieRateClause()).isEqualTo("VIR-8");
    }
  }

  @Test
  void VIR_10_provider_fault_compensated_pro_rata_capped_at_the_amount_billed() {
    Terms.Renewal renewal = terms(CONSUMER, RECURRING).renewal();
    assertThat(renewal.faultCompensationProRata()).isTrue();
    assertThat(renewal.faultCompensationClause()).isEqualTo("VIR-10");
  }

  @Test
  void VIR_has_no_commitment_renewal_notice_domain_or_buy_out_rule() {
    for (ContractKind kind : ContractKind.values()) {
      absent(terms(PROFESSIONAL, kind).renewal(), "minimumCommitmentMonths",
          "minimumCommitmentClause", "firstYearStopStoresSite", "interruptionTerminationDays",
          "interruptionClause", "tariffNoticeOffsetDays", "renewalPriceTaskOffsetDays",
        "renewalTariffClause", "renewalReminderOffsetDays",
          "closingOffsetDays", "stopOffsetDays", "reactivationSurcharge", "reactivationClause",
        "renewalNoticeClause",
          "monthlyDebitDayOfMonth", "preventiveVisitIntervalMonths", "serviceClause",
          "domainReleaseWarningDaysBefore", "domainClause", "buyOutAllowed", "buyOutAfterMonths",
          "buyOutClause");
    }
  }
}
