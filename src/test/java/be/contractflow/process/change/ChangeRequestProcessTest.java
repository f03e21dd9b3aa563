package be.contractflow.process.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.contractflow.billing.PaymentCommand;
import be.contractflow.billing.PaymentService;
import be.contractflow.billing.SettlementService;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.Deadline;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.ledger.Language;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.Channel;
import be.contractflow.process.ContractEventType;
import be.contractflow.process.TypedVariables;
import be.contractflow.support.LedgerFixtures;
import be.contractflow.support.ProcessDriver;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The {@code change-request} process started by CHANGE_REQUEST events, per profile. */
@SpringBootTest
@ActiveProfiles("test")
class ChangeRequestProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired LedgerFixtures ledger;
  @Autowired ProcessDriver driver;
  @Autowired InvoiceRepository invoices;
  @Autowired NoticeService notices;
  @Autowired PaymentService payments;
  @Autowired SettlementService settlements;
  @Autowired be.contractflow.process.ContractLifecycle lifecycle;
  @Autowired be.contractflow.ledger.CreditNoteRepository creditNotes;

  @BeforeEach
  void useThisEngine() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void VIR_12_an_in_scope_change_is_free() {
    Contract contract = contract("virtura", ContractKind.RECURRING, LocalDate.of(2026, 3, 2));
    LedgerFixtures.today(LocalDate.of(2026, 4, 1));

    assertThat(driver.event(contract.number(), ContractEventType.CHANGE_REQUEST,
        LocalDate.of(2026, 4, 1), Channel.EMAIL, "Add an FAQ entry")).isEqualTo(1);
    ProcessInstance instance = instance(contract, 1);
    assertThat(instance).isWaitingAt(ChangeRequestVariables.TASK_ASSESS);
    assertThat(ChangeRequestVariables.HOURLY_RATE_EXCL_VAT.get(
        runtime.getVariables(instance.getId())))
        .isEqualByComparingTo("90.00");
    var assess = driver.task(instance.getId(), ChangeRequestVariables.TASK_ASSESS);
    assertThat(assess).hasCandidateGroup("production");
    // Wednesday 1 Apr + 5 business days, Easter Monday skipped = Thursday 9 Apr
    assertThat(assess.getDueDate()).isEqualTo(at("2026-04-09T21:59:00Z"));

    driver.complete(assess, ChangeRequestVariables.DECISION.as("FREE"));
    driver.complete(driver.task(instance.getId(), ChangeRequestVariables.TASK_MAKE_FREE_CHANGE),
        Map.of());

    assertThat(instance).isEnded().hasPassed(ChangeRequestVariables.END_CHANGE_DONE_FREE);
    assertThat(invoices.forContract(contract.number())).isEmpty();
  }

  @Test
  void VIR_12_a_request_by_phone_is_refused_and_each_request_has_its_sequence() {
    Contract contract = contract("virtura", ContractKind.PROJECT, LocalDate.of(2026, 3, 2));

    assertThatThrownBy(() -> driver.event(contract.number(), ContractEventType.CHANGE_REQUEST,
        LocalDate.of(2026, 3, 3), Channel.PHONE, "Bigger logo"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("VIR-12");
    driver.event(contract.number(), ContractEventType.CHANGE_REQUEST, LocalDate.of(2026, 3, 3),
        Channel.EMAIL, "Bigger logo");
    driver.event(contract.number(), ContractEventType.CHANGE_REQUEST, LocalDate.of(2026, 3, 4),
        Channel.EMAIL, "Other colour");

    assertThat(instance(contract, 1)).isNotNull();
    assertThat(ChangeRequestVariables.REQUEST_DESCRIPTION.get(
        runtime.getVariables(instance(contract, 2).getId())))
        .isEqualTo("Other colour");
  }

  @Test
  void VIR_8_the_hourly_rate_is_indexed_on_the_contract_anniversary() {
    Contract contract = contract("virtura", ContractKind.RECURRING, LocalDate.of(2025, 3, 10));
    LedgerFixtures.today(LocalDate.of(2026, 4, 1));

    driver.event(contract.number(), ContractEventType.CHANGE_REQUEST, LocalDate.of(2026, 4, 1),
        Channel.EMAIL, "New intent for the chatbot");

    // 90 x CPI Feb 2026 (137.41) / CPI Feb 2025 (135.02) = 91.5931 -> 91.59
    ProcessInstance instance = instance(contract, 1);
    var variables = runtime.getVariables(instance.getId());
    assertThat(ChangeRequestVariables.HOURLY_RATE_EXCL_VAT.get(variables))
        .isEqualByComparingTo("91.59");
    assertThat(ChangeRequestVariables.HOURLY_RATE_CLAUSE.get(variables)).isEqualTo("VIR-8");
  }

  @Test
  void WJA_19_an_out_of_scope_change_gets_a_written_offer() {
    Contract contract = contract("wja", ContractKind.PROJECT, LocalDate.of(2026, 4, 1));
    assertThatThrownBy(() -> driver.event(contract.number(), ContractEventType.CHANGE_REQUEST,
        LocalDate.of(2026, 4, 2), Channel.PHONE, "Add a shop"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("WJA-19");
    ProcessInstance instance = offered(contract, LocalDate.of(2026, 4, 2), Channel.EMAIL,
        "Add a shop", "Shop with 20 products", "7.5", "85.00", "Delivery moves 3 business days");

    assertThat(notices.forContract(contract.number()))
        .filteredOn(n -> n.type() == NoticeType.CHANGE_OFFER)
        .singleElement().satisfies(n -> assertThat(n.clause()).isEqualTo("WJA-19"));
    assertThat(ChangeRequestVariables.OFFER_TOTAL_EXCL_VAT.get(
        runtime.getVariables(instance.getId())))
        .isEqualByComparingTo("637.50");
    assertThat(instance).isWaitingAt(ChangeRequestVariables.TASK_RECORD_OFFER_ANSWER);
    // valid one month: 2 Apr -> Saturday 2 May -> Monday 4 May
    assertThat(ChangeRequestVariables.OFFER_VALID_UNTIL.get(runtime.getVariables(instance.getId())))
        .isEqualTo(LocalDate.of(2026, 5, 4));

    accept(instance);
    // WJA: no payment before work, billed at the end (WJA-4)
    assertThat(invoices.forContract(contract.number())).isEmpty();
    driver.complete(driver.task(instance.getId(), ChangeRequestVariables.TASK_MAKE_CHANGE),
        ChangeRequestVariables.WORK_STARTED_ON.as(LocalDate.of(2026, 4, 6)));

    Invoice invoice = invoices.forContract(contract.number()).get(0);
    assertThat(invoice.kind()).isEqualTo(InvoiceKind.REGIE);
    assertThat(invoice.amountExclVat()).isEqualByComparingTo("637.50");
    assertThat(invoice.total()).isEqualByComparingTo("771.38");
    assertThat(instance).isEnded().hasPassed(ChangeRequestVariables.END_CHANGE_DONE);
  }

  @Test
  void WJA_19_an_offer_not_answered_lapses() {
    Contract contract = contract("wja", ContractKind.PROJECT, LocalDate.of(2026, 4, 1));
    ProcessInstance instance = offered(contract, LocalDate.of(2026, 4, 2),
        Channel.REGISTERED_LETTER, "Add a blog", "Blog", "3", "80", "none");

    driver.at(LocalDate.of(2026, 5, 4));
    assertThat(instance).isWaitingAt(ChangeRequestVariables.TASK_RECORD_OFFER_ANSWER);
    driver.at(LocalDate.of(2026, 5, 5));
    assertThat(instance).isEnded().hasPassed(ChangeRequestVariables.BOUNDARY_OFFER_LAPSED);
    assertThat(driver.deadline(contract.number(), "WJA-19", "Change offer").status())
        .isEqualTo(Deadline.Status.MISSED);
  }

  @Test
  void BDB_11_3_paid_inside_the_5_days_the_work_starts_5_business_days_after_the_elements() {
    Contract contract = contract("debruijne", ContractKind.PROJECT, LocalDate.of(2026, 3, 2));
    LedgerFixtures.today(LocalDate.of(2026, 3, 30));
    ProcessInstance instance = offered(contract, LocalDate.of(2026, 3, 30), Channel.EMAIL,
        "Update the prices page", "Prices page update", "4", "65.00",
        "Online 5 business days after the elements");
    accept(instance);

    // paid at order (BDB-16.4): invoiced now, no work before it is settled
    Invoice invoice = invoices.forContract(contract.number()).get(0);
    assertThat(invoice.amountExclVat()).isEqualByComparingTo("260.00");
    assertThat(invoice.total()).isEqualByComparingTo("314.60");
    assertThat(invoice.clause()).isEqualTo("BDB-11.3");
    assertThat(instance).isWaitingAt(ChangeRequestVariables.EVENT_CHANGE_INVOICE_SETTLED,
        ChangeRequestVariables.EVENT_ELEMENTS_RECEIVED);

    LedgerFixtures.today(LocalDate.of(2026, 4, 2));
    driver.event(contract.number(), ContractEventType.CONTENTS_RECEIVED, LocalDate.of(2026, 4, 2));
    assertThat(driver.openTasks(instance.getId(), ChangeRequestVariables.TASK_MAKE_CHANGE)).isZero();

    LedgerFixtures.today(LocalDate.of(2026, 4, 3));
    payments.record(new PaymentCommand(invoice.number(),
        settlements.at(invoice.number(), LocalDate.of(2026, 4, 3)).total(),
        LocalDate.of(2026, 4, 3), "BANK-CR-1", "accounting"));
    driver.runDueJobs();

    // paid Friday 3 Apr, inside the 5 days: they still run from the elements (Thursday 2 Apr),
    // Easter Monday skipped = Friday 10 Apr (not 5 business days from the payment)
    var work = driver.task(instance.getId(), ChangeRequestVariables.TASK_MAKE_CHANGE);
    assertThat(work.getDueDate()).isEqualTo(at("2026-04-10T21:59:00Z"));
    Deadline start = driver.deadline(contract.number(), "BDB-11.3", "Change");
    assertThat(start.dueDate()).isEqualTo(LocalDate.of(2026, 4, 10));

    driver.complete(work, ChangeRequestVariables.WORK_STARTED_ON.as(LocalDate.of(2026, 4, 9)));
    assertThat(driver.deadline(contract.number(), "BDB-11.3", "Change").status())
        .isEqualTo(Deadline.Status.MET);
    assertThat(invoices.forContract(contract.number())).hasSize(1);
    assertThat(instance).isEnded().hasPassed(ChangeRequestVariables.END_CHANGE_DONE);
  }

  @Test
  void BDB_11_3_paid_after_the_5_days_the_work_starts_the_business_day_after_the_payment() {
    Contract contract = contract("debruijne", ContractKind.PROJECT, LocalDate.of(2026, 3, 2));
    ProcessInstance instance = newsPageOfferAcceptedOn30March(contract);
    Invoice invoice = invoices.forContract(contract.number()).get(0);
    LedgerFixtures.today(LocalDate.of(2026, 4, 2));
    driver.event(contract.number(), ContractEventType.CONTENTS_RECEIVED, LocalDate.of(2026, 4, 2));

    // elements Thursday 2 Apr: the 5 days end Friday 10 Apr; paid only Wednesday 15 Apr
    LedgerFixtures.today(LocalDate.of(2026, 4, 15));
    payments.record(new PaymentCommand(invoice.number(),
        settlements.at(invoice.number(), LocalDate.of(2026, 4, 15)).total(),
        LocalDate.of(2026, 4, 15), "BANK-CR-2", "accounting"));
    driver.runDueJobs();

    var work = driver.task(instance.getId(), ChangeRequestVariables.TASK_MAKE_CHANGE);
    assertThat(work.getDueDate()).isEqualTo(at("2026-04-16T21:59:00Z"));
    assertThat(driver.deadline(contract.number(), "BDB-11.3", "Change").dueDate())
        .isEqualTo(LocalDate.of(2026, 4, 16));

    // nobody starts: escalated at 24:00 on the 16th, the date stays
    driver.at(LocalDate.of(2026, 4, 17));
    assertThat(driver.task(instance.getId(), ChangeRequestVariables.TASK_FOLLOW_UP_MAKE_CHANGE))
        .hasCandidateGroup("production");
    driver.complete(work, ChangeRequestVariables.WORK_STARTED_ON.as(LocalDate.of(2026, 4, 17)));
    assertThat(driver.deadline(contract.number(), "BDB-11.3", "Change").status())
        .isEqualTo(Deadline.Status.MISSED);
  }

  @Test
  void BDB_11_3_a_change_invoice_unpaid_when_the_contract_ends_is_cancelled_by_a_credit_note_naming_it() {
    Contract contract = contract("debruijne", ContractKind.PROJECT, LocalDate.of(2026, 3, 2));
    ProcessInstance instance = newsPageOfferAcceptedOn30March(contract);
    Invoice invoice = invoices.forContract(contract.number()).get(0);

    LedgerFixtures.today(LocalDate.of(2026, 4, 20));
    lifecycle.contractOver(contract.number(), ContractStatus.ENDED);
    driver.runDueJobs();

    assertThat(instance).isEnded();
    assertThat(invoices.require(invoice.number()).status()).isEqualTo(InvoiceStatus.CANCELLED);
    assertThat(creditNotes.forInvoice(invoice.number())).as("VAT regularised by a document")
        .singleElement().satisfies(note -> {
          assertThat(note.amount()).isEqualByComparingTo("157.30");
          assertThat(note.amountExclVat()).isEqualByComparingTo("130.00");
        });
  }

  // --- helpers ----------------------------------------------------------------------------

  /**
   * The client asks a change on {@code date}; production answers with a written offer of
   * {@code hours} at {@code rate} (the contract's first change request).
   */
  private ProcessInstance offered(Contract contract, LocalDate date, Channel channel,
      String request, String offer, String hours, String rate, String scheduleImpact) {
    driver.event(contract.number(), ContractEventType.CHANGE_REQUEST, date, channel, request);
    ProcessInstance instance = instance(contract, 1);
    driver.complete(driver.task(instance.getId(), ChangeRequestVariables.TASK_ASSESS), 
        TypedVariables.of(ChangeRequestVariables.DECISION, "OFFER")
            .and(ChangeRequestVariables.OFFER_DESCRIPTION, offer)
            .and(ChangeRequestVariables.ESTIMATED_HOURS, new BigDecimal(hours))
            .and(ChangeRequestVariables.HOURLY_RATE_EXCL_VAT, new BigDecimal(rate))
            .and(ChangeRequestVariables.SCHEDULE_IMPACT, scheduleImpact).map());
    return instance;
  }

  /** A 2-hour news page at 65.00 an hour, asked and accepted on 30 March (paid before work). */
  private ProcessInstance newsPageOfferAcceptedOn30March(Contract contract) {
    LedgerFixtures.today(LocalDate.of(2026, 3, 30));
    ProcessInstance instance = offered(contract, LocalDate.of(2026, 3, 30), Channel.EMAIL,
        "Add a news page", "News page", "2", "65.00", "Online 5 business days after the elements");
    accept(instance);
    return instance;
  }

  /** The client accepts the offer. */
  private void accept(ProcessInstance instance) {
    driver.complete(driver.task(instance.getId(), ChangeRequestVariables.TASK_RECORD_OFFER_ANSWER),
        ChangeRequestVariables.OFFER_ACCEPTED.as(true));
  }

  private Contract contract(String profile, ContractKind kind, LocalDate start) {
    LedgerFixtures.today(start);
    var client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    return ledger.contract(profile, kind, client);
  }

  private ProcessInstance instance(Contract contract, int sequence) {
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(ChangeRequestVariables.PROCESS_KEY)
        .processInstanceBusinessKey(contract.number() + "-" + sequence).singleResult();
  }

  private static Date at(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
