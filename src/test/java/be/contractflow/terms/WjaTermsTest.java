package be.contractflow.terms;

import static be.contractflow.ledger.ClientType.CONSUMER;
import static be.contractflow.ledger.ClientType.PROFESSIONAL;
import static be.contractflow.ledger.ContractKind.HOSTING;
import static be.contractflow.ledger.ContractKind.MAINTENANCE;
import static be.contractflow.ledger.ContractKind.PROJECT;
import static be.contractflow.ledger.ContractKind.RECURRING;
import static be.contractflow.ledger.ContractKind.REGIE;
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

/** Every value of the {@code wja} profile against CLAUSES.md §2. */
@Deployment(resources = {PROFILES, ORDER, PAYMENT, DELIVERY, RENEWAL})
class WjaTermsTest {

  @RegisterExtension static ProcessEngineExtension engine = TermsEngine.extension();

  private Terms terms(ClientType type, ContractKind kind) {
    return new TermsService(engine.getDecisionService(), engine.getRepositoryService()).termsFor("wja", type, kind);
  }

  @Test
  void WJA_29_WJA_under_the_courts_of_Nivelles_in_French() {
    assertThat(terms(PROFESSIONAL, PROJECT).agency())
        .isEqualTo(new Terms.Agency("wja", "WJA", null, "Tribunaux de Nivelles", "WJA-29",
            Language.fr));
  }

  @Test
  void WJA_2_a_website_binds_on_a_paid_50_percent_deposit_then_40_and_10() {
    Terms.Order order = terms(PROFESSIONAL, PROJECT).order();
    assertThat(order.depositKind()).isEqualTo(DepositKind.PERCENT);
    assertThat(order.depositPercent()).isEqualTo(eur("50"));
    assertThat(order.depositAnnualised()).isFalse();
    assertThat(order.progressPercent()).isEqualTo(eur("40"));
    assertThat(order.balanceAtDeliveryPercent()).isEqualTo(eur("10"));
    assertThat(order.depositClause()).isEqualTo("WJA-2");
    assertThat(order.paymentGatesWorkStart()).isTrue();
    assertThat(order.workStartClause()).isEqualTo("WJA-2");
    absent(order, "depositRegieHours");
  }

  @Test
  void WJA_2_successive_services_deposit_is_50_percent_of_the_annualised_price() {
    for (ContractKind kind : new ContractKind[] {MAINTENANCE, RECURRING, ContractKind.RENTAL}) {
      Terms.Order order = terms(CONSUMER, kind).order();
      assertThat(order.depositKind()).isEqualTo(DepositKind.PERCENT);
      assertThat(order.depositPercent()).isEqualTo(eur("50"));
      assertThat(order.depositAnnualised()).isTrue();
      assertThat(order.depositClause()).isEqualTo("WJA-2");
      assertThat(order.paymentGatesWorkStart()).isTrue();
      absent(order, "depositRegieHours", "progressPercent", "balanceAtDeliveryPercent");
    }
  }

  @Test
  void WJA_4_regie_work_deposit_is_5_hours_flat() {
    Terms.Order order = terms(PROFESSIONAL, REGIE).order();
    assertThat(order.depositKind()).isEqualTo(DepositKind.REGIE_HOURS);
    assertThat(order.depositRegieHours()).isEqualTo(5);
    assertThat(order.depositClause()).isEqualTo("WJA-4");
    assertThat(order.paymentGatesWorkStart()).isTrue();
    absent(order, "depositPercent", "depositAnnualised", "progressPercent",
        "balanceAtDeliveryPercent");
  }

  @Test
  void WJA_21_hosting_annual_subscription_billed_in_advance() {
    Terms.Order order = terms(PROFESSIONAL, HOSTING).order();
    assertThat(order.depositKind()).isEqualTo(DepositKind.FIRST_PERIOD);
    assertThat(order.depositClause()).isEqualTo("WJA-21");
    absent(order, "depositPercent", "depositAnnualised", "depositRegieHours", "progressPercent",
        "balanceAtDeliveryPercent");
  }

  @Test
  void WJA_18_accepted_cancellation_costs_30_percent_annualised_for_recurring() {
    Terms.Order project = terms(CONSUMER, PROJECT).order();
    assertThat(project.cancellationPercent()).isEqualTo(eur("30"));
    assertThat(project.cancellationAnnualised()).isFalse();
    assertThat(project.cancellationProRataOnceWorkStarted()).isFalse();
    assertThat(project.cancellationClause()).isEqualTo("WJA-18");
    for (ContractKind kind : ContractKind.values()) {
      Terms.Order order = terms(PROFESSIONAL, kind).order();
      assertThat(order.cancellationPercent()).isEqualTo(eur("30"));
      assertThat(order.cancellationAnnualised()).isEqualTo(kind.isRecurring());
    }
  }

