package be.contractflow.process.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.DeadlineKind;
import be.contractflow.process.delivery.GoLiveWindows.Window;
import be.contractflow.support.TermsRecords;
import be.contractflow.terms.RequiredChannel;
import be.contractflow.terms.Terms;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The windows a go-live opens, per agency, with the Belgian calendar's edge cases: a last day on a
 * weekend or a public holiday moves to the next business day, a period in months from a month's
 * end ends on the shorter month's last day (then rolled).
 */
class GoLiveWindowsTest {

  private final BusinessCalendar calendar = BusinessCalendar.belgian();
  private static final String CONTRACT = "C-2026-0001";

  /** WJA as terms-delivery states it (WJA-24, WJA-16). */
  private static final Terms.Delivery WJA = TermsRecords.of(Terms.Delivery.class, Map.of(
      "nonConformityWindowDays", 5, "nonConformityChannel", RequiredChannel.REGISTERED_LETTER,
      "nonConformityClause", "WJA-24", "hiddenDefectSaleActionMonths", 1,
      "hiddenDefectReportDays", 8, "hiddenDefectReportMonths", 2, "hiddenDefectActionMonths", 4,
      "hiddenDefectChannel", RequiredChannel.REGISTERED_LETTER, "hiddenDefectClause", "WJA-16"));

  /** De Bruijne outside rentals as terms-delivery states it (BDB-8.6, BDB-12.2, BDB-15.1). */
  private static final Terms.Delivery DE_BRUIJNE = TermsRecords.of(Terms.Delivery.class, Map.of(
      "tweakWindowDays", 15, "tweakClause", "BDB-8.6", "warrantyDays", 15,
      "warrantyClause", "BDB-12.2", "trainingMonths", 3, "trainingClause", "BDB-15.1"));

  /** Virtura and De Bruijne rentals: terms-delivery sets no window. */
  private static final Terms.Delivery NONE = TermsRecords.of(Terms.Delivery.class, Map.of());

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private GoLiveWindows.Plan wja(String goLive) {
    return GoLiveWindows.afterGoLive(calendar, WJA, CONTRACT, d(goLive));
  }

  private GoLiveWindows.Plan deBruijne(String goLive) {
    return GoLiveWindows.afterGoLive(calendar, DE_BRUIJNE, CONTRACT, d(goLive));
  }

  // --- WJA ---------------------------------------------------------------------------------

  @Test
  void WJA_24_the_non_conformity_window_is_5_days_and_a_last_day_on_Easter_Monday_moves_to_Tuesday() {
    Window window = wja("2026-04-01").window(DeadlineKind.NON_CONFORMITY).orElseThrow();

    assertThat(window.until()).isEqualTo(d("2026-04-07"));
    assertThat(window.clause()).isEqualTo("WJA-24");
    assertThat(window.key()).isEqualTo("delivery/" + CONTRACT + "/non-conformity/1");
    assertThat(window.label()).isEqualTo("Non-conformity by REGISTERED_LETTER no later than");
    assertThat(window.offset()).isEqualTo("5 days");
  }

  @Test
  void WJA_24_a_window_ending_on_a_Saturday_ends_on_Monday() {
    assertThat(wja("2026-04-13").until(DeadlineKind.NON_CONFORMITY)).isEqualTo(d("2026-04-20"));
  }

  @Test
  void WJA_24_a_corrected_site_opens_a_new_window_of_its_own_attempt_and_Ascension_moves_it() {
    Window window = GoLiveWindows.afterRedelivery(calendar, WJA, CONTRACT, d("2026-05-09"), 2);

    assertThat(window.until()).as("9 May + 5 = Ascension Thursday").isEqualTo(d("2026-05-15"));
    assertThat(window.key()).isEqualTo("delivery/" + CONTRACT + "/non-conformity/2");
    assertThat(window.label())
        .isEqualTo("Non-conformity of the corrected site by REGISTERED_LETTER no later than");
    assertThat(window.clause()).isEqualTo("WJA-24");
  }

