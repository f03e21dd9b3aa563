package be.contractflow.money;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexationTest {

  private static final BigDecimal NINETY = new BigDecimal("90.00");

  private final CpiTable cpi = new CpiTable(new StringReader("""
      # test values
      month,value,base
      2023-09,128.23,2013=100
      2024-09,132.00,2013=100
      2025-12,136.21,2013=100
      2026-01,101.20,2025=100
      """));

  @Test
  void VIR_8_the_hourly_rate_follows_the_cpi_of_the_month_before_each_date() {
    // start 15 Oct 2023 -> CPI Sep 2023; anniversary 15 Oct 2024 -> CPI Sep 2024
    // 90 × 132.00 / 128.23 = 92.646
    Calculation rate = Indexation.rate("VIR-8", cpi, NINETY, parse("2023-10-15"), parse("2024-10-15"));
    assertThat(rate.amount()).isEqualTo("92.65");
    assertThat(rate.inputs())
        .containsEntry("startIndexMonth", "2023-09")
        .containsEntry("startIndex", new BigDecimal("128.23"))
        .containsEntry("anniversaryIndexMonth", "2024-09")
        .containsEntry("anniversaryIndex", new BigDecimal("132.00"))
        .containsEntry("indexBase", "2013=100");
  }

  @Test
  void VIR_8_a_missing_month_is_refused_naming_the_line_to_add() {
    assertThatThrownBy(() -> Indexation.rate("VIR-8", cpi, NINETY, parse("2023-10-15"), parse("2025-10-15")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the consumer price index of 2025-09 is missing")
        .hasMessageContaining("add the line \"2025-09,<value>,<base>\"");
  }

  @Test
  void VIR_8_values_in_different_bases_are_never_mixed() {
    assertThatThrownBy(() -> Indexation.rate("VIR-8", cpi, NINETY, parse("2024-10-01"), parse("2026-02-01")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("different bases: 2024-09 is in base 2013=100, 2026-01 in base 2025=100");
  }

  @Test
  void an_anniversary_before_the_start_is_refused() {
    assertThatThrownBy(() -> Indexation.rate("VIR-8", cpi, NINETY, parse("2024-10-15"), parse("2023-10-15")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_shipped_cpi_table_covers_every_month_from_2022_01_to_2026_10_in_one_base() {
    CpiTable shipped = CpiTable.shipped();
    for (YearMonth month = YearMonth.of(2022, 1); !month.isAfter(YearMonth.of(2026, 10));
        month = month.plusMonths(1)) {
      assertThat(shipped.of(month).base()).as(month.toString()).isEqualTo("2013=100");
    }
    // values checked against the FPS Economy notices
    assertThat(shipped.of(YearMonth.of(2023, 10)).value()).isEqualByComparingTo("128.67");
    assertThat(shipped.of(YearMonth.of(2024, 1)).value()).isEqualByComparingTo("130.08");
  }

  @Test
  void staff_can_use_their_own_cpi_file(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cpi.csv");
    Files.writeString(file, "month,value,base\n2026-10,103.10,2025=100\n2027-10,105.00,2025=100\n");
    Calculation rate = Indexation.rate("VIR-8", CpiTable.load(file), NINETY, parse("2026-11-01"),
        parse("2027-11-01"));
    // 90 × 105.00 / 103.10 = 91.6586
    assertThat(rate.amount()).isEqualTo("91.66");
  }

  @Test
  void a_cpi_file_with_a_duplicate_or_a_bad_value_is_refused_with_its_line() {
    assertThatThrownBy(() -> new CpiTable(new StringReader(
        "month,value,base\n2026-01,101.2,2025=100\n2026-01,101.3,2025=100\n")))
        .hasMessageContaining("line 3: 2026-01 appears twice");
    assertThatThrownBy(() -> new CpiTable(new StringReader("month,value,base\n2026-01,abc,2025=100\n")))
        .hasMessageContaining("line 2: value must be a number");
    assertThatThrownBy(() -> new CpiTable(new StringReader("month,value,base\n2026-1,101.2,2025=100\n")))
        .hasMessageContaining("line 2: month must look like 2026-01");
    assertThatThrownBy(() -> new CpiTable(new StringReader("month,value,base\n2026-01,101.2,\n")))
        .hasMessageContaining("line 2: base is missing");
  }
}
