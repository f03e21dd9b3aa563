package be.contractflow.postgres;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.contractflow.billing.PaymentCommand;
import be.contractflow.billing.PaymentService;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.Language;
import be.contractflow.notice.NoticeDocuments;
import be.contractflow.support.LedgerFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Issue 15 on a real PostgreSQL: the plpgsql triggers refuse to change evidence after the fact. */
@Tag("postgres")
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class EvidencePostgresTest {

  @Autowired LedgerFixtures ledger;
  @Autowired PaymentService payments;
  @Autowired NoticeDocuments documents;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void stored_documents_payments_and_invoice_amounts_cannot_be_changed_on_postgresql() {
    today(LocalDate.of(2026, 6, 1));
    Contract contract = ledger.contract("wja", ContractKind.PROJECT,
        ledger.client(ClientType.PROFESSIONAL, Language.fr));
    Invoice invoice = ledger.invoice(contract, InvoiceKind.BALANCE, "WJA-2", "1000.00");
    payments.record(new PaymentCommand(invoice.number(), new BigDecimal("100.00"),
        LocalDate.of(2026, 6, 1), "pg " + invoice.number(), "accounting"));
    var pdf = documents.forContract(contract.number()).stream()
        .filter(d -> d.name().endsWith(".pdf")).findFirst().orElseThrow();
    byte[] bytes = documents.content(pdf.id()).orElseThrow();
    assertThat(pdf.sha256()).isEqualTo(NoticeDocuments.sha256(bytes));

    assertThatThrownBy(() -> jdbc.sql("update cf_document set content = ? where id = ?")
        .params(new byte[] {1}, pdf.id()).update())
        .isInstanceOf(DataAccessException.class).rootCause()
        .hasMessageContaining("cannot change after the fact");
    assertThatThrownBy(() -> jdbc.sql("delete from cf_document where id = ?").param(pdf.id())
        .update()).isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> jdbc.sql("truncate cf_payment cascade").update())
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> jdbc.sql("update cf_payment set amount = 1 where invoice_number = ?")
        .param(invoice.number()).update()).isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> jdbc.sql("update cf_invoice set total = 1 where number = ?")
        .param(invoice.number()).update()).isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> jdbc.sql("update cf_notice set body = 'forged' where contract_number = ?")
        .param(contract.number()).update()).isInstanceOf(DataAccessException.class);

    assertThat(documents.content(pdf.id()).orElseThrow()).isEqualTo(bytes);
    assertThat(jdbc.sql("select amount from cf_payment where invoice_number = ?")
        .param(invoice.number()).query(BigDecimal.class).single()).isEqualByComparingTo("100.00");
    jdbc.sql("update cf_invoice set status = status where number = ?").param(invoice.number())
        .update();
  }
}