  @Test
  void WJA_16_hidden_defects_are_reported_within_2_months_and_acted_on_within_4_from_a_month_end() {
    GoLiveWindows.Plan plan = wja("2026-12-31");

    // 31 December + 2 months = 28 February 2027, a Sunday
    assertThat(plan.until(DeadlineKind.HIDDEN_DEFECT_REPORT)).isEqualTo(d("2027-03-01"));
    assertThat(plan.until(DeadlineKind.HIDDEN_DEFECT_ACTION)).isEqualTo(d("2027-04-30"));
    assertThat(plan.window(DeadlineKind.HIDDEN_DEFECT_REPORT).orElseThrow().label())
        .isEqualTo("Hidden defects reported by REGISTERED_LETTER no later than");
    assertThat(plan.window(DeadlineKind.HIDDEN_DEFECT_ACTION).orElseThrow().clause())
        .isEqualTo("WJA-16");
  }

  @Test
  void WJA_the_terms_open_no_tweak_warranty_or_training_window() {
    GoLiveWindows.Plan plan = wja("2026-04-01");

    assertThat(plan.windows()).extracting(Window::kind).containsExactly(
        DeadlineKind.NON_CONFORMITY, DeadlineKind.HIDDEN_DEFECT_REPORT,
        DeadlineKind.HIDDEN_DEFECT_ACTION);
    assertThat(plan.until(DeadlineKind.TWEAKS)).isNull();
    assertThat(plan.key(DeadlineKind.WARRANTY)).isNull();
  }

  @Test
  void WJA_16_hardware_delivered_on_31_January_is_acted_on_by_Monday_2_March() {
    Window window = GoLiveWindows.afterHardwareDelivery(calendar, WJA, CONTRACT, d("2026-01-31"));

    // 31 January + 1 month = 28 February 2026, a Saturday
    assertThat(window.until()).isEqualTo(d("2026-03-02"));
    assertThat(window.key()).isEqualTo("delivery/" + CONTRACT + "/hardware-action/2026-01-31");
    assertThat(window.kind()).isEqualTo(DeadlineKind.HARDWARE_ACTION);
  }

  // --- De Bruijne --------------------------------------------------------------------------

  @Test
  void BDB_8_6_and_BDB_12_2_tweaks_and_warranty_run_15_days_and_the_national_day_moves_them() {
    GoLiveWindows.Plan plan = deBruijne("2026-07-06");

    // 6 July + 15 = 21 July, Belgian national day
    assertThat(plan.until(DeadlineKind.TWEAKS)).isEqualTo(d("2026-07-22"));
    assertThat(plan.until(DeadlineKind.WARRANTY)).isEqualTo(d("2026-07-22"));
    assertThat(plan.window(DeadlineKind.TWEAKS).orElseThrow().label())
        .isEqualTo("Free minor changes until");
    assertThat(plan.window(DeadlineKind.WARRANTY).orElseThrow().clause()).isEqualTo("BDB-12.2");
  }

  @Test
  void BDB_8_6_a_window_ending_on_Christmas_ends_on_the_Monday_after() {
    assertThat(deBruijne("2026-12-10").until(DeadlineKind.TWEAKS)).isEqualTo(d("2026-12-28"));
  }

  @Test
  void BDB_15_1_training_from_30_November_ends_on_28_February_a_Sunday_so_on_1_March() {
    Window training = deBruijne("2026-11-30").window(DeadlineKind.TRAINING).orElseThrow();

    assertThat(training.until()).isEqualTo(d("2027-03-01"));
    assertThat(training.offset()).isEqualTo("3 months");
    assertThat(training.label()).isEqualTo("Training to be taken until");
    assertThat(training.clause()).isEqualTo("BDB-15.1");
  }

  @Test
  void BDB_8_6_De_Bruijne_has_no_non_conformity_window_to_reopen() {
    assertThat(deBruijne("2026-07-06").until(DeadlineKind.NON_CONFORMITY)).isNull();
    assertThatThrownBy(() -> GoLiveWindows.afterRedelivery(calendar, DE_BRUIJNE, CONTRACT,
        d("2026-07-06"), 2)).isInstanceOf(IllegalStateException.class);
  }

  // --- Virtura, De Bruijne rentals -------------------------------------------------------------

  @Test
  void VIR_and_BDB_R_a_go_live_opens_no_window_where_the_terms_set_none() {
    assertThat(GoLiveWindows.afterGoLive(calendar, NONE, CONTRACT, d("2026-04-01")).windows())
        .isEmpty();
  }
}
