package be.contractflow.postgres;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.billing.PaymentCommand;
import be.contractflow.billing.PaymentService;
import be.contractflow.billing.SettlementService;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.Language;
import be.contractflow.ledger.Party;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.Channel;
import be.contractflow.process.ContractEventType;
import be.contractflow.process.ContractEvents;
import be.contractflow.process.TypedVariables;
import be.contractflow.process.payment.PaymentVariables;
import be.contractflow.support.DueJobs;
import be.contractflow.support.LedgerFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The payment process on a real PostgreSQL: a WJA dunning from issue to settlement. */
@Tag("postgres")
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class PaymentPostgresTest {

  @Autowired LedgerFixtures ledger;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired PaymentService payments;
  @Autowired SettlementService settlements;
  @Autowired ContractRepository contracts;
  @Autowired NoticeService notices;
  @Autowired ContractEvents events;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private void runJobs() {
    DueJobs.run(management, DueJobs.ofProcess(PaymentVariables.PROCESS_KEY));
  }

  @Test
  void WJA_11_WJA_10b_10c_dunning_suspension_and_restoration_on_postgresql() {
    today(LocalDate.of(2026, 6, 1));
    var client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    var contract = ledger.contract("wja", ContractKind.PROJECT, client);
    var invoice = ledger.invoice(contract, InvoiceKind.BALANCE, "WJA-3", "1000.00");
    var instance = runtime.createProcessInstanceQuery().processDefinitionKey("payment")
        .processInstanceBusinessKey(invoice.number()).singleResult();

    today(LocalDate.of(2026, 6, 2));
    runJobs();
    var suspend = tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(PaymentVariables.TASK_DECIDE_SUSPENSION).singleResult();
    tasks.complete(suspend.getId(), TypedVariables.of(PaymentVariables.SUSPEND, true).map());
    runJobs();
    assertThat(contracts.require(contract.number()).suspended()).isTrue();

    var due = settlements.at(invoice.number(), LocalDate.of(2026, 6, 2));
    assertThat(due.total()).isEqualByComparingTo("1403.60");
    payments.record(new PaymentCommand(invoice.number(), due.total(), null, "pg-1", "bank"));
    runJobs();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isZero();
    assertThat(contracts.require(contract.number()).suspended()).isFalse();
    assertThat(notices.forInvoice(invoice.number())).extracting(n -> n.type())
        .contains(NoticeType.SUSPENSION_NOTICE, NoticeType.FORMAL_NOTICE,
            NoticeType.SERVICE_RESTORED);
  }

  @Test
  void WJA_15_part_credited_by_an_accepted_complaint_is_net_on_postgresql() {
    today(LocalDate.of(2026, 6, 1));
    var client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    var contract = ledger.contract("wja", ContractKind.PROJECT, client);
    var invoice = ledger.invoice(contract, InvoiceKind.BALANCE, "WJA-3", "1000.00");
    today(LocalDate.of(2026, 6, 5));
    events.deliver(contract.number(), new ContractEvents.Event(ContractEventType.INVOICE_CONTEST,
        LocalDate.of(2026, 6, 5), Party.CLIENT, Channel.REGISTERED_LETTER, "wrong price",
        invoice.number()));
    runJobs();
    var complaint = tasks.createTaskQuery().processInstanceBusinessKey(invoice.number())
        .taskDefinitionKey(PaymentVariables.TASK_HANDLE_COMPLAINT).singleResult();
    tasks.complete(complaint.getId(), TypedVariables.of(PaymentVariables.COMPLAINT_ACCEPTED, true)
        .and(PaymentVariables.CREDIT_AMOUNT_INCL_VAT, new BigDecimal("242.00"))
        .and(PaymentVariables.COMPLAINT_ANSWER, "Discount forgotten.").map());
    runJobs();
    // 968.00 + 1 % × 1 started month (9.68) + max(15 % = 145.20, 150.00)
    var due = settlements.at(invoice.number(), LocalDate.of(2026, 6, 5));
    assertThat(due.total()).isEqualByComparingTo("1127.68");
    payments.record(new PaymentCommand(invoice.number(), due.total(), null, "pg-2", "bank"));
    runJobs();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(invoice.number())
        .count()).isZero();
  }
}
