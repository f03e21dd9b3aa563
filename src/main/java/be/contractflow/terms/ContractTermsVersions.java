package be.contractflow.terms;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The terms decisions pinned per contract ({@code cf_contract_terms_version}); insert-only. */
@Repository
public class ContractTermsVersions {

  private final JdbcClient jdbc;

  public ContractTermsVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The pinned decisions of a contract by decision key; empty while it is not signed. */
  public Map<String, TermsVersion> of(String contractNumber) {
    var pinned = new LinkedHashMap<String, TermsVersion>();
    jdbc.sql("""
            select decision_key, decision_definition_id, decision_version
            from cf_contract_terms_version where contract_number = ? order by decision_key""")
        .param(contractNumber)
        .query((rs, n) -> new TermsVersion(rs.getString(1), rs.getString(2), rs.getInt(3)))
        .list()
        .forEach(v -> pinned.put(v.decisionKey(), v));
    return pinned;
  }

  /** Pins {@code versions} for the contract unless it already has pins (a second call is a no-op). */
  public void pin(String contractNumber, Collection<TermsVersion> versions, OffsetDateTime at) {
    if (!of(contractNumber).isEmpty()) {
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
