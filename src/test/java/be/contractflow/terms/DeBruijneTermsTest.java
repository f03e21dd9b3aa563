package be.contractflow.terms;

import static be.contractflow.ledger.ClientType.CONSUMER;
import static be.contractflow.ledger.ClientType.PROFESSIONAL;
import static be.contractflow.ledger.ContractKind.MAINTENANCE;
import static be.contractflow.ledger.ContractKind.PROJECT;
import static be.contractflow.ledger.ContractKind.REGIE;
import static be.contractflow.ledger.ContractKind.RENTAL;
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

/** Every value of the {@code debruijne} profile against CLAUSES.md §3 (part A rental, part B). */
@Deployment(resources = {PROFILES, ORDER, PAYMENT, DELIVERY, RENEWAL})
class DeBruijneTermsTest {

  @RegisterExtension static ProcessEngineExtension engine = TermsEngine.extension();

  private Terms terms(ClientType type, ContractKind kind) {
    return new TermsService(engine.getDecisionService(), engine.getRepositoryService()).termsFor("debruijne", type, kind);
  }

  @Test
  void BDB_agency_is_Benjamin_De_Bruijne_before_the_commercial_court_in_French() {
    assertThat(terms(PROFESSIONAL, RENTAL).agency())
        .isEqualTo(new Terms.Agency("debruijne", "Benjamin De Bruijne", null,
            "Tribunal de commerce (Belgique)", null, Language.fr));
  }

  // ---------------------------------------------------------------- part A: rental

  @Test
  void BDB_R5_1_rental_production_starts_once_the_first_monthly_payment_is_received() {
    Terms.Order order = terms(PROFESSIONAL, RENTAL).order();
    assertThat(order.depositKind()).isEqualTo(DepositKind.FIRST_PERIOD);
    assertThat(order.depositClause()).isEqualTo("BDB-R5.1");
    assertThat(order.paymentGatesWorkStart()).isTrue();
    assertThat(order.workStartClause()).isEqualTo("BDB-R5.1");
    absent(order, "depositPercent", "depositAnnualised", "depositRegieHours", "progressPercent",
        "balanceAtDeliveryPercent", "quoteValidityMonths", "quoteValidityClause",
        "mayRefuseOrderOnPaymentDispute", "orderRefusalClause", "cancellationPercent",
        "cancellationAnnualised", "cancellationProRataOnceWorkStarted", "cancellationClause");
  }

  @Test
  void BDB_R15_consumer_rental_withdrawal_is_7_clear_days_by_registered_letter_as_written() {
    // the statutory 14 days of CEL VI.47 (distance, off premises) are the law's, not the terms':
    // process.order.WithdrawalRight
    Terms.Order order = terms(CONSUMER, RENTAL).order();
    assertThat(order.withdrawalDays()).isEqualTo(7);
    assertThat(order.withdrawalChannel()).isEqualTo(RequiredChannel.REGISTERED_LETTER);
    assertThat(order.withdrawalClause()).isEqualTo("BDB-R15");
  }

  @Test
  void BDB_R15_a_professional_rental_has_no_withdrawal_right() {
    Terms.Order order = terms(PROFESSIONAL, RENTAL).order();
    absent(order, "withdrawalDays", "withdrawalChannel");
    assertThat(order.withdrawalClause()).as("names the refusal").isEqualTo("BDB-R15");
  }

  @Test
  void BDB_R5_2_rental_service_cut_when_a_payment_is_not_received_within_15_days() {
    Terms.Dunning dunning = terms(CONSUMER, RENTAL).dunning();
    assertThat(dunning.suspensionFrom()).isEqualTo(SuspensionStart.INVOICE_DATE);
    assertThat(dunning.suspensionDelayDays()).isEqualTo(15);
    assertThat(dunning.suspensionClause()).isEqualTo("BDB-R5.2");
    assertThat(dunning.suspensionByStaff()).as("BDB-R5.2: the service is cut automatically").isFalse();
  }

