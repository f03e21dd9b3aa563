package be.contractflow.process.termination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.Party;
import be.contractflow.terms.Terms;
import be.contractflow.terms.TermsService;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The effective end date per clause and profile, from the deployed terms tables. */
@SpringBootTest
@ActiveProfiles("test")
class EffectiveEndTest {

  @Autowired TermsService terms;
  @Autowired BusinessCalendar calendar;

  private EffectiveEnd.Outcome end(String profile, ContractKind kind, LocalDate start, Party by,
      TerminationGround ground, String channel, LocalDate date, String reason,
      int interruptionDays) {
    Terms.Renewal rules = terms.termsFor(profile, ClientType.PROFESSIONAL, kind).renewal();
    return EffectiveEnd.of(calendar, rules, start,
        new EffectiveEnd.Request(by, ground, channel, date, reason, null), interruptionDays);
  }

  private EffectiveEnd.Outcome notice(String profile, ContractKind kind, LocalDate start,
      Party by, String channel, LocalDate date) {
    return end(profile, kind, start, by, TerminationGround.NOTICE, channel, date, null, 0);
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void VIR_7_three_months_written_notice_received_20_May_runs_to_20_August() {
    var outcome = notice("virtura", ContractKind.RECURRING, d("2026-01-15"), Party.CLIENT,
        "EMAIL", d("2026-05-20"));
    assertThat(outcome.effectiveEndDate()).isEqualTo(d("2026-08-20"));
    assertThat(outcome.clause()).isEqualTo("VIR-7");
    assertThat(outcome.deferred()).isFalse();
  }

  @Test
  void VIR_7_either_party_may_terminate_and_30_November_plus_3_months_is_28_February() {
    var outcome = notice("virtura", ContractKind.HOSTING, d("2025-01-15"), Party.PROVIDER,
        "REGISTERED_LETTER", d("2026-11-30"));
    assertThat(outcome.effectiveEndDate()).isEqualTo(d("2027-02-28"));
  }

  @Test
  void VIR_7_notice_by_phone_is_refused_it_must_be_written() {
    assertThatThrownBy(() -> notice("virtura", ContractKind.RECURRING, d("2026-01-15"),
        Party.CLIENT, "PHONE", d("2026-05-20")))
        .isInstanceOf(ConflictException.class).hasMessageContaining("VIR-7")
        .hasMessageContaining("EMAIL");
  }

  @Test
  void WJA_21_registered_letter_3_months_before_the_term_ends_the_contract_at_this_term() {
    // term 10 Feb 2026 – 9 Feb 2027; notice by 10 Nov 2026 (3 months before the anniversary)
    var outcome = notice("wja", ContractKind.HOSTING, d("2026-02-10"), Party.CLIENT,
        "REGISTERED_LETTER", d("2026-11-10"));
    assertThat(outcome.effectiveEndDate()).isEqualTo(d("2027-02-09"));
    assertThat(outcome.deferred()).isFalse();
    assertThat(outcome.noticeDeadline()).isEqualTo(d("2026-11-10"));
  }

  @Test
  void WJA_21_a_notice_too_late_for_this_term_ends_the_contract_at_the_next_term() {
    var outcome = notice("wja", ContractKind.HOSTING, d("2026-02-10"), Party.CLIENT,
        "REGISTERED_LETTER", d("2026-11-11"));
    assertThat(outcome.effectiveEndDate()).isEqualTo(d("2028-02-09"));
    assertThat(outcome.deferred()).isTrue();
    assertThat(outcome.explanation()).contains("WJA-21").contains("2026-11-10");
  }

  @Test
  void WJA_21_a_cancellation_by_email_is_refused_a_registered_letter_is_required() {
    assertThatThrownBy(() -> notice("wja", ContractKind.HOSTING, d("2026-02-10"), Party.CLIENT,
        "EMAIL", d("2026-06-01")))
        .isInstanceOf(ConflictException.class).hasMessageContaining("WJA-21")
        .hasMessageContaining("REGISTERED_LETTER");
  }

  @Test
  void BDB_R9_3_and_R13_1_a_first_year_stop_is_deferred_to_the_anniversary_and_the_site_stored() {
    var outcome = notice("debruijne", ContractKind.RENTAL, d("2026-03-04"), Party.CLIENT,
        "REGISTERED_LETTER", d("2026-06-10"));
    assertThat(outcome.effectiveEndDate()).isEqualTo(d("2027-03-03"));
    assertThat(outcome.deferred()).isTrue();
    assertThat(outcome.storeSite()).isTrue();
    assertThat(outcome.clause()).isEqualTo("BDB-R9.3");
    assertThat(outcome.explanation()).contains("BDB-R13.1");
  }

  @Test
  void BDB_R13_1_a_stop_by_email_is_refused_a_registered_letter_is_required() {
    assertThatThrownBy(() -> notice("debruijne", ContractKind.RENTAL, d("2026-03-04"),
        Party.CLIENT, "EMAIL", d("2026-06-10")))
        .isInstanceOf(ConflictException.class).hasMessageContaining("BDB-R13.1");
  }

  @Test
  void BDB_R10_after_the_first_year_a_rental_ends_at_the_end_of_the_contract_year() {
    var outcome = notice("debruijne", ContractKind.RENTAL, d("2026-03-04"), Party.CLIENT,
        "REGISTERED_LETTER", d("2027-06-10"));
    assertThat(outcome.effectiveEndDate()).isEqualTo(d("2028-03-03"));
    assertThat(outcome.storeSite()).isFalse();
    assertThat(outcome.clause()).isEqualTo("BDB-R13.1");
  }

  @Test
  void BDB_R10_a_rental_started_on_29_February_runs_its_first_year_to_28_February() {
    // 29 Feb 2028 + 12 months: no 29 Feb in 2029, the term ends on the last day of February
    var outcome = notice("debruijne", ContractKind.RENTAL, d("2028-02-29"), Party.CLIENT,
        "REGISTERED_LETTER", d("2028-05-02"));
    assertThat(outcome.effectiveEndDate()).isEqualTo(d("2029-02-28"));
  }

  @Test
  void BDB_13_4_a_maintenance_contract_is_not_ended_before_term_without_consent() {
    assertThatThrownBy(() -> notice("debruijne", ContractKind.MAINTENANCE, d("2026-03-02"),
        Party.CLIENT, "REGISTERED_LETTER", d("2026-06-10")))
        .isInstanceOf(ConflictException.class).hasMessageContaining("BDB-13.4")
        .hasMessageContaining("FORCE_MAJEURE");
  }

  @Test
  void BDB_13_4_force_majeure_recorded_with_its_reason_ends_the_contract_at_once() {
    var outcome = end("debruijne", ContractKind.MAINTENANCE, d("2026-03-02"), Party.CLIENT,
        TerminationGround.FORCE_MAJEURE, "IN_PERSON", d("2026-06-10"), "Company destroyed by fire",
        0);
    assertThat(outcome.effectiveEndDate()).isEqualTo(d("2026-06-10"));
    assertThat(outcome.endsAtOnce()).isTrue();
    assertThat(outcome.clause()).isEqualTo("BDB-13.4");
    assertThatThrownBy(() -> end("debruijne", ContractKind.MAINTENANCE, d("2026-03-02"),
        Party.CLIENT, TerminationGround.FORCE_MAJEURE, "IN_PERSON", d("2026-06-10"), " ", 0))
        .isInstanceOf(ConflictException.class).hasMessageContaining("reason");
  }

  @Test
  void BDB_13_4_mutual_consent_ends_the_contract_at_once() {
    var outcome = end("debruijne", ContractKind.MAINTENANCE, d("2026-03-02"), Party.CLIENT,
        TerminationGround.fromReason("MUTUAL_CONSENT: agreed by phone"), "EMAIL",
        d("2026-06-10"), "MUTUAL_CONSENT: agreed by phone", 0);
    assertThat(outcome.effectiveEndDate()).isEqualTo(d("2026-06-10"));
    assertThat(outcome.clause()).isEqualTo("BDB-13.4");
  }

  @Test
  void BDB_13_4_4_the_provider_ends_maintenance_at_term_with_2_months_notice() {
    // term 2 Mar 2026 – 1 Mar 2027; notice by 2 Jan 2027
    var inTime = notice("debruijne", ContractKind.MAINTENANCE, d("2026-03-02"), Party.PROVIDER,
        "REGISTERED_LETTER", d("2027-01-02"));
    assertThat(inTime.effectiveEndDate()).isEqualTo(d("2027-03-01"));
    assertThat(inTime.clause()).isEqualTo("BDB-13.4.4");
    var late = notice("debruijne", ContractKind.MAINTENANCE, d("2026-03-02"), Party.PROVIDER,
        "REGISTERED_LETTER", d("2027-01-03"));
    assertThat(late.effectiveEndDate()).isEqualTo(d("2028-03-01"));
    assertThat(late.deferred()).isTrue();
  }

  @Test
  void BDB_R13_2_the_provider_ends_a_rental_at_once_for_a_grave_breach_by_reasoned_letter() {
    var outcome = end("debruijne", ContractKind.RENTAL, d("2026-03-04"), Party.PROVIDER,
        TerminationGround.GRAVE_BREACH, "REGISTERED_LETTER", d("2026-05-05"),
        "GRAVE_BREACH: illegal content published", 0);
    assertThat(outcome.effectiveEndDate()).isEqualTo(d("2026-05-05"));
    assertThat(outcome.clause()).isEqualTo("BDB-R13.2");
    assertThatThrownBy(() -> end("debruijne", ContractKind.RENTAL, d("2026-03-04"),
        Party.PROVIDER, TerminationGround.GRAVE_BREACH, "REGISTERED_LETTER", d("2026-05-05"),
        "GRAVE_BREACH", 0))
        .isInstanceOf(ConflictException.class).hasMessageContaining("reasoned");
  }

  @Test
  void BDB_R14_a_client_who_rejects_amended_terms_may_terminate_by_registered_letter() {
    var outcome = end("debruijne", ContractKind.RENTAL, d("2026-03-04"), Party.CLIENT,
        TerminationGround.CHANGE_OF_TERMS, "REGISTERED_LETTER", d("2026-07-01"),
        "CHANGE_OF_TERMS", 0);
    assertThat(outcome.effectiveEndDate()).isEqualTo(d("2026-07-01"));
    assertThat(outcome.clause()).isEqualTo("BDB-R14");
    assertThatThrownBy(() -> end("wja", ContractKind.HOSTING, d("2026-03-04"), Party.CLIENT,
        TerminationGround.CHANGE_OF_TERMS, "REGISTERED_LETTER", d("2026-07-01"), null, 0))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void BDB_R8_the_client_may_terminate_after_more_than_15_days_of_interruption() {
    assertThatThrownBy(() -> end("debruijne", ContractKind.RENTAL, d("2026-03-04"), Party.CLIENT,
        TerminationGround.SERVICE_INTERRUPTION, "REGISTERED_LETTER", d("2026-05-16"), null, 15))
        .isInstanceOf(ConflictException.class).hasMessageContaining("BDB-R8");
    var outcome = end("debruijne", ContractKind.RENTAL, d("2026-03-04"), Party.CLIENT,
        TerminationGround.SERVICE_INTERRUPTION, "REGISTERED_LETTER", d("2026-05-17"), null, 16);
    assertThat(outcome.effectiveEndDate()).isEqualTo(d("2026-05-17"));
    assertThat(outcome.clause()).isEqualTo("BDB-R8");
  }

  @Test
  void the_ground_is_read_from_the_first_word_of_the_reason() {
    assertThat(TerminationGround.fromReason("GRAVE_BREACH: spam")).isEqualTo(TerminationGround.GRAVE_BREACH);
    assertThat(TerminationGround.fromReason("mutual_consent")).isEqualTo(TerminationGround.MUTUAL_CONSENT);
    assertThat(TerminationGround.fromReason("Moving abroad")).isEqualTo(TerminationGround.NOTICE);
    assertThat(TerminationGround.fromReason("RESOLUTION")).isEqualTo(TerminationGround.NOTICE);
  }
}
