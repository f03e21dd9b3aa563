package be.contractflow.money;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatutoryRatesTest {

  private final StatutoryRates rates = StatutoryRates.shipped();

  @Test
  void the_shipped_table_holds_the_half_years_of_clauses_md() {
    String[][] expected = {{"2022-03-01", "8"}, {"2022-12-31", "8"}, {"2023-06-30", "10.5"},
        {"2023-07-01", "12"}, {"2024-01-01", "12.5"}, {"2024-12-31", "12.5"}, {"2025-02-01", "11.5"},
        {"2025-07-01", "10.5"}, {"2026-06-30", "10.5"}};
    for (String[] row : expected) {
      assertThat(rates.rateOn(parse(row[0])).ratePercent()).as(row[0]).isEqualByComparingTo(row[1]);
    }
    assertThat(rates.rateOn(parse("2023-07-01")).halfYear()).isEqualTo("2023-H2");
  }

  @Test
  void LAW_2002_5_the_2026_H2_rate_is_published_10_5_percent_and_cites_its_source() {
    // ECB main refinancing rate 2.15 % on 1 July 2026 + 8 points = 10.15, up to the half point
    StatutoryRates.Rate rate = rates.rateOn(parse("2026-09-15"));
    assertThat(rate.ratePercent()).isEqualByComparingTo("10.5");
    assertThat(rate.published()).isTrue();
    assertThat(rate.source()).startsWith("statutory rate 2026-H2 (ECB MRO 2.15 % on 1 Jul 2026")
        .contains("Moniteur belge");
  }

  @Test
  void LAW_2002_5_a_date_beyond_the_table_uses_the_last_known_rate_and_says_so() {
    // 2027-H1 is published in January 2027: on 2 December 2026 it is not known
    StatutoryRates.Rate rate = rates.rateOn(parse("2027-03-15"));
    assertThat(rate.ratePercent()).isEqualByComparingTo("10.5");
    assertThat(rate.published()).isFalse();
    assertThat(rate.source()).isEqualTo("2027-H1 not yet in the table: last known rate (2026-H2) used");
  }

  @Test
  void every_row_of_the_shipped_decision_cites_its_source() throws Exception {
    try (var in = getClass().getClassLoader().getResourceAsStream(StatutoryRates.RESOURCE)) {
      var model = org.camunda.bpm.model.dmn.Dmn.readModelFromStream(in);
      var rules = model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Rule.class);
      assertThat(rules).isNotEmpty().allSatisfy(rule -> assertThat(rule.getDescription()
          .getTextContent()).contains("law of 2 Aug 2002 art. 5").contains("Moniteur belge"));
    }
  }

  @Test
  void a_date_before_the_table_is_refused_with_what_to_add() {
    assertThatThrownBy(() -> rates.rateOn(parse("2021-12-31")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no statutory interest rate for 2021-H2")
        .hasMessageContaining("add the earlier half-years");
  }

  @Test
  void BOOK_XIX_consumer_interest_is_capped_at_the_statutory_rate_of_each_half_year() {
    // WJA-10b 1%/month = 12%/year; 21-30 Jun 2023 at 10.5% (capped), 1-10 Jul 2023 at 12%
    // 1000 × (10.5% × 10 + 12% × 10) / 365 = 6.164
    Calculation interest = rates.consumerInterest("WJA-10b", new BigDecimal("1000.00"),
        BigDecimal.valueOf(12), parse("2023-06-20"), parse("2023-07-10"));
    assertThat(interest.amount()).isEqualTo("6.16");
    assertThat(interest.inputs())
        .containsEntry("from", parse("2023-06-21"))
        .containsEntry("days", 20)
        .containsEntry("segments", "2023-H1: 10 days at 10.5%; 2023-H2: 10 days at 12%")
        .containsEntry("cap", "contractual rate capped at the statutory rate (CEL Book XIX)");
  }

  @Test
  void VIR_4_a_consumer_pays_the_contractual_10_percent_when_it_is_below_the_statutory_rate() {
    // 2024-H1 statutory 12.5%: 10% applies; 3650 × 10% × 10 / 365 = 10.00
    Calculation interest = rates.consumerInterest("VIR-4", new BigDecimal("3650.00"), BigDecimal.TEN,
        parse("2024-03-01"), parse("2024-03-11"));
    assertThat(interest.amount()).isEqualTo("10.00");
    assertThat(interest.inputs())
        .containsEntry("cap", "contractual rate within the statutory rate")
        .containsEntry("ratePublished", "yes");
    assertThat((String) interest.inputs().get("rateSource")).startsWith("statutory rate 2024-H1 (");
  }

  @Test
  void without_a_contractual_rate_the_statutory_rate_applies() {
    // 2025-H1 11.5%: 3650 × 11.5% × 10 / 365 = 11.50
    Calculation interest = rates.statutoryInterest("VIR-4", new BigDecimal("3650.00"),
        parse("2025-03-01"), parse("2025-03-11"));
    assertThat(interest.amount()).isEqualTo("11.50");
    assertThat(interest.inputs()).containsEntry("contractualRate", "none stated");
  }

  @Test
  void interest_beyond_the_table_is_computed_at_the_last_known_rate_and_says_so() {
    Calculation interest = rates.consumerInterest("VIR-4", new BigDecimal("3650.00"),
        BigDecimal.valueOf(12), parse("2026-12-25"), parse("2027-01-04"));
    assertThat(interest.amount()).isEqualTo("10.50");
    assertThat((String) interest.inputs().get("rateSource")).startsWith("statutory rate 2026-H2 (")
        .endsWith("; 2027-H1 not yet in the table: last known rate (2026-H2) used");
    assertThat(interest.inputs()).containsEntry("ratePublished",
        "no: last known rate used, to be confirmed");
  }

  @Test
  void staff_extend_the_table_with_a_row(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("rates.csv");
    Files.writeString(file, "halfYear,ratePercent\n2026-H1,10.5\n2026-H2,10\n");
    StatutoryRates extended = StatutoryRates.load(file);
    assertThat(extended.rateOn(parse("2026-09-15")).ratePercent()).isEqualByComparingTo("10");
    assertThat(extended.rateOn(parse("2026-09-15")).source()).isEqualTo("statutory rate 2026-H2");
  }

  @Test
  void a_table_with_a_gap_a_duplicate_or_a_typo_is_refused_with_its_line() {
    assertThatThrownBy(() -> read("halfYear,ratePercent\n2025-H1,11.5\n2026-H1,10.5\n"))
        .hasMessageContaining("2025-H2 is missing");
    assertThatThrownBy(() -> read("halfYear,ratePercent\n2025-H1,11.5\n2025-H1,11\n"))
        .hasMessageContaining("line 3: 2025-H1 appears twice");
    assertThatThrownBy(() -> read("halfYear,ratePercent\n2025-1,11.5\n"))
        .hasMessageContaining("line 2: halfYear must look like 2026-H1 or 2026-H2");
    assertThatThrownBy(() -> read("halfYear,ratePercent\n2025-H1,11,5\n"))
        .hasMessageContaining("line 2: expected 2 values");
    assertThatThrownBy(() -> read("half,rate\n2025-H1,11.5\n"))
        .hasMessageContaining("expected the header halfYear,ratePercent");
  }

  private static StatutoryRates read(String csv) {
    return new StatutoryRates(new StringReader(csv));
  }
}
