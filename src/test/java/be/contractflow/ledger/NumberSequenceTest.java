package be.contractflow.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
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
    int threads = 6;
    int perThread = 15;
    List<Integer> committed = Collections.synchronizedList(new ArrayList<>());
    var pool = Executors.newFixedThreadPool(threads);
    List<Callable<Void>> work = IntStream.range(0, threads).<Callable<Void>>mapToObj(t -> () -> {
      for (int i = 0; i < perThread; i++) {
        boolean rollBack = i % 5 == 4;
        Integer number = tx.execute(status -> {
          int next = numbers.next("T", 2031);
          if (rollBack) {
            status.setRollbackOnly();
          }
          return next;
        });
        if (!rollBack) {
          committed.add(number);
        }
      }
      return null;
    }).toList();
    for (var future : pool.invokeAll(work)) {
      future.get();
    }
    pool.shutdown();

    int expected = threads * (perThread - perThread / 5);
    assertThat(committed).hasSize(expected);
    assertThat(committed).containsExactlyInAnyOrderElementsOf(
        IntStream.rangeClosed(1, expected).boxed().toList());
    Integer firstOfNextYear = tx.execute(status -> numbers.next("T", 2032));
    assertThat(firstOfNextYear).isEqualTo(1);
  }
}
