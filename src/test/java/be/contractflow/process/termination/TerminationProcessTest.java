package be.contractflow.process.termination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.CreditNote;
import be.contractflow.ledger.CreditNoteRepository;
import be.contractflow.ledger.Deadline;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.Language;
import be.contractflow.ledger.Party;
import be.contractflow.ledger.Period;
import be.contractflow.ledger.RejectedException;
import be.contractflow.notice.Notice;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.Channel;
import be.contractflow.process.ContractEventType;
import be.contractflow.process.ContractEvents;
import be.contractflow.process.change.ChangeRequestVariables;
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
  @Autowired CreditNoteRepository creditNotes;
  @Autowired TerminationService terminations;

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

  /** Moves the clock day by day to {@code date}, so each invoice carries its own date. */
  private void dayByDay(LocalDate from, LocalDate date) {
    for (LocalDate day = from; !day.isAfter(date); day = day.plusDays(1)) {
      driver.at(day);
    }
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

  /** The body of the contract's only TERMINATION_CONFIRMED, as the client reads it. */
  private String confirmation(String contract) {
    return notices.body(fixtures.notices(contract, NoticeType.TERMINATION_CONFIRMED).get(0).id())
        .orElseThrow();
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
    assertThat(fixtures.notices(contract, NoticeType.TERMINATION_CONFIRMED)).singleElement()
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
    assertThat(creditNotes.forContract(contract))
        .as("the last period was invoiced pro rata: nothing invoiced after the end").isEmpty();
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
    assertThat(fixtures.notices(contract, NoticeType.TERMINATION_CONFIRMED)).singleElement()
        .satisfies(n -> assertThat(n.clause()).isEqualTo("BDB-R9.3"));
    assertThat(confirmation(contract)).as("a French client is told why in French")
        .contains("demandée par vous-même le 10 juin 2026",
            "Le contrat prend fin le 3 mars 2027 inclus",
            "Motif : BDB-R9.3 : engagement minimal de 12 mois ; le contrat prend fin à sa date "
                + "anniversaire, le 3 mars 2027 inclus, et les sommes restent dues jusqu’à cette "
                + "date ; entre-temps, le site est mis hors ligne et conservé (BDB-R13.1).")
        .doesNotContain("minimum commitment", "2027-03-03", "CLIENT");
    assertThat(driver.deadline(contract, "BDB-R9.3", "Site offline and stored").dueDate())
        .isEqualTo(d("2027-03-03"));
    driver.complete(store, Map.of("storageNote", "Archive on NAS"));

    driver.at(d("2026-07-04"));
    assertThat(invoices.forContract(contract)).as("billing continues (BDB-R13.1)")
        .filteredOn(i -> i.issueDate().equals(d("2026-07-04"))).hasSize(1);
  }

  @Test
  void BDB_R13_1_a_first_year_stop_nobody_stores_is_still_ended_on_its_effective_date() {
    String contract = fixtures.confirmed("debruijne", ContractKind.RENTAL, "49.00",
        Period.MONTHLY, d("2026-03-04"));
    driver.at(d("2026-06-10"));
    terminate(contract, Party.CLIENT, Channel.REGISTERED_LETTER, d("2026-06-10"), null);
    driver.runDueJobs();
    String instance = termination(contract).getId();
    assertThat(driver.task(instance, TerminationVariables.TASK_STORE_SITE)).isNotNull();

    // nobody takes the site offline: due Thursday 11 June, escalated on the 12th
    driver.at(d("2026-06-12"));
    var followUp = driver.task(instance, TerminationVariables.TASK_FOLLOW_UP_STORE_SITE);
    assertThat(followUp).as("production is reminded").hasCandidateGroup("production");
    assertThat(driver.deadline(contract, "BDB-R9.3", "Site taken offline").status())
        .isEqualTo(Deadline.Status.MISSED);
    assertThat(driver.task(instance, TerminationVariables.TASK_STORE_SITE))
        .as("the late task stays open").isNotNull();
    assertThat(contracts.require(contract).effectiveEndDate()).as("the date does not move")
        .isEqualTo(d("2027-03-03"));

    dayByDay(d("2026-06-13"), d("2027-03-03"));
    assertThat(contracts.require(contract).status()).isEqualTo(ContractStatus.TERMINATING);
    driver.at(d("2027-03-04"));
    assertThat(contracts.require(contract).status()).as("ENDED on its effective date")
        .isEqualTo(ContractStatus.ENDED);
    assertThat(driver.deadline(contract, "BDB-R9.3", "Contract ends").status())
        .isEqualTo(Deadline.Status.MET);
    assertThat(driver.openTasks(instance, TerminationVariables.TASK_STORE_SITE))
        .as("stopping the services takes over from the storage").isZero();
    assertThat(driver.task(instance, TerminationVariables.TASK_STOP_SERVICES)).isNotNull();
    assertThat(invoices.forContract(contract)).as("no invoice after the end")
        .noneMatch(i -> i.issueDate().isAfter(d("2027-03-03")));
  }

  @Test
  void BDB_13_4_a_maintenance_notice_is_refused_force_majeure_ends_it_at_once() {
    String contract = fixtures.confirmed("debruijne", ContractKind.MAINTENANCE, "30.00",
        Period.MONTHLY, d("2026-03-02"));
    dayByDay(d("2026-03-03"), d("2026-06-10"));
    assertThatThrownBy(() -> terminate(contract, Party.CLIENT, Channel.REGISTERED_LETTER,
        d("2026-06-10"), "Too expensive")).isInstanceOf(ConflictException.class)
        .hasMessageContaining("BDB-13.4");

    events.deliver(contract, new ContractEvents.Event(ContractEventType.FORCE_MAJEURE,
        d("2026-06-10"), Party.CLIENT, Channel.IN_PERSON, "Business destroyed by flood"));
    driver.runDueJobs();
    assertThat(confirmation(contract)).as("the reason typed by staff stays as typed")
        .contains("Motif : force majeure : Business destroyed by flood.");
    var ended = contracts.require(contract);
    assertThat(ended.status()).isEqualTo(ContractStatus.ENDED);
    assertThat(ended.effectiveEndDate()).isEqualTo(d("2026-06-10"));
    assertThat(fixtures.subscription(contract)).isNull();
    // BDB-16.4: the month 2 June - 1 July (30 days) was debited on 25 May; it runs 2-10 June:
    // 21 days credited, 30.00 x 21 / 30 = 21.00 + 21 % VAT = 25.41
    assertThat(creditNotes.forContract(contract)).singleElement().satisfies(note -> {
      assertThat(note.amount()).isEqualByComparingTo("25.41");
      assertThat(note.clause()).isEqualTo("BDB-13.4");
      assertThat(note.creditedInvoice()).isEqualTo(periodicIssuedOn(contract, d("2026-05-25")));
      assertThat(note.reason()).contains("21/30 days");
    });
  }

  private String periodicIssuedOn(String contract, LocalDate date) {
    return invoices.forContract(contract).stream()
        .filter(i -> i.kind() == InvoiceKind.PERIODIC && i.issueDate().equals(date))
        .map(Invoice::number).findFirst()
        .orElseThrow(() -> new AssertionError("no periodic invoice of " + date + " in "
            + invoices.forContract(contract)));
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
        d("2026-02-10"), List.of(), Language.nl);
    driver.at(d("2026-11-11"));
    terminate(contract, Party.CLIENT, Channel.REGISTERED_LETTER, d("2026-11-11"), null);
    driver.runDueJobs();
    assertThat(contracts.require(contract).effectiveEndDate()).isEqualTo(d("2028-02-09"));
    assertThat(driver.deadline(contract, "WJA-21", "Notice for the running term").status())
        .isEqualTo(Deadline.Status.MISSED);
    assertThat(confirmation(contract)).as("a Dutch client is told why in Dutch")
        .contains("aangevraagd door uzelf op 11 november 2026",
            "Het contract eindigt op 9 februari 2028",
            "Reden: WJA-21: de opzegging moet ons ten minste 3 maanden vóór de vervaldag van "
                + "9 februari 2027 bereiken, dus uiterlijk op 10 november 2026; gegeven op "
                + "11 november 2026, gaat zij pas in op het einde van de volgende "
                + "contractperiode.")
        .doesNotContain("notice must reach us", "2026-11-10");
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

  // --- on the effective date: credit of the days invoiced after the end ---------------------

  @Test
  void WJA_21_a_yearly_hosting_ended_by_force_majeure_is_credited_the_days_after_its_last_day_once() {
    String contract = fixtures.confirmed("wja", ContractKind.HOSTING, "120.00", Period.YEARLY,
        d("2026-02-10"));
    driver.at(d("2026-06-10"));
    events.deliver(contract, new ContractEvents.Event(ContractEventType.FORCE_MAJEURE,
        d("2026-06-10"), Party.CLIENT, Channel.EMAIL, "Company dissolved after a fire"));
    driver.runDueJobs();

    assertThat(contracts.require(contract).status()).isEqualTo(ContractStatus.ENDED);
    // the year 10 Feb 2026 - 9 Feb 2027 (365 days) was invoiced in advance at the order; the
    // contract runs until 10 June: 244 days credited, 120 x 244 / 365 = 80.22 + 16.85 VAT
    List<CreditNote> notes = creditNotes.forContract(contract);
    assertThat(notes).singleElement().satisfies(note -> {
      assertThat(note.amount()).isEqualByComparingTo("97.07");
      assertThat(note.clause()).isEqualTo("CC-5.226");
      assertThat(note.reason()).contains("244/365 days", "2026-06-10");
    });
    assertThat(fixtures.notices(contract, NoticeType.CREDIT_NOTE_SENT)).hasSize(1);

    // ending again (a retried job) credits nothing more
    terminations.end("retry", contract, TerminationGround.FORCE_MAJEURE, "CC-5.226");
    assertThat(creditNotes.forContract(contract)).hasSize(1);
  }

  @Test
  void BDB_R9_3_a_monthly_rental_ended_by_force_majeure_is_credited_the_rest_of_the_month() {
    String contract = fixtures.confirmed("debruijne", ContractKind.RENTAL, "49.00",
        Period.MONTHLY, d("2026-03-04"));
    dayByDay(d("2026-03-05"), d("2026-06-10"));
    String june = periodicIssuedOn(contract, d("2026-06-04"));
    String longReason = "Owner deceased on 2 June; the heirs closed the business. "
        + "x".repeat(300);
    events.deliver(contract, new ContractEvents.Event(ContractEventType.FORCE_MAJEURE,
        d("2026-06-10"), Party.CLIENT, Channel.REGISTERED_LETTER, longReason));
    driver.runDueJobs();
    assertThat(driver.deadline(contract, "BDB-R9.3", "Force majeure recorded by staff (Owner "
        + "deceased").name()).hasSizeLessThanOrEqualTo(200).endsWith("...)");

    // month 4 June - 3 July (30 days), runs until 10 June: 23 days, 49 x 23 / 30 = 37.57 + 7.89
    assertThat(creditNotes.forContract(contract)).singleElement().satisfies(note -> {
      assertThat(note.creditedInvoice()).isEqualTo(june);
      assertThat(note.amount()).isEqualByComparingTo("45.46");
      assertThat(note.clause()).isEqualTo("BDB-R9.3");
    });
    // the June invoice was still open: it is owed net of the credit, 13.83 remain due
    Invoice juneInvoice = invoices.require(june);
    assertThat(juneInvoice.credited()).isEqualByComparingTo("45.46");
    assertThat(juneInvoice.openPrincipal()).isEqualByComparingTo("13.83");
    driver.at(d("2026-07-04"));
    assertThat(invoices.forContract(contract)).as("no invoice after the end")
        .noneMatch(i -> i.issueDate().isAfter(d("2026-06-10")));
  }

  @Test
  void WJA_12_a_resolution_ends_the_contract_at_once_and_credits_the_prepaid_months() {
    String contract = fixtures.confirmed("wja", ContractKind.HOSTING, "120.00", Period.YEARLY,
        d("2026-02-10"));
    driver.at(d("2026-06-10"));
    terminations.startFromProcess(contract, TerminationGround.RESOLUTION, d("2026-06-10"),
        "WJA-12", "resolved on 2026-06-10");
    driver.runDueJobs();

    var ended = contracts.require(contract);
    assertThat(ended.status()).isEqualTo(ContractStatus.ENDED);
    assertThat(ended.effectiveEndDate()).isEqualTo(d("2026-06-10"));
    // the year 10 Feb 2026 – 9 Feb 2027 was prepaid: 120.00 × 244 / 365 after 10 June + VAT
    assertThat(creditNotes.forContract(contract)).singleElement()
        .satisfies(note -> assertThat(note.amount()).isEqualByComparingTo("97.07"));
    assertThat(driver.deadline(contract, "WJA-12", "Resolution").status())
        .isEqualTo(Deadline.Status.MET);
  }

  // --- change requests -------------------------------------------------------------------------

  @Test
  void CC_5_70_ending_a_contract_closes_its_open_change_request_and_refuses_a_new_one() {
    String contract = fixtures.confirmed("virtura", ContractKind.RECURRING, "310.00",
        Period.MONTHLY, d("2026-03-02"));
    driver.at(d("2026-04-01"));
    driver.event(contract, ContractEventType.CHANGE_REQUEST, d("2026-04-01"), Channel.EMAIL,
        "Add a second language");
    ProcessInstance change = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(ChangeRequestVariables.businessKey(contract, 1))
        .singleResult();
    assertThat(change).isWaitingAt(ChangeRequestVariables.TASK_ASSESS);

    terminate(contract, Party.CLIENT, Channel.EMAIL, d("2026-04-01"),
        "MUTUAL_CONSENT: agreed by phone with the manager");
    driver.runDueJobs();

    assertThat(contracts.require(contract).status()).isEqualTo(ContractStatus.ENDED);
    assertThat(change).isEnded().hasPassed(ChangeRequestVariables.END_CHANGE_REQUEST_CLOSED);
    assertThatThrownBy(() -> driver.event(contract, ContractEventType.CHANGE_REQUEST,
        d("2026-04-02"), Channel.EMAIL, "One more page"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("is ENDED");
  }

  // --- grounds ---------------------------------------------------------------------------------

  @Test
  void BDB_R13_2_a_misspelled_ground_is_refused_with_the_accepted_grounds_and_nothing_changes() {
    String contract = fixtures.confirmed("debruijne", ContractKind.RENTAL, "49.00",
        Period.MONTHLY, d("2026-03-04"));
    driver.at(d("2026-06-10"));
    ContractStatus before = contracts.require(contract).status();
    assertThatThrownBy(() -> events.deliver(contract, new ContractEvents.Event(
        ContractEventType.TERMINATION, d("2026-06-10"), Party.PROVIDER,
        Channel.REGISTERED_LETTER, "GRAVE_BRECH: illegal content published")))
        .isInstanceOf(RejectedException.class)
        .hasMessageContaining("GRAVE_BRECH")
        .hasMessageContaining("[NOTICE, MUTUAL_CONSENT, GRAVE_BREACH, CHANGE_OF_TERMS, "
            + "SERVICE_INTERRUPTION]");
    assertThatThrownBy(() -> terminate(contract, Party.CLIENT, Channel.REGISTERED_LETTER,
        d("2026-06-10"), "FORCE_MAJEURE: flood")).isInstanceOf(RejectedException.class)
        .hasMessageContaining("type FORCE_MAJEURE");
    assertThat(termination(contract)).isNull();
    assertThat(contracts.require(contract).status()).isEqualTo(before);
    assertThat(contracts.require(contract).effectiveEndDate()).isNull();

    // plain words are a notice's motive, a known ground in any case is read
    assertThat(TerminationGround.fromReason("Moving abroad: closing the shop"))
        .isEqualTo(TerminationGround.NOTICE);
    assertThat(TerminationGround.fromReason("grave_breach: illegal content"))
        .isEqualTo(TerminationGround.GRAVE_BREACH);
  }

  // --- deadlines -------------------------------------------------------------------------------

  @Test
  void BDB_R13_1_every_termination_date_is_a_deadline_with_its_clause() {
    String contract = fixtures.confirmed("debruijne", ContractKind.RENTAL, "49.00",
        Period.MONTHLY, d("2026-03-04"));
    driver.at(d("2026-06-10"));
    terminate(contract, Party.CLIENT, Channel.REGISTERED_LETTER, d("2026-06-10"), null);
    driver.runDueJobs();

    assertThat(driver.deadline(contract, "BDB-R9.3", "Termination received"))
        .satisfies(dl -> {
          assertThat(dl.dueDate()).isEqualTo(d("2026-06-10"));
          assertThat(dl.status()).isEqualTo(Deadline.Status.MET);
        });
    var offline = driver.deadline(contract, "BDB-R9.3", "Site taken offline");
    assertThat(offline.dueDate()).isEqualTo(d("2026-06-11"));
    assertThat(offline.status()).isEqualTo(Deadline.Status.PENDING);
    assertThat(driver.deadline(contract, "BDB-R9.3", "Site offline and stored").dueDate())
        .isEqualTo(d("2027-03-03"));
    assertThat(driver.deadline(contract, "BDB-R9.3", "Contract ends").dueDate())
        .isEqualTo(d("2027-03-03"));
    assertThat(driver.deadline(contract, "BDB-R9.3", "Notice for the running term"))
        .satisfies(dl -> assertThat(dl.status()).isEqualTo(Deadline.Status.MET));
    // Wednesday 3 March 2027 + 1 business day
    assertThat(driver.deadline(contract, "BDB-R9.3", "Services stopped").dueDate())
        .isEqualTo(d("2027-03-04"));

    driver.complete(driver.task(termination(contract).getId(),
        TerminationVariables.TASK_STORE_SITE), Map.of("storageNote", "Archive on NAS"));
    assertThat(driver.deadline(contract, "BDB-R9.3", "Site taken offline").status())
        .isEqualTo(Deadline.Status.MET);
  }
}
