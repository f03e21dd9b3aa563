package be.contractflow.ledger;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Gapless numbers per series and year (invoices must be numbered without gaps, Belgian VAT code
 * art. 53). The counter row is incremented with an UPDATE, which holds its row lock until the
 * caller's transaction ends: concurrent issuers queue, and a rolled-back issue gives its number
 * back.
 */
@Repository
public class NumberSequence {

  private final JdbcClient jdbc;
  private final TransactionTemplate separate;

  public NumberSequence(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.separate = new TransactionTemplate(transactionManager);
    this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next number of the series in that year; must run inside the transaction that uses it. */
  @Transactional(propagation = Propagation.MANDATORY)
  public int next(String series, int year) {
    ensureCounter(series, year);
    jdbc.sql("update cf_number_sequence set last_value = last_value + 1 where series = ? and year_of = ?")
        .params(series, year)
        .update();
    return jdbc.sql("select last_value from cf_number_sequence where series = ? and year_of = ?")
        .params(series, year)
        .query(Integer.class)
        .single();
  }

  /** Creates the year's counter in its own transaction, so a racing creator cannot abort ours. */
  private void ensureCounter(String series, int year) {
    boolean exists = jdbc.sql("select count(*) from cf_number_sequence where series = ? and year_of = ?")
        .params(series, year).query(Integer.class).single() > 0;
    if (exists) {
      return;
    }
    try {
      separate.executeWithoutResult(status -> jdbc.sql(
              "insert into cf_number_sequence (series, year_of, last_value) values (?, ?, 0)")
          .params(series, year)
          .update());
    } catch (DuplicateKeyException alreadyCreated) {
      // another transaction created it first: fine
    }
  }
}
