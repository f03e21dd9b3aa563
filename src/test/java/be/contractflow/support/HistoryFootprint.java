package be.contractflow.support;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How much engine history one contract leaves: rows and bytes (PostgreSQL's {@code
 * pg_column_size} of each row, indexes excluded) of every {@code act_hi_*} row of the process
 * instances that carry the contract's number, decision inputs and outputs included.
 */
@Component
public class HistoryFootprint {

  /** The history tables and the column naming the process instance. */
  private static final List<String[]> TABLES = List.of(
      new String[] {"act_hi_procinst", "proc_inst_id_"},
      new String[] {"act_hi_actinst", "proc_inst_id_"},
      new String[] {"act_hi_taskinst", "proc_inst_id_"},
      new String[] {"act_hi_varinst", "proc_inst_id_"},
      new String[] {"act_hi_detail", "proc_inst_id_"},
      new String[] {"act_hi_identitylink", "root_proc_inst_id_"},
      new String[] {"act_hi_job_log", "process_instance_id_"},
      new String[] {"act_hi_incident", "proc_inst_id_"},
      new String[] {"act_hi_op_log", "proc_inst_id_"},
      new String[] {"act_hi_decinst", "proc_inst_id_"});

  private final JdbcClient jdbc;

  public HistoryFootprint(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Footprint(long rows, long bytes) {
    public double kilobytes() {
      return bytes / 1024.0;
    }
  }

  /** The footprint of every process instance whose variable {@code contractNumber} is {@code contract}. */
  public Footprint ofContract(String contract) {
    String instances = "(select distinct proc_inst_id_ from act_hi_varinst "
        + "where name_ = 'contractNumber' and text_ = :contract)";
    long rows = 0;
    long bytes = 0;
    for (String[] table : TABLES) {
      var sums = jdbc.sql("select count(*), coalesce(sum(pg_column_size(t.*)), 0) from " + table[0]
              + " t where t." + table[1] + " in " + instances)
          .param("contract", contract).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
          .single();
      rows += sums[0];
      bytes += sums[1];
    }
    for (String child : List.of("act_hi_dec_in", "act_hi_dec_out")) {
      var sums = jdbc.sql("select count(*), coalesce(sum(pg_column_size(t.*)), 0) from " + child
              + " t where t.dec_inst_id_ in (select id_ from act_hi_decinst where proc_inst_id_ in "
              + instances + ")")
          .param("contract", contract).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
          .single();
      rows += sums[0];
      bytes += sums[1];
    }
    return new Footprint(rows, bytes);
  }
}
