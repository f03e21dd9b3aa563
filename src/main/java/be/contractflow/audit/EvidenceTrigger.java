package be.contractflow.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.h2.api.Trigger;

/**
 * The H2 side of "evidence cannot change after the fact" (Flyway {@code
 * db/vendor/h2/V87__evidence_cannot_change.sql}; PostgreSQL has the same rules in plpgsql): a
 * stored document, payment, credit note, waiver or pinned terms version is never updated nor
 * deleted; a notice keeps its content (its delivery status moves on) and an invoice its amounts
 * (its status, payments and due date move on).
 */
public class EvidenceTrigger implements Trigger {

  /** Tables whose rows only change in the listed columns; every other table is append-only. */
  private static final Map<String, Set<String>> FIXED_COLUMNS = Map.of(
      "CF_NOTICE", Set.of("NOTICE_KEY", "TYPE", "CLAUSE", "CHANNEL", "LANGUAGE", "RECIPIENT",
          "SUBJECT", "BODY", "DOCUMENT_NAME", "DOCUMENT", "CONTRACT_NUMBER", "INVOICE_NUMBER",
          "CLIENT_ID", "CREATED_AT"),
      "CF_INVOICE", Set.of("NUMBER", "CONTRACT_NUMBER", "CLIENT_ID", "KIND", "CLAUSE",
          "ISSUE_DATE", "AMOUNT_EXCL_VAT", "VAT_RATE", "VAT", "TOTAL",
          "STRUCTURED_COMMUNICATION"));

  private String table;
  /** 0-based positions of the fixed columns, empty for an append-only table. */
  private final List<Integer> fixed = new ArrayList<>();
  private final List<String> fixedNames = new ArrayList<>();

  @Override
  public void init(Connection connection, String schemaName, String triggerName,
      String tableName, boolean before, int type) throws SQLException {
    this.table = tableName.toUpperCase(Locale.ROOT);
    Set<String> columns = FIXED_COLUMNS.get(table);
    if (columns == null) {
      return;
    }
    try (ResultSet rs = connection.getMetaData().getColumns(null, schemaName, tableName, null)) {
      while (rs.next()) {
        String name = rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
        if (columns.contains(name)) {
          fixed.add(rs.getInt("ORDINAL_POSITION") - 1);
          fixedNames.add(name);
        }
      }
    }
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    if (!FIXED_COLUMNS.containsKey(table)) {
      throw new SQLException("contractflow: " + (newRow == null ? "DELETE" : "UPDATE") + " on "
          + table.toLowerCase(Locale.ROOT) + " refused: it is evidence and cannot change after"
          + " the fact", "42501");
    }
    if (newRow == null) {
      return; // deleting an outbox row or invoice is governed elsewhere (foreign keys)
    }
    for (int i = 0; i < fixed.size(); i++) {
      int column = fixed.get(i);
      if (!same(oldRow[column], newRow[column])) {
        throw new SQLException("contractflow: UPDATE of " + fixedNames.get(i).toLowerCase(
            Locale.ROOT) + " on " + table.toLowerCase(Locale.ROOT) + " refused: it is evidence"
            + " and cannot change after the fact", "42501");
      }
    }
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof byte[] x && b instanceof byte[] y) {
      return java.util.Arrays.equals(x, y);
    }
    if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(a, b);
  }
}
