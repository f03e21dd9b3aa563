package be.contractflow.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.support.ConcurrentNumbering;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Invoice numbers are sequential per year without gaps (Belgian VAT code), even concurrently. */
@SpringBootTest
@ActiveProfiles("test")
class NumberSequenceTest {

  @Autowired NumberSequence numbers;
  @Autowired TransactionTemplate tx;

  @Test
  void concurrent_issuers_get_consecutive_numbers_and_a_rollback_gives_its_number_back()
      throws Exception {
    var committed = ConcurrentNumbering.draw(numbers, tx, "T", 2031, 6, 15, 5);

    assertThat(committed).containsExactlyInAnyOrderElementsOf(
        IntStream.rangeClosed(1, 6 * 12).boxed().toList());
    Integer firstOfNextYear = tx.execute(status -> numbers.next("T", 2032));
    assertThat(firstOfNextYear).isEqualTo(1);
  }
}