  @Test
  void WJA_has_no_quote_validity_refusal_or_withdrawal_clause() {
    for (ClientType type : ClientType.values()) {
      for (ContractKind kind : ContractKind.values()) {
        absent(terms(type, kind).order(), "quoteValidityMonths", "quoteValidityClause",
            "mayRefuseOrderOnPaymentDispute", "orderRefusalClause", "withdrawalDays",
            "withdrawalChannel", "withdrawalClause");
      }
    }
  }

  @Test
  void WJA_7_8_invoices_are_due_au_grand_comptant_on_the_invoice_date() {
    Terms.Payment payment = terms(PROFESSIONAL, PROJECT).payment();
    assertThat(payment.paymentTermDays()).isZero();
    assertThat(payment.paymentTermClause()).isEqualTo("WJA-7/8");
  }

  @Test
  void WJA_15_contest_window_is_8_days_by_registered_letter() {
    Terms.Payment payment = terms(CONSUMER, HOSTING).payment();
    assertThat(payment.contestWindowDays()).isEqualTo(8);
    assertThat(payment.contestChannel()).isEqualTo(RequiredChannel.REGISTERED_LETTER);
    assertThat(payment.contestClause()).isEqualTo("WJA-15");
  }

  @Test
  void WJA_10b_interest_1_percent_per_started_month_from_the_issue_date() {
    for (ClientType type : ClientType.values()) {
      Terms.Payment payment = terms(type, PROJECT).payment();
      assertThat(payment.interestKind()).isEqualTo(InterestKind.STARTED_MONTH);
      assertThat(payment.interestRatePercent()).isEqualTo(eur("1"));
      assertThat(payment.interestStart()).isEqualTo(InterestStart.ISSUE_DATE);
      assertThat(payment.interestClause()).isEqualTo("WJA-10b");
    }
  }

  @Test
  void WJA_10c_flat_indemnity_15_percent_minimum_150_for_every_client_type() {
    for (ClientType type : ClientType.values()) {
      Terms.Payment payment = terms(type, PROJECT).payment();
      assertThat(payment.indemnityPercent()).isEqualTo(eur("15"));
      assertThat(payment.indemnityMinimumEur()).isEqualTo(eur("150"));
      assertThat(payment.indemnityClause()).isEqualTo("WJA-10c");
      absent(payment, "indemnityFlatEur");
    }
  }

  @Test
  void WJA_11_everything_is_suspended_from_the_first_day_late_without_reminder() {
    Terms.Dunning dunning = terms(PROFESSIONAL, HOSTING).dunning();
    assertThat(dunning.suspensionFrom()).isEqualTo(SuspensionStart.DUE_DATE);
    assertThat(dunning.suspensionDelayDays()).isZero();
    assertThat(dunning.suspensionClause()).isEqualTo("WJA-11");
    assertThat(dunning.suspensionByStaff()).as("WJA-11: staff suspend services, hosting, site").isTrue();
    assertThat(dunning.reminderCount()).isZero();
    absent(dunning, "reminderDelayDays", "reminderPaymentDays", "reminderClause");
  }

  @Test
  void WJA_10a_one_late_sum_makes_all_invoiced_sums_due() {
    Terms.Dunning dunning = terms(PROFESSIONAL, PROJECT).dunning();
    assertThat(dunning.accelerationOnDefault()).isTrue();
    assertThat(dunning.accelerationClause()).isEqualTo("WJA-10a");
  }

  @Test
  void WJA_12_all_contracts_resolved_15_days_after_formal_notice_with_30_percent_annualised() {
    Terms.Dunning dunning = terms(CONSUMER, RECURRING).dunning();
    assertThat(dunning.formalNoticeResolutionDays()).isEqualTo(15);
    assertThat(dunning.resolutionCoversAllContracts()).isTrue();
    assertThat(dunning.resolutionIndemnityPercent()).isEqualTo(eur("30"));
    assertThat(dunning.resolutionIndemnityAnnualised()).isTrue();
    assertThat(dunning.resolutionClause()).isEqualTo("WJA-12");
  }

  @Test
  void WJA_24_site_deemed_accepted_unless_non_conformity_by_registered_letter_within_5_days() {
    Terms.Delivery delivery = terms(PROFESSIONAL, PROJECT).delivery();
    assertThat(delivery.nonConformityWindowDays()).isEqualTo(5);
    assertThat(delivery.nonConformityChannel()).isEqualTo(RequiredChannel.REGISTERED_LETTER);
    assertThat(delivery.nonConformityClause()).isEqualTo("WJA-24");
  }

