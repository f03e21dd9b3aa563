package be.contractflow.process.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.process.payment.DunningPlan.Dated;
import be.contractflow.support.TermsRecords;
import be.contractflow.terms.SuspensionStart;
import be.contractflow.terms.Terms;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dates of a dunning, per agency, with the Belgian calendar's edge cases: the last day of a
 * delay on a weekend or a public holiday moves to the next business day (art. 1.7), the
 * suspension starts the day after it, a reminder day is a calendar day.
 */
class DunningPlanTest {

  private final BusinessCalendar calendar = BusinessCalendar.belgian();

  /** Virtura as terms-dunning states it (VIR-4, VIR-9). */
  private static final Terms.Dunning VIRTURA = TermsRecords.of(Terms.Dunning.class, Map.of(
      "reminderCount", 1, "reminderDelayDays", 1, "reminderPaymentDays", 15,
      "reminderClause", "VIR-4", "suspensionFrom", SuspensionStart.REMINDER_DATE,
      "suspensionDelayDays", 15, "suspensionClause", "VIR-9"));

  /** WJA as terms-dunning states it (WJA-11, WJA-12; the reminder is Book XIX's). */
  private static final Terms.Dunning WJA = TermsRecords.of(Terms.Dunning.class, Map.of(
      "suspensionFrom", SuspensionStart.DUE_DATE, "suspensionDelayDays", 0,
      "suspensionClause", "WJA-11", "formalNoticeResolutionDays", 15,
      "resolutionClause", "WJA-12"));

  /** De Bruijne rentals as terms-dunning states it (BDB-R5.2). */
  private static final Terms.Dunning DE_BRUIJNE_RENTAL = TermsRecords.of(Terms.Dunning.class,
      Map.of("suspensionFrom", SuspensionStart.INVOICE_DATE, "suspensionDelayDays", 15,
          "suspensionClause", "BDB-R5.2"));

  /** De Bruijne outside rentals (BDB-16.6). */
  private static final Terms.Dunning DE_BRUIJNE = TermsRecords.of(Terms.Dunning.class, Map.of(
      "suspensionFrom", SuspensionStart.DUE_DATE, "suspensionDelayDays", 0,
      "suspensionClause", "BDB-16.6"));

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private Dated suspension(Terms.Dunning terms, String issued, String due, String reminder) {
    return DunningPlan.suspensionDay(calendar, terms, d(issued), d(due), d(reminder))
        .orElseThrow();
  }

  // --- Virtura -----------------------------------------------------------------------------

  @Test
  void VIR_4_the_reminder_leaves_the_day_after_the_due_date_even_a_Saturday() {
    Dated reminder = DunningPlan.reminderDay(VIRTURA, d("2026-04-03"), null);

    assertThat(reminder.date()).isEqualTo(d("2026-04-04"));
    assertThat(reminder.clause()).isEqualTo("VIR-4");
    assertThat(reminder.inputs()).containsExactly(entry("dueDate", d("2026-04-03")),
        entry("reminderDelayDays", 1));
  }

  @Test
  void VIR_4_a_resumed_dunning_keeps_the_day_its_reminder_was_sent() {
    assertThat(DunningPlan.reminderDay(VIRTURA, d("2026-04-03"), d("2026-04-06")).date())
        .isEqualTo(d("2026-04-06"));
  }

  @Test
  void VIR_4_the_reminder_states_payment_within_15_days_and_the_national_day_moves_it() {
    Dated payment = DunningPlan.reminderPaymentDate(calendar, VIRTURA, d("2026-07-06"));

    assertThat(payment.date()).isEqualTo(d("2026-07-22"));
    assertThat(payment.clause()).isEqualTo("VIR-4");
    assertThat(payment.inputs()).containsEntry("reminderPaymentDays", 15);
  }

  @Test
  void VIR_9_planned_suspension_is_the_day_after_15_days_from_the_reminder_rolled_off_a_Sunday() {
    // reminder Saturday 4 April + 15 = Sunday 19 April, so Monday 20: suspended from the 21st
    Dated suspension = suspension(VIRTURA, "2026-03-04", "2026-04-03", "2026-04-04");

    assertThat(suspension.date()).isEqualTo(d("2026-04-21"));
    assertThat(suspension.clause()).isEqualTo("VIR-9");
    assertThat(suspension.inputs()).containsEntry("countedFrom", "REMINDER_DATE")
        .containsEntry("lastDayOfTheDelay", d("2026-04-20"));
  }