  @Test
  void BDB_R10_rental_one_year_tacitly_renewed_buy_out_after_a_year() {
    Terms.Renewal renewal = terms(PROFESSIONAL, RENTAL).renewal();
    assertThat(renewal.initialTermMonths()).isEqualTo(12);
    assertThat(renewal.tacitRenewal()).isTrue();
    assertThat(renewal.renewalTermMonths()).isEqualTo(12);
    assertThat(renewal.termClause()).isEqualTo("BDB-R10");
    assertThat(renewal.buyOutAllowed()).isTrue();
    assertThat(renewal.buyOutAfterMonths()).isEqualTo(12);
    assertThat(renewal.buyOutClause()).isEqualTo("BDB-R10");
  }

  @Test
  void BDB_R9_3_rental_minimum_commitment_is_one_year() {
    Terms.Renewal renewal = terms(CONSUMER, RENTAL).renewal();
    assertThat(renewal.minimumCommitmentMonths()).isEqualTo(12);
    assertThat(renewal.minimumCommitmentClause()).isEqualTo("BDB-R9.3");
  }

  @Test
  void BDB_R13_1_rental_ends_at_the_anniversary_on_a_registered_letter_first_year_stop_stores_the_site() {
    Terms.Renewal renewal = terms(CONSUMER, RENTAL).renewal();
    assertThat(renewal.clientTermination()).isEqualTo(TerminationTiming.AT_TERM);
    assertThat(renewal.clientNoticeMonths()).isZero();
    assertThat(renewal.clientTerminationChannel()).isEqualTo(RequiredChannel.REGISTERED_LETTER);
    assertThat(renewal.clientTerminationClause()).isEqualTo("BDB-R13.1");
    assertThat(renewal.firstYearStopStoresSite()).isTrue();
  }

  @Test
  void BDB_R13_2_provider_terminates_a_rental_by_reasoned_registered_letter() {
    Terms.Renewal renewal = terms(PROFESSIONAL, RENTAL).renewal();
    assertThat(renewal.providerTerminationChannel()).isEqualTo(RequiredChannel.REGISTERED_LETTER);
    assertThat(renewal.providerTerminationClause()).isEqualTo("BDB-R13.2");
    assertThat(renewal.providerTermination()).isEqualTo(TerminationTiming.AT_TERM);
    assertThat(renewal.graveBreachClause()).isEqualTo("BDB-R13.2");
    absent(renewal, "providerNoticeMonths");
  }

  @Test
  void BDB_R9_3_and_R14_rental_ends_early_only_by_force_majeure_or_after_a_change_of_terms() {
    Terms.Renewal renewal = terms(PROFESSIONAL, RENTAL).renewal();
    assertThat(renewal.earlyEndClause()).isEqualTo("BDB-R9.3");
    assertThat(renewal.changeOfTermsClause()).isEqualTo("BDB-R14");
  }

  @Test
  void BDB_13_4_maintenance_ends_before_term_only_by_consent_or_force_majeure() {
    Terms.Renewal renewal = terms(PROFESSIONAL, MAINTENANCE).renewal();
    assertThat(renewal.earlyEndClause()).isEqualTo("BDB-13.4");
    assertThat(renewal.providerTermination()).isEqualTo(TerminationTiming.AT_TERM);
    absent(renewal, "clientTermination", "graveBreachClause", "changeOfTermsClause");
  }

  @Test
  void BDB_R8_client_may_terminate_after_a_provider_interruption_of_more_than_15_days() {
    Terms.Renewal renewal = terms(PROFESSIONAL, RENTAL).renewal();
    assertThat(renewal.interruptionTerminationDays()).isEqualTo(15);
    assertThat(renewal.interruptionClause()).isEqualTo("BDB-R8");
  }

