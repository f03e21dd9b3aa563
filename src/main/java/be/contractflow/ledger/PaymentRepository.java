package be.contractflow.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class PaymentRepository {

  private final JdbcClient jdbc;

  public PaymentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Payment insert(Payment payment) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into cf_payment (invoice_number, amount, payment_date, reference, to_indemnity,
                to_interest, to_principal, recorded_by, recorded_at)
            values (:invoice, :amount, :date, :reference, :indemnity, :interest, :principal,
                :recordedBy, :recordedAt)""")
        .param("invoice", payment.invoiceNumber())
        .param("amount", payment.amount())
        .param("date", payment.paymentDate())
        .param("reference", payment.reference())
        .param("indemnity", payment.toIndemnity())
        .param("interest", payment.toInterest())
        .param("principal", payment.toPrincipal())
        .param("recordedBy", payment.recordedBy())
        .param("recordedAt", payment.recordedAt())
        .update(keys, "id");
    return new Payment(keys.getKeyAs(Number.class).longValue(), payment.invoiceNumber(),
        payment.amount(), payment.paymentDate(), payment.reference(), payment.toIndemnity(),
        payment.toInterest(), payment.toPrincipal(), payment.recordedBy(), payment.recordedAt());
  }

  public Optional<Payment> findByReference(String reference) {
    return jdbc.sql("select * from cf_payment where reference = ?")
        .param(reference).query((rs, n) -> map(rs)).optional();
  }

  public List<Payment> forInvoice(String invoiceNumber) {
    return jdbc.sql("select * from cf_payment where invoice_number = ? order by payment_date, id")
        .param(invoiceNumber).query((rs, n) -> map(rs)).list();
  }

  private static Payment map(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Payment(
        rs.getLong("id"),
        rs.getString("invoice_number"),
        rs.getBigDecimal("amount"),
        rs.getObject("payment_date", LocalDate.class),
        rs.getString("reference"),
        rs.getBigDecimal("to_indemnity"),
        rs.getBigDecimal("to_interest"),
        rs.getBigDecimal("to_principal"),
        rs.getString("recorded_by"),
        rs.getObject("recorded_at", OffsetDateTime.class));
  }
}
