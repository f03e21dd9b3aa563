package be.contractflow.terms;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The terms decisions pinned per contract ({@code cf_contract_terms_version}); insert-only (a
 * database trigger refuses every update and delete, V87).
 *
 * <p>Because a contract's pins never change once committed, the pins read are kept in a bounded
 * cache per node: every job of a contract evaluates its terms, and the month-end storm read the
 * same rows seven times per invoice. Pins enter the cache only once committed (read outside a
 * transaction, or after the commit of the one that read them), so a rolled-back signature never
 * leaves pins behind; an unsigned contract (no pins) is never cached.
 */
@Repository
public class ContractTermsVersions {

  /** Contracts whose pins a node keeps; a contract past it is read again from the database. */
  static final int CACHED_CONTRACTS = 10_000;

  private final JdbcClient jdbc;
  private final Map<String, Map<String, TermsVersion>> committed =
      Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, TermsVersion>> eldest) {
          return size() > CACHED_CONTRACTS;
        }
      });

  public ContractTermsVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The pinned decisions of a contract by decision key; empty while it is not signed. */
  public Map<String, TermsVersion> of(String contractNumber) {
    Map<String, TermsVersion> cached = committed.get(contractNumber);
    if (cached != null) {
      return cached;
    }
    Map<String, TermsVersion> pinned = read(contractNumber);
    if (!pinned.isEmpty()) {
      keepOnceCommitted(contractNumber, pinned);
    }
    return pinned;
  }

  private void keepOnceCommitted(String contractNumber, Map<String, TermsVersion> pinned) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      committed.put(contractNumber, pinned);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        committed.put(contractNumber, pinned);
      }
    });
  }

  private Map<String, TermsVersion> read(String contractNumber) {
    var pinned = new LinkedHashMap<String, TermsVersion>();
    jdbc.sql("""
            select decision_key, decision_definition_id, decision_version
            from cf_contract_terms_version where contract_number = ? order by decision_key""")
        .param(contractNumber)
        .query((rs, n) -> new TermsVersion(rs.getString(1), rs.getString(2), rs.getInt(3)))
        .list()
        .forEach(v -> pinned.put(v.decisionKey(), v));
    return Collections.unmodifiableMap(pinned);
  }

  /** Pins {@code versions} for the contract unless it already has pins (a second call is a no-op). */
  public void pin(String contractNumber, Collection<TermsVersion> versions, OffsetDateTime at) {
    if (!read(contractNumber).isEmpty()) {
      return;
    }
    for (TermsVersion version : versions) {
      jdbc.sql("""
              insert into cf_contract_terms_version (contract_number, decision_key,
                  decision_definition_id, decision_version, pinned_at)
              values (?, ?, ?, ?, ?)""")
          .params(contractNumber, version.decisionKey(), version.decisionDefinitionId(),
              version.version(), at)
          .update();
    }
  }
}