  @Test
  void BDB_rental_has_no_maintenance_renewal_notices_regie_rate_domain_or_fault_rule() {
    absent(terms(PROFESSIONAL, RENTAL).renewal(), "faultCompensationProRata",
        "faultCompensationClause", "tariffNoticeOffsetDays", "renewalPriceTaskOffsetDays",
        "renewalTariffClause", "renewalReminderOffsetDays",
        "closingOffsetDays", "stopOffsetDays", "reactivationSurcharge", "reactivationClause",
        "renewalNoticeClause",
        "monthlyDebitDayOfMonth", "preventiveVisitIntervalMonths", "serviceClause",
        "regieHourlyRateEur", "regieRateIndexedYearly", "regieRateClause",
        "domainReleaseWarningDaysBefore", "domainClause");
  }

  @Test
  void BDB_part_A_rental_has_no_contents_acceptance_or_warranty_deadline() {
    Terms.Delivery delivery = terms(CONSUMER, RENTAL).delivery();
    absent(delivery, "contentsDueBusinessDays", "deliveryBusinessDays", "contentsClause",
        "suspendWhileWaitingForContents", "interimInvoiceOnSlowContents", "waitingClause",
        "nonConformityWindowDays", "nonConformityChannel", "nonConformityClause",
        "tweakWindowDays", "tweakClause", "warrantyDays", "warrantyClause", "trainingMonths",
        "trainingClause");
  }

  // ---------------------------------------------------------------- part B: creation, maintenance

  @Test
  void BDB_5_2a_quote_valid_1_month_and_BDB_5_2c_order_may_be_refused_on_a_payment_dispute() {
    for (ContractKind kind : new ContractKind[] {PROJECT, REGIE, MAINTENANCE}) {
      Terms.Order order = terms(CONSUMER, kind).order();
      assertThat(order.quoteValidityMonths()).isEqualTo(1);
      assertThat(order.quoteValidityClause()).isEqualTo("BDB-5.2a");
      assertThat(order.mayRefuseOrderOnPaymentDispute()).isTrue();
      assertThat(order.orderRefusalClause()).isEqualTo("BDB-5.2c");
    }
  }

  @Test
  void BDB_16_4_creation_50_percent_deposit_balance_on_go_live() {
    Terms.Order order = terms(PROFESSIONAL, PROJECT).order();
    assertThat(order.depositKind()).isEqualTo(DepositKind.PERCENT);
    assertThat(order.depositPercent()).isEqualTo(eur("50"));
    assertThat(order.progressPercent()).isEqualTo(eur("0"));
    assertThat(order.balanceAtDeliveryPercent()).isEqualTo(eur("50"));
    assertThat(order.depositClause()).isEqualTo("BDB-16.4");
    absent(order, "depositAnnualised", "depositRegieHours");
  }

  @Test
  void BDB_8_1_work_starts_only_after_the_deposit_is_cashed() {
    Terms.Order order = terms(CONSUMER, PROJECT).order();
    assertThat(order.paymentGatesWorkStart()).isTrue();
    assertThat(order.workStartClause()).isEqualTo("BDB-8.1");
  }

  @Test
  void BDB_9_no_withdrawal_for_a_custom_website_consumer_or_professional() {
    for (ClientType type : ClientType.values()) {
      Terms.Order order = terms(type, PROJECT).order();
      assertThat(order.withdrawalClause()).isEqualTo("BDB-9");
      absent(order, "withdrawalDays", "withdrawalChannel");
    }
  }

  @Test
  void BDB_10_2_cancellation_30_percent_before_work_pro_rata_once_started() {
    Terms.Order order = terms(PROFESSIONAL, PROJECT).order();
    assertThat(order.cancellationPercent()).isEqualTo(eur("30"));
    assertThat(order.cancellationProRataOnceWorkStarted()).isTrue();
    assertThat(order.cancellationClause()).isEqualTo("BDB-10.2");
    absent(order, "cancellationAnnualised");
  }

