package be.contractflow.support;

import be.contractflow.ledger.NumberSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.springframework.transaction.support.TransactionTemplate;

/** Many issuers drawing numbers at once, some of them rolling back: what gapless must survive. */
public final class ConcurrentNumbering {

  private ConcurrentNumbering() {}

  /**
   * Runs {@code threads} issuers drawing {@code perThread} numbers each, every
   * {@code rollbackEvery}-th draw rolled back; returns the numbers of the committed draws.
   */
  public static List<Integer> draw(NumberSequence numbers, TransactionTemplate tx, String series,
      int year, int threads, int perThread, int rollbackEvery) throws Exception {
    List<Integer> committed = Collections.synchronizedList(new ArrayList<>());
    var pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Void>> work = IntStream.range(0, threads).<Callable<Void>>mapToObj(t -> () -> {
        for (int i = 1; i <= perThread; i++) {
          boolean rollBack = i % rollbackEvery == 0;
          Integer number = tx.execute(status -> {
            int next = numbers.next(series, year);
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
    } finally {
      pool.shutdown();
    }
    return committed;
  }
}
