package be.contractflow.process.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.DeadlineKind;
import be.contractflow.process.delivery.ProductionDates.Due;
import be.contractflow.support.TermsRecords;
import be.contractflow.terms.Terms;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contents and build dates of a site, counted in Belgian business days. */
class ProductionDatesTest {

  private final BusinessCalendar calendar = BusinessCalendar.belgian();
  private static final String CONTRACT = "C-2026-0001";

  /** De Bruijne outside rentals as terms-delivery states it (BDB-6.3). */
  private static final Terms.Delivery DE_BRUIJNE = TermsRecords.of(Terms.Delivery.class, Map.of(
      "contentsDueBusinessDays", 10, "deliveryBusinessDays", 10, "contentsClause", "BDB-6.3",
      "waitingClause", "BDB-11.2"));

  /** Virtura: no contents period, the client's delay suspends the work (VIR-3.2). */
  private static final Terms.Delivery VIRTURA = TermsRecords.of(Terms.Delivery.class,
      Map.of("waitingClause", "VIR-3.2"));

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void BDB_6_3_contents_are_due_10_business_days_after_the_order_skipping_Easter_Monday() {
    Due contents = ProductionDates.contentsDue(calendar, DE_BRUIJNE, CONTRACT, d("2026-03-30"), 5);

    assertThat(contents.date()).isEqualTo(d("2026-04-14"));
    assertThat(contents.kind()).isEqualTo(DeadlineKind.CONTENTS);
    assertThat(contents.key()).isEqualTo("delivery/" + CONTRACT + "/contents");
    assertThat(contents.clause()).isEqualTo("BDB-6.3");
    assertThat(contents.label()).isEqualTo("Client contents due");
    assertThat(contents.offset()).isEqualTo("10 business days");
  }

  @Test
  void BDB_6_3_the_site_is_due_10_business_days_after_the_contents_skipping_Ascension_and_Whit_Monday() {
    Due build = ProductionDates.buildDue(calendar, DE_BRUIJNE, CONTRACT, d("2026-05-08"), 20);

    assertThat(build.date()).isEqualTo(d("2026-05-26"));
    assertThat(build.kind()).isEqualTo(DeadlineKind.BUILD);
    assertThat(build.label()).isEqualTo("Site delivery due");
    assertThat(build.clause()).isEqualTo("BDB-6.3");
  }

  @Test
  void BDB_6_3_contents_received_before_Christmas_make_the_site_due_after_New_Year() {
    assertThat(ProductionDates.buildDue(calendar, DE_BRUIJNE, CONTRACT, d("2026-12-21"), 20)
        .date()).isEqualTo(d("2027-01-06"));
  }

  @Test
  void VIR_3_2_without_a_contents_period_the_follow_up_is_the_default_and_no_deadline() {
    // Friday 17 July + 5 business days, 21 July (national day) skipped
    Due contents = ProductionDates.contentsDue(calendar, VIRTURA, CONTRACT, d("2026-07-17"), 5);

    assertThat(contents.date()).isEqualTo(d("2026-07-27"));
    assertThat(contents.isDeadline()).isFalse();
    assertThat(contents.key()).isNull();
    assertThat(ProductionDates.buildDue(calendar, VIRTURA, CONTRACT, d("2026-07-17"), 5)
        .isDeadline()).isFalse();
  }
}