  @Test
  void BDB_10_2_excludes_maintenance_and_hosting_a_recurring_service_keeps_it() {
    for (ContractKind kind : new ContractKind[] {MAINTENANCE, ContractKind.HOSTING}) {
      Terms.Order order = terms(PROFESSIONAL, kind).order();
      assertThat(order.cancellationProRataOnceWorkStarted()).as(kind.name()).isFalse();
      absent(order, "cancellationPercent", "cancellationClause");
    }
    Terms.Order recurring = terms(PROFESSIONAL, ContractKind.RECURRING).order();
    assertThat(recurring.cancellationPercent()).isEqualTo(eur("30"));
    assertThat(recurring.cancellationClause()).isEqualTo("BDB-10.2");
  }

  @Test
  void BDB_16_4_update_quotes_are_paid_in_full_at_order_before_work_BDB_11_3() {
    Terms.Order order = terms(PROFESSIONAL, REGIE).order();
    assertThat(order.depositKind()).isEqualTo(DepositKind.PERCENT);
    assertThat(order.depositPercent()).isEqualTo(eur("100"));
    assertThat(order.balanceAtDeliveryPercent()).isEqualTo(eur("0"));
    assertThat(order.depositClause()).isEqualTo("BDB-16.4");
    assertThat(order.paymentGatesWorkStart()).isTrue();
    assertThat(order.workStartClause()).isEqualTo("BDB-11.3");
  }

  @Test
  void BDB_16_4_maintenance_is_paid_on_its_first_day_without_a_work_gate() {
    Terms.Order order = terms(PROFESSIONAL, MAINTENANCE).order();
    assertThat(order.depositKind()).isEqualTo(DepositKind.FIRST_PERIOD);
    assertThat(order.depositClause()).isEqualTo("BDB-16.4");
    absent(order, "depositPercent", "paymentGatesWorkStart", "workStartClause",
        "withdrawalDays", "withdrawalClause");
  }

  @Test
  void BDB_16_6_due_15_days_after_the_invoice_date_interest_10_percent_a_year_from_the_next_day() {
    for (ContractKind kind : new ContractKind[] {PROJECT, RENTAL}) {
      Terms.Payment payment = terms(CONSUMER, kind).payment();
      assertThat(payment.paymentTermDays()).isEqualTo(15);
      assertThat(payment.paymentTermClause()).isEqualTo("BDB-16.6");
      assertThat(payment.interestKind()).isEqualTo(InterestKind.SIMPLE_ANNUAL);
      assertThat(payment.interestRatePercent()).isEqualTo(eur("10"));
      assertThat(payment.interestStart()).isEqualTo(InterestStart.DAY_AFTER_DUE_DATE);
      assertThat(payment.interestClause()).isEqualTo("BDB-16.6");
    }
  }

  @Test
  void BDB_16_6_professional_clients_owe_a_flat_40_per_late_invoice() {
    Terms.Payment payment = terms(PROFESSIONAL, PROJECT).payment();
    assertThat(payment.indemnityFlatEur()).isEqualTo(eur("40"));
    assertThat(payment.indemnityClause()).isEqualTo("BDB-16.6");
    absent(payment, "indemnityPercent", "indemnityMinimumEur");
  }

  @Test
  void BDB_16_6_consumers_owe_no_flat_indemnity() {
    absent(terms(CONSUMER, PROJECT).payment(), "indemnityFlatEur", "indemnityClause",
        "indemnityPercent", "indemnityMinimumEur");
  }

  @Test
  void BDB_16_3_invoice_contest_within_5_days_of_receipt() {
    Terms.Payment payment = terms(PROFESSIONAL, MAINTENANCE).payment();
    assertThat(payment.contestWindowDays()).isEqualTo(5);
    assertThat(payment.contestChannel()).isEqualTo(RequiredChannel.WRITTEN);
    assertThat(payment.contestClause()).isEqualTo("BDB-16.3");
  }