  @Test
  void WJA_16_hidden_defects_1_month_for_a_sale_8_days_2_and_4_months_for_a_service() {
    Terms.Delivery delivery = terms(PROFESSIONAL, PROJECT).delivery();
    assertThat(delivery.hiddenDefectSaleActionMonths()).isEqualTo(1);
    assertThat(delivery.hiddenDefectReportDays()).isEqualTo(8);
    assertThat(delivery.hiddenDefectReportMonths()).isEqualTo(2);
    assertThat(delivery.hiddenDefectActionMonths()).isEqualTo(4);
    assertThat(delivery.hiddenDefectChannel()).isEqualTo(RequiredChannel.REGISTERED_LETTER);
    assertThat(delivery.hiddenDefectClause()).isEqualTo("WJA-16");
  }

  @Test
  void WJA_14_delivery_dates_are_indicative_no_contents_tweak_warranty_or_training_deadline() {
    absent(terms(PROFESSIONAL, PROJECT).delivery(), "contentsDueBusinessDays",
        "deliveryBusinessDays", "contentsClause", "suspendWhileWaitingForContents",
        "interimInvoiceOnSlowContents", "waitingClause", "tweakWindowDays", "tweakClause",
        "warrantyDays", "warrantyClause", "trainingMonths", "trainingClause",
        "contentViolationPenaltyEur", "contentViolationClause");
  }

  @Test
  void WJA_19_change_requests_in_writing_answered_by_a_written_offer() {
    assertThat(terms(PROFESSIONAL, PROJECT).change())
        .isEqualTo(new Terms.Change(RequiredChannel.WRITTEN, false, true, false, null, "WJA-19"));
  }

  @Test
  void WJA_21_hosting_tacitly_renewed_yearly_unless_cancelled_by_registered_letter_3_months_before() {
    Terms.Renewal renewal = terms(PROFESSIONAL, HOSTING).renewal();
    assertThat(renewal.initialTermMonths()).isEqualTo(12);
    assertThat(renewal.tacitRenewal()).isTrue();
    assertThat(renewal.renewalTermMonths()).isEqualTo(12);
    assertThat(renewal.termClause()).isEqualTo("WJA-21");
    assertThat(renewal.clientTermination()).isEqualTo(TerminationTiming.AT_TERM);
    assertThat(renewal.clientNoticeMonths()).isEqualTo(3);
    assertThat(renewal.clientTerminationChannel()).isEqualTo(RequiredChannel.REGISTERED_LETTER);
    assertThat(renewal.clientTerminationClause()).isEqualTo("WJA-21");
  }

  @Test
  void WJA_21_domain_release_warning_30_days_before_the_term_ends() {
    Terms.Renewal renewal = terms(CONSUMER, HOSTING).renewal();
    assertThat(renewal.domainReleaseWarningDaysBefore()).isEqualTo(30);
    assertThat(renewal.domainClause()).isEqualTo("WJA-21");
  }

  @Test
  void WJA_4_regie_rate_is_the_one_of_the_quote_and_no_other_renewal_rule() {
    for (ContractKind kind : ContractKind.values()) {
      absent(terms(PROFESSIONAL, kind).renewal(), "minimumCommitmentMonths",
          "minimumCommitmentClause", "firstYearStopStoresSite", "earlyEndClause",
          "graveBreachClause", "changeOfTermsClause", "interruptionTerminationDays", "interruptionClause", "faultCompensationProRata",
          "faultCompensationClause", "tariffNoticeOffsetDays", "renewalPriceTaskOffsetDays",
        "renewalTariffClause", "renewalReminderOffsetDays",
          "closingOffsetDays", "stopOffsetDays", "reactivationSurcharge", "reactivationClause",
        "renewalNoticeClause",
          "monthlyDebitDayOfMonth", "preventiveVisitIntervalMonths", "serviceClause",
          "regieHourlyRateEur", "regieRateIndexedYearly", "regieRateClause", "buyOutAllowed",
          "buyOutAfterMonths", "buyOutClause");
    }
  }

  @Test
  void WJA_3_other_kinds_have_no_term_renewal_or_notice() {
    for (ContractKind kind : new ContractKind[] {PROJECT, REGIE, MAINTENANCE, RECURRING}) {
      absent(terms(PROFESSIONAL, kind).renewal(), "initialTermMonths", "tacitRenewal",
          "renewalTermMonths", "termClause", "clientTermination", "clientNoticeMonths",
          "clientTerminationChannel", "clientTerminationClause", "domainReleaseWarningDaysBefore",
          "domainClause", "providerTermination", "providerNoticeMonths",
          "providerTerminationChannel", "providerTerminationClause");
    }
  }

  @Test
  void WJA_21_the_provider_cancels_hosting_like_the_client_by_registered_letter_3_months_before() {
    Terms.Renewal renewal = terms(PROFESSIONAL, HOSTING).renewal();
    assertThat(renewal.providerTermination()).isEqualTo(TerminationTiming.AT_TERM);
    assertThat(renewal.providerNoticeMonths()).isEqualTo(3);
    assertThat(renewal.providerTerminationChannel()).isEqualTo(RequiredChannel.REGISTERED_LETTER);
    assertThat(renewal.providerTerminationClause()).isEqualTo("WJA-21");
  }
}
