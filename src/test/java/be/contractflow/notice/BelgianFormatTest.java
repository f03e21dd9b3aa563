package be.contractflow.notice;

import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one way every document writes amounts and dates (README "Documents"). */
class BelgianFormatTest {

  private static final BigDecimal AMOUNT = new BigDecimal("1234.565");
  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

  @Test
  void French_groups_thousands_with_a_dot_and_puts_the_euro_after() {
    var fr = BelgianFormat.of(Language.fr);
    assertThat(fr.amount(AMOUNT)).isEqualTo("1.234,57\u00a0€");
    assertThat(fr.amount(new BigDecimal("-50"))).isEqualTo("-50,00\u00a0€");
    assertThat(fr.date(DAY)).isEqualTo("2 décembre 2026");
    assertThat(fr.percent(new BigDecimal("21.00"))).isEqualTo("21\u00a0%");
    assertThat(fr.quantity(new BigDecimal("1.50"))).isEqualTo("1,5");
  }

  @Test
  void Dutch_puts_the_euro_first() {
    var nl = BelgianFormat.of(Language.nl);
    assertThat(nl.amount(AMOUNT)).isEqualTo("€\u00a01.234,57");
    assertThat(nl.date(DAY)).isEqualTo("2 december 2026");
  }

  @Test
  void English_follows_British_usage() {
    var en = BelgianFormat.of(Language.en);
    assertThat(en.amount(AMOUNT)).isEqualTo("€1,234.57");
    assertThat(en.date(DAY)).isEqualTo("2 December 2026");
    assertThat(en.percent(new BigDecimal("21"))).isEqualTo("21%");
  }
}