  @Test
  void BDB_16_6_work_may_be_suspended_from_the_first_day_late_no_contractual_reminder() {
    for (ClientType type : ClientType.values()) {
      Terms.Dunning dunning = terms(type, PROJECT).dunning();
      assertThat(dunning.suspensionFrom()).isEqualTo(SuspensionStart.DUE_DATE);
      assertThat(dunning.suspensionDelayDays()).isZero();
      assertThat(dunning.suspensionClause()).isEqualTo("BDB-16.6");
      assertThat(dunning.suspensionByStaff()).as("BDB-16.6: the provider may suspend").isTrue();
      assertThat(dunning.reminderCount()).isZero();
      absent(dunning, "reminderDelayDays", "reminderPaymentDays", "reminderClause",
          "accelerationOnDefault", "accelerationClause", "formalNoticeResolutionDays",
          "resolutionCoversAllContracts", "resolutionIndemnityPercent",
          "resolutionIndemnityAnnualised", "resolutionClause");
    }
  }

  @Test
  void BDB_6_3_contents_within_10_business_days_delivery_10_business_days_later() {
    Terms.Delivery delivery = terms(PROFESSIONAL, PROJECT).delivery();
    assertThat(delivery.contentsDueBusinessDays()).isEqualTo(10);
    assertThat(delivery.deliveryBusinessDays()).isEqualTo(10);
    assertThat(delivery.contentsClause()).isEqualTo("BDB-6.3");
  }

  @Test
  void BDB_11_2_order_suspended_and_work_done_invoiced_while_contents_are_late() {
    Terms.Delivery delivery = terms(CONSUMER, PROJECT).delivery();
    assertThat(delivery.suspendWhileWaitingForContents()).isTrue();
    assertThat(delivery.interimInvoiceOnSlowContents()).isTrue();
    assertThat(delivery.waitingClause()).isEqualTo("BDB-11.2");
  }

  @Test
  void BDB_8_6_15_days_of_free_minor_changes_BDB_12_2_15_days_warranty_BDB_15_1_training_within_3_months() {
    Terms.Delivery delivery = terms(PROFESSIONAL, PROJECT).delivery();
    assertThat(delivery.tweakWindowDays()).isEqualTo(15);
    assertThat(delivery.tweakClause()).isEqualTo("BDB-8.6");
    assertThat(delivery.warrantyDays()).isEqualTo(15);
    assertThat(delivery.warrantyClause()).isEqualTo("BDB-12.2");
    assertThat(delivery.trainingMonths()).isEqualTo(3);
    assertThat(delivery.trainingClause()).isEqualTo("BDB-15.1");
    absent(delivery, "nonConformityWindowDays", "nonConformityChannel", "nonConformityClause",
        "hiddenDefectSaleActionMonths", "hiddenDefectReportDays", "hiddenDefectReportMonths",
        "hiddenDefectActionMonths", "hiddenDefectChannel", "hiddenDefectClause");
  }

  @Test
  void BDB_17_3_penalty_of_3800_per_illegal_content_violation() {
    for (ContractKind kind : new ContractKind[] {PROJECT, RENTAL}) {
      Terms.Delivery delivery = terms(PROFESSIONAL, kind).delivery();
      assertThat(delivery.contentViolationPenaltyEur()).isEqualTo(eur("3800"));
      assertThat(delivery.contentViolationClause()).isEqualTo("BDB-17.3");
    }
  }

  @Test
  void BDB_11_3_update_quote_paid_before_work_which_starts_within_5_business_days() {
    assertThat(terms(PROFESSIONAL, REGIE).change())
        .isEqualTo(new Terms.Change(RequiredChannel.ANY, false, true, true, 5, "BDB-11.3"));
  }

