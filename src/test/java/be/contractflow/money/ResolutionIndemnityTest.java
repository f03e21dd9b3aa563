package be.contractflow.money;

import static be.contractflow.money.ResolutionIndemnity.ResolvedContract.oneOff;
import static be.contractflow.money.ResolutionIndemnity.ResolvedContract.recurring;
import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.Period;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolutionIndemnityTest {

  @Test
  void WJA_12_indemnity_is_30_percent_of_all_resolved_contracts_recurring_ones_annualised() {
    Calculation indemnity = ResolutionIndemnity.of("WJA-12", List.of(
            oneOff("C-2026-0001", new BigDecimal("3000.00")),
            recurring("C-2026-0002", new BigDecimal("25.00"), Period.MONTHLY),
            recurring("C-2026-0003", new BigDecimal("150.00"), Period.QUARTERLY)),
        BigDecimal.valueOf(30));
    // 3000 + 25 × 12 + 150 × 4 = 3900; 30% = 1170
    assertThat(indemnity.amount()).isEqualTo("1170.00");
    assertThat(indemnity.inputs())
        .containsEntry("base", new BigDecimal("3900.00"))
        .containsEntry("contractCount", 3)
        .containsEntry("contracts", "C-2026-0001 3000.00; C-2026-0002 25.00 × 12 (MONTHLY) = 300.00; "
            + "C-2026-0003 150.00 × 4 (QUARTERLY) = 600.00");
  }
}
