package be.contractflow.process.termination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.Deadline;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.Period;
import be.contractflow.notice.Notice;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.Channel;
import be.contractflow.process.ContractEventType;
import be.contractflow.process.ContractEvents;
import be.contractflow.process.Party;
import be.contractflow.process.subscription.SubscriptionFixtures;
import be.contractflow.support.ProcessDriver;
import java.time.LocalDate;
import java.util.List;
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

/** The {@code termination} process started by TERMINATION and FORCE_MAJEURE events. */
@SpringBootTest
@ActiveProfiles("test")
class TerminationProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ProcessDriver driver;
  @Autowired SubscriptionFixtures fixtures;
  @Autowired ContractEvents events;
  @Autowired ContractRepository contracts;
  @Autowired InvoiceRepository invoices;
  @Autowired NoticeService notices;

  @BeforeEach
  void useThisEngine() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private void terminate(String contract, Party by, Channel channel, LocalDate date,
      String reason) {
    events.deliver(contract, new ContractEvents.Event(ContractEventType.TERMINATION, date, by,
        channel, reason));
  }

  private ProcessInstance termination(String contract) {
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(TerminationVariables.PROCESS_KEY)
        .processInstanceBusinessKey(contract).singleResult();
  }

  private List<Notice> notices(String contract, NoticeType type) {
    return notices.forContract(contract).stream().filter(n -> n.type() == type).toList();
  }

  @Test
  void VIR_7_an_email_notice_ends_the_contract_3_months_later_with_a_pro_rata_last_invoice() {
    String contract = fixtures.confirmed("virtura", ContractKind.RECURRING, "310.00",
        Period.MONTHLY, d("2026-03-02"));
    driver.at(d("2026-05-20"));
    terminate(contract, Party.CLIENT, Channel.EMAIL, d("2026-05-20"), "Moving to another tool");

    // shown at once, before any job ran
    var terminating = contracts.require(contract);
    assertThat(terminating.status()).isEqualTo(ContractStatus.TERMINATING);
    assertThat(terminating.effectiveEndDate()).isEqualTo(d("2026-08-20"));
    assertThat(driver.deadline(contract, "VIR-7", "Contract ends").dueDate())
        .isEqualTo(d("2026-08-20"));
    driver.runDueJobs();
    assertThat(notices(contract, NoticeType.TERMINATION_CONFIRMED)).singleElement()
        .satisfies(n -> assertThat(n.clause()).isEqualTo("VIR-7"));
    assertThat(termination(contract)).isWaitingAt(TerminationVariables.TIMER_EFFECTIVE_END);

    for (LocalDate day = d("2026-05-21"); !day.isAfter(d("2026-08-20")); day = day.plusDays(1)) {
      driver.at(day);
    }
    List<Invoice> periodic = invoices.forContract(contract).stream()
        .filter(i -> i.kind() == InvoiceKind.PERIODIC).toList();
    Invoice last = periodic.get(periodic.size() - 1);
    // period 2 Aug - 1 Sep = 31 days, the contract runs 2-20 Aug = 19 days: 310 x 19 / 31
    assertThat(last.issueDate()).isEqualTo(d("2026-08-02"));
    assertThat(last.amountExclVat()).isEqualByComparingTo("190.00");
    assertThat(contracts.require(contract).status()).isEqualTo(ContractStatus.TERMINATING);

    driver.at(d("2026-08-21"));
    assertThat(contracts.require(contract).status()).isEqualTo(ContractStatus.ENDED);
    assertThat(fixtures.subscription(contract)).isNull();
    assertThat(termination(contract)).isWaitingAt(TerminationVariables.TASK_STOP_SERVICES);
    assertThat(driver.deadline(contract, "VIR-7", "Contract ends").status())
        .isEqualTo(Deadline.Status.MET);
    driver.complete(driver.task(termination(contract).getId(),
        TerminationVariables.TASK_STOP_SERVICES), Map.of());
    assertThat(termination(contract)).isNull();
  }

  @Test
  void BDB_R13_1_a_first_year_stop_by_registered_letter_stores_the_site_until_the_anniversary() {
    String contract = fixtures.confirmed("debruijne", ContractKind.RENTAL, "49.00",
        Period.MONTHLY, d("2026-03-04"));
    driver.at(d("2026-06-10"));
    assertThatThrownBy(() -> terminate(contract, Party.CLIENT, Channel.EMAIL, d("2026-06-10"),
        null)).isInstanceOf(ConflictException.class).hasMessageContaining("BDB-R13.1");
    assertThat(termination(contract)).isNull();

    terminate(contract, Party.CLIENT, Channel.REGISTERED_LETTER, d("2026-06-10"), null);
    driver.runDueJobs();
    assertThat(contracts.require(contract).effectiveEndDate()).isEqualTo(d("2027-03-03"));
    var store = driver.task(termination(contract).getId(), TerminationVariables.TASK_STORE_SITE);
    assertThat(store).hasCandidateGroup("production");
    assertThat(notices(contract, NoticeType.TERMINATION_CONFIRMED)).singleElement()
        .satisfies(n -> assertThat(n.clause()).isEqualTo("BDB-R9.3"));
    assertThat(driver.deadline(contract, "BDB-R9.3", "Site offline and stored").dueDate())
        .isEqualTo(d("2027-03-03"));
    driver.complete(store, Map.of("storageNote", "Archive on NAS"));

    driver.at(d("2026-07-04"));
    assertThat(invoices.forContract(contract)).as("billing continues (BDB-R13.1)")
        .filteredOn(i -> i.issueDate().equals(d("2026-07-04"))).hasSize(1);
  }

  @Test
  void BDB_13_4_a_maintenance_notice_is_refused_force_majeure_ends_it_at_once() {
    String contract = fixtures.confirmed("debruijne", ContractKind.MAINTENANCE, "30.00",
        Period.MONTHLY, d("2026-03-02"));
    driver.at(d("2026-06-10"));
    assertThatThrownBy(() -> terminate(contract, Party.CLIENT, Channel.REGISTERED_LETTER,
        d("2026-06-10"), "Too expensive")).isInstanceOf(ConflictException.class)
        .hasMessageContaining("BDB-13.4");

    events.deliver(contract, new ContractEvents.Event(ContractEventType.FORCE_MAJEURE,
        d("2026-06-10"), Party.CLIENT, Channel.IN_PERSON, "Business destroyed by flood"));
    driver.runDueJobs();
    var ended = contracts.require(contract);
    assertThat(ended.status()).isEqualTo(ContractStatus.ENDED);
    assertThat(ended.effectiveEndDate()).isEqualTo(d("2026-06-10"));
    assertThat(fixtures.subscription(contract)).isNull();
  }

  @Test
  void BDB_R8_the_client_may_terminate_a_rental_only_after_15_days_of_interruption() {
    String contract = fixtures.confirmed("debruijne", ContractKind.RENTAL, "49.00",
        Period.MONTHLY, d("2026-03-04"));
    driver.event(contract, ContractEventType.SERVICE_INTERRUPTED, d("2026-04-01"),
        Channel.EMAIL, "Server failure");
    assertThat(driver.deadline(contract, "BDB-R8", "Client may terminate").dueDate())
        .isEqualTo(d("2026-04-17"));
    driver.at(d("2026-04-16"));
    assertThatThrownBy(() -> terminate(contract, Party.CLIENT, Channel.REGISTERED_LETTER,
        d("2026-04-16"), "SERVICE_INTERRUPTION")).isInstanceOf(ConflictException.class)
        .hasMessageContaining("BDB-R8");
    driver.at(d("2026-04-17"));
    terminate(contract, Party.CLIENT, Channel.REGISTERED_LETTER, d("2026-04-17"),
        "SERVICE_INTERRUPTION: still down");
    driver.runDueJobs();
    assertThat(contracts.require(contract).status()).isEqualTo(ContractStatus.ENDED);
    assertThat(contracts.require(contract).effectiveEndDate()).isEqualTo(d("2026-04-17"));
  }

  @Test
  void WJA_21_a_late_notice_is_accepted_for_the_next_term_and_the_notice_says_why() {
    String contract = fixtures.confirmed("wja", ContractKind.HOSTING, "120.00", Period.YEARLY,
        d("2026-02-10"));
    driver.at(d("2026-11-11"));
    terminate(contract, Party.CLIENT, Channel.REGISTERED_LETTER, d("2026-11-11"), null);
    driver.runDueJobs();
    assertThat(contracts.require(contract).effectiveEndDate()).isEqualTo(d("2028-02-09"));
    assertThat(driver.deadline(contract, "WJA-21", "Notice for the running term").status())
        .isEqualTo(Deadline.Status.MISSED);
    assertThat(notices.body(notices(contract, NoticeType.TERMINATION_CONFIRMED).get(0).id()))
        .hasValueSatisfying(body -> assertThat(body).contains("WJA-21"));
    assertThatThrownBy(() -> terminate(contract, Party.CLIENT, Channel.REGISTERED_LETTER,
        d("2026-11-12"), null)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("already terminated");
  }

  @Test
  void VIR_7_a_notice_by_phone_is_refused_and_nothing_changes() {
    var contract = fixtures.confirmed("virtura", ContractKind.RECURRING, "10.00", Period.MONTHLY,
        d("2026-03-02"));
    assertThatThrownBy(() -> terminate(contract, Party.CLIENT, Channel.PHONE, d("2026-03-03"),
        null)).isInstanceOf(ConflictException.class).hasMessageContaining("VIR-7");
    assertThat(termination(contract)).isNull();
    assertThat(contracts.require(contract).status()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(contracts.require(contract).effectiveEndDate()).isNull();
  }
}