  @Test
  void BDB_13_3_maintenance_runs_one_year_and_is_not_renewed_automatically() {
    Terms.Renewal renewal = terms(PROFESSIONAL, MAINTENANCE).renewal();
    assertThat(renewal.initialTermMonths()).isEqualTo(12);
    assertThat(renewal.tacitRenewal()).isFalse();
    assertThat(renewal.termClause()).isEqualTo("BDB-13.3");
    absent(renewal, "renewalTermMonths", "minimumCommitmentMonths", "minimumCommitmentClause",
        "clientTermination", "clientNoticeMonths", "clientTerminationChannel",
        "clientTerminationClause", "firstYearStopStoresSite", "interruptionTerminationDays",
        "interruptionClause", "faultCompensationProRata", "faultCompensationClause",
        "regieHourlyRateEur", "regieRateIndexedYearly", "regieRateClause",
        "domainReleaseWarningDaysBefore", "domainClause", "buyOutAllowed", "buyOutAfterMonths",
        "buyOutClause");
  }

  @Test
  void BDB_16_2_and_13_3_tariff_at_J_minus_30_reminder_J_minus_15_closing_J_stop_J_plus_15() {
    Terms.Renewal renewal = terms(CONSUMER, MAINTENANCE).renewal();
    assertThat(renewal.tariffNoticeOffsetDays()).isEqualTo(-30);
    assertThat(renewal.renewalReminderOffsetDays()).isEqualTo(-15);
    assertThat(renewal.closingOffsetDays()).isZero();
    assertThat(renewal.stopOffsetDays()).isEqualTo(15);
    assertThat(renewal.renewalNoticeClause()).isEqualTo("BDB-13.3");
  }

  @Test
  void BDB_16_2_sales_set_the_renewal_price_in_a_task_opened_45_days_before_J() {
    Terms.Renewal renewal = terms(PROFESSIONAL, MAINTENANCE).renewal();
    assertThat(renewal.renewalPriceTaskOffsetDays()).isEqualTo(-45);
    assertThat(renewal.renewalPriceTaskOffsetDays()).isLessThan(renewal.tariffNoticeOffsetDays());
    assertThat(renewal.renewalTariffClause()).isEqualTo("BDB-16.2");
  }

  @Test
  void BDB_13_4_1_reactivation_after_the_stop_costs_a_surcharge() {
    assertThat(terms(CONSUMER, MAINTENANCE).renewal().reactivationSurcharge()).isTrue();
    assertThat(terms(CONSUMER, MAINTENANCE).renewal().reactivationClause()).isEqualTo("BDB-13.4.1");
  }

  @Test
  void BDB_13_4_4_provider_ends_maintenance_at_term_with_2_months_notice_by_registered_letter() {
    Terms.Renewal renewal = terms(PROFESSIONAL, MAINTENANCE).renewal();
    assertThat(renewal.providerNoticeMonths()).isEqualTo(2);
    assertThat(renewal.providerTerminationChannel()).isEqualTo(RequiredChannel.REGISTERED_LETTER);
    assertThat(renewal.providerTerminationClause()).isEqualTo("BDB-13.4.4");
  }

  @Test
  void BDB_16_4_monthly_debit_on_the_25th_and_BDB_13_2_a_preventive_visit_every_month() {
    Terms.Renewal renewal = terms(PROFESSIONAL, MAINTENANCE).renewal();
    assertThat(renewal.monthlyDebitDayOfMonth()).isEqualTo(25);
    assertThat(renewal.preventiveVisitIntervalMonths()).isEqualTo(1);
    assertThat(renewal.serviceClause()).isEqualTo("BDB-13.2");
  }

  @Test
  void BDB_a_creation_has_no_term_renewal_or_notice() {
    Terms.Renewal renewal = terms(PROFESSIONAL, PROJECT).renewal();
    for (var component : Terms.Renewal.class.getRecordComponents()) {
      absent(renewal, component.getName());
    }
  }
}
