package be.contractflow.support;

import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a refused {@code /api} call must leave as it was: the row count of every ledger table
 * ({@code cf_*}, found in the schema so a new table is counted too), the sum of what was paid on
 * invoices, and the engine's process instances (running and historic) and jobs. Two snapshots
 * are equal when nothing was written.
 */
@Component
public class LedgerSnapshot {

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final ManagementService management;
  private volatile java.util.List<String> tables;

  public LedgerSnapshot(JdbcTemplate jdbc, RuntimeService runtime, HistoryService history,
      ManagementService management) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.history = history;
    this.management = management;
  }

  public Map<String, Object> take() {
    if (tables == null) {
      tables = jdbc.queryForList("select table_name from information_schema.tables where"
          + " lower(table_name) like 'cf\\_%' escape '\\' and lower(table_name) <> 'cf_schema_history'",
          String.class);
    }
    Map<String, Object> counts = new TreeMap<>();
    String union = tables.stream()
        .map(table -> "select '" + table.toLowerCase() + "' as t, count(*) as n from " + table)
        .collect(java.util.stream.Collectors.joining(" union all "));
    jdbc.query(union, rs -> {
      counts.put(rs.getString("t"), rs.getLong("n"));
    });
    counts.put("paid on invoices", jdbc.queryForObject(
        "select coalesce(sum(paid_principal + paid_interest + paid_indemnity), 0) from cf_invoice",
        java.math.BigDecimal.class).stripTrailingZeros());
    counts.put("contract statuses", jdbc.queryForList(
        "select number || ':' || status from cf_contract order by number", String.class).hashCode());
    counts.put("quote statuses", jdbc.queryForList(
        "select number || ':' || status from cf_quote order by number", String.class).hashCode());
    counts.put("process instances", runtime.createProcessInstanceQuery().count());
    counts.put("historic process instances", history.createHistoricProcessInstanceQuery().count());
    counts.put("jobs", management.createJobQuery().count());
    return counts;
  }
}