  @Test
  void VIR_9_counted_from_the_proven_sending_a_delay_ending_on_Whit_Monday_ends_on_Tuesday() {
    // sent Sunday 10 May + 15 = Whit Monday 25 May, so Tuesday 26: suspended from the 27th
    Dated suspension = DunningPlan.suspensionAfterSending(calendar, VIRTURA, d("2026-05-10"));

    assertThat(suspension.date()).isEqualTo(d("2026-05-27"));
    assertThat(suspension.inputs()).containsEntry("countedFrom", "REMINDER_SENT")
        .containsEntry("from", d("2026-05-10"));
  }

  // --- WJA ---------------------------------------------------------------------------------

  @Test
  void WJA_11_services_may_be_suspended_the_day_after_the_due_date() {
    assertThat(suspension(WJA, "2026-03-16", "2026-04-15", "2026-04-16").date())
        .isEqualTo(d("2026-04-16"));
  }

  @Test
  void WJA_11_a_due_date_on_Labour_Day_is_rolled_to_Monday_so_suspension_from_Tuesday() {
    Dated suspension = suspension(WJA, "2026-04-01", "2026-05-01", "2026-05-02");

    assertThat(suspension.date()).isEqualTo(d("2026-05-05"));
    assertThat(suspension.clause()).isEqualTo("WJA-11");
  }

  @Test
  void Book_XIX_a_consumer_reminder_without_terms_states_14_days_rolled_off_Labour_Day() {
    Dated reminder = DunningPlan.reminderDay(WJA, d("2026-04-16"), null);
    Dated payment = DunningPlan.reminderPaymentDate(calendar, WJA, d("2026-04-17"));

    assertThat(reminder.date()).isEqualTo(d("2026-04-17"));
    assertThat(reminder.clause()).isEqualTo("CEL-XIX.2");
    // 17 April + 14 = 1 May, Labour Day, then the weekend
    assertThat(payment.date()).isEqualTo(d("2026-05-04"));
    assertThat(payment.clause()).isEqualTo("CEL-XIX.2");
  }

  @Test
  void WJA_12_a_formal_notice_posted_on_10_December_expires_after_Christmas() {
    Dated expiry = DunningPlan.formalNoticeExpiry(calendar, WJA, d("2026-12-10"));

    assertThat(expiry.date()).isEqualTo(d("2026-12-28"));
    assertThat(expiry.clause()).isEqualTo("WJA-12");
    assertThat(expiry.inputs()).containsExactly(entry("postedOn", d("2026-12-10")),
        entry("formalNoticeResolutionDays", 15));
  }

  // --- De Bruijne --------------------------------------------------------------------------

  @Test
  void BDB_R5_2_a_rental_is_suspended_the_day_after_15_days_from_the_invoice_at_a_month_end() {
    // invoice 31 January + 15 = Sunday 15 February, so Monday 16: suspended from the 17th
    Dated suspension = suspension(DE_BRUIJNE_RENTAL, "2026-01-31", "2026-01-31", "2026-02-01");

    assertThat(suspension.date()).isEqualTo(d("2026-02-17"));
    assertThat(suspension.clause()).isEqualTo("BDB-R5.2");
  }

  @Test
  void BDB_16_6_services_may_be_suspended_the_day_after_the_due_date_rolled_off_a_weekend() {
    // due Saturday 28 February: the last day is Monday 2 March
    assertThat(suspension(DE_BRUIJNE, "2026-02-13", "2026-02-28", "2026-03-01").date())
        .isEqualTo(d("2026-03-03"));
  }

  @Test
  void terms_that_suspend_nothing_plan_no_suspension() {
    Terms.Dunning none = TermsRecords.of(Terms.Dunning.class, Map.of());
    assertThat(DunningPlan.suspensionDay(calendar, none, d("2026-03-02"), d("2026-04-01"),
        d("2026-04-02"))).isEmpty();
  }
}
