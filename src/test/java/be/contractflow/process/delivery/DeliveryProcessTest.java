package be.contractflow.process.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.Deadline;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.Language;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.Channel;
import be.contractflow.process.ContractEventType;
import be.contractflow.process.ProcessVariable;
import be.contractflow.process.TypedVariables;
import be.contractflow.support.LedgerFixtures;
import be.contractflow.support.ProcessDriver;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
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

/**
 * The {@code delivery} process on the real auto-deployment, per profile, with dates around
 * weekends, Easter Monday (6 Apr 2026), Ascension (14 May 2026) and Whit Monday (25 May 2026).
 */
@SpringBootTest
@ActiveProfiles("test")
class DeliveryProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired LedgerFixtures ledger;
  @Autowired ProcessDriver driver;
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

  // --- contents (BDB-6.3, BDB-11.2, VIR-3.2) ----------------------------------------------

  @Test
  void BDB_6_3_contents_due_in_10_business_days_and_missed_gives_a_chase_task() {
    var started = start("debruijne", "2000.00", LocalDate.of(2026, 4, 2)); // Thursday
    Contract contract = started.contract();

    // 2 Apr + 10 business days, Easter Monday 6 Apr skipped = Friday 17 Apr
    assertThat(started.instance()).isWaitingAt(DeliveryVariables.TASK_RECEIVE_CONTENTS);
    assertThat(var(started, DeliveryVariables.CONTENTS_DUE_DATE)).isEqualTo(LocalDate.of(2026, 4, 17));
    Deadline due = driver.deadline(contract.number(), "BDB-6.3", "Client contents due");
    assertThat(due.dueDate()).isEqualTo(LocalDate.of(2026, 4, 17));
    assertThat(due.status()).isEqualTo(Deadline.Status.PENDING);
    assertThat(notices.forContract(contract.number())).extracting(n -> n.type())
        .contains(NoticeType.CONTENTS_REQUESTED);
    assertThat(timerDue(started.instance())).isEqualTo(at("2026-04-17T22:00:00Z"));

    driver.at(LocalDate.of(2026, 4, 17));
    assertThat(driver.openTasks(id(started), DeliveryVariables.TASK_CHASE_CONTENTS)).isZero();

    driver.at(LocalDate.of(2026, 4, 18));
    var chase = driver.task(id(started), DeliveryVariables.TASK_CHASE_CONTENTS);
    assertThat(chase).hasCandidateGroup("production");
    assertThat(chase.getDueDate()).isEqualTo(at("2026-04-20T21:59:00Z")); // next business day
    assertThat(driver.deadline(contract.number(), "BDB-6.3", "Client contents due").status())
        .isEqualTo(Deadline.Status.MISSED);

    // BDB-11.2: suspend the order and invoice the work done
    driver.complete(chase, TypedVariables.of(DeliveryVariables.SUSPEND_ORDER, true)
        .and(DeliveryVariables.INTERIM_INVOICE, true)
        .and(DeliveryVariables.INTERIM_AMOUNT_EXCL_VAT, new BigDecimal("300.00")).map());
    assertThat(contracts.require(contract.number()).suspended()).isTrue();
    Invoice interim = only(contract, InvoiceKind.INTERIM);
    assertThat(interim.clause()).isEqualTo("BDB-11.2");
    assertThat(interim.amountExclVat()).isEqualByComparingTo("300.00");
    assertThat(interim.total()).isEqualByComparingTo("363.00");

    driver.event(contract.number(), ContractEventType.CONTENTS_RECEIVED, LocalDate.of(2026, 4, 22));
    assertThat(contracts.require(contract.number()).suspended()).isFalse();
    assertThat(contracts.require(contract.number()).status()).isEqualTo(ContractStatus.IN_PRODUCTION);
    assertThat(started.instance()).isWaitingAt(DeliveryVariables.TASK_BUILD_SITE);
  }

  @Test
  void VIR_3_2_missing_information_may_suspend_but_is_no_deadline() {
    var started = start("virtura", "5000.00", LocalDate.of(2026, 4, 2));
    Contract contract = started.contract();

    // no contents period in the terms: a follow-up after 10 business days, no deadline recorded
    assertThat(var(started, DeliveryVariables.CONTENTS_DUE_DATE)).isEqualTo(LocalDate.of(2026, 4, 17));
    assertThat(driver.deadlines(contract.number())).isEmpty();
    driver.at(LocalDate.of(2026, 4, 18));
    assertThat(var(started, DeliveryVariables.SUSPEND_ALLOWED)).isEqualTo(true);
    assertThat(var(started, DeliveryVariables.INTERIM_ALLOWED)).isEqualTo(false);
    driver.complete(driver.task(id(started), DeliveryVariables.TASK_CHASE_CONTENTS),
        TypedVariables.of(DeliveryVariables.SUSPEND_ORDER, true).map());
    assertThat(contracts.require(contract.number()).suspended()).isTrue();

    // GO_LIVE before the contents: the state does not allow it
    assertThatThrownBy(() -> driver.event(contract.number(), ContractEventType.GO_LIVE,
        LocalDate.of(2026, 4, 20))).isInstanceOf(ConflictException.class)
        .hasMessageContaining("GO_LIVE");

    driver.event(contract.number(), ContractEventType.CONTENTS_RECEIVED, LocalDate.of(2026, 4, 20));
    driver.event(contract.number(), ContractEventType.GO_LIVE, LocalDate.of(2026, 5, 4));
    // no window in Virtura's terms: accepted at go-live, nothing invoiced, the process ends
    assertThat(contracts.require(contract.number()).status()).isEqualTo(ContractStatus.ACCEPTED);
    assertThat(invoices.forContract(contract.number())).isEmpty();
    assertThat(started.instance()).isEnded();
  }

  @Test
  void BDB_6_3_build_is_due_10_business_days_after_the_contents() {
    var started = start("debruijne", "2000.00", LocalDate.of(2026, 4, 28));
    Contract contract = started.contract();

    driver.event(contract.number(), ContractEventType.CONTENTS_RECEIVED, LocalDate.of(2026, 5, 6));

    // Wednesday 6 May + 10 business days, Ascension 14 May skipped = Thursday 21 May
    var build = driver.task(id(started), DeliveryVariables.TASK_BUILD_SITE);
    assertThat(build.getDueDate()).isEqualTo(at("2026-05-21T21:59:00Z"));
    Deadline delivery = driver.deadline(contract.number(), "BDB-6.3", "Site delivery due");
    assertThat(delivery.dueDate()).isEqualTo(LocalDate.of(2026, 5, 21));
    assertThat(driver.deadline(contract.number(), "BDB-6.3", "Client contents due").status())
        .isEqualTo(Deadline.Status.MET);
    assertThat(contracts.require(contract.number()).status()).isEqualTo(ContractStatus.IN_PRODUCTION);
    // BDB-16.4: nothing between deposit and balance
    assertThat(invoices.forContract(contract.number())).isEmpty();
  }

  @Test
  void BDB_6_3_a_site_put_online_after_its_delivery_date_shows_the_deadline_missed() {
    var started = start("debruijne", "2000.00", LocalDate.of(2026, 4, 28));
    Contract contract = started.contract();
    driver.event(contract.number(), ContractEventType.CONTENTS_RECEIVED, LocalDate.of(2026, 5, 6));
    // due Thursday 21 May; online Friday 22 May
    LedgerFixtures.today(LocalDate.of(2026, 5, 22));
    driver.event(contract.number(), ContractEventType.GO_LIVE, LocalDate.of(2026, 5, 22));
    assertThat(driver.deadline(contract.number(), "BDB-6.3", "Site delivery due").status())
        .isEqualTo(Deadline.Status.MISSED);
  }

  // --- invoices (WJA-2, WJA-5, BDB-16.4) --------------------------------------------------

  @Test
  void WJA_2_40_percent_during_development_and_10_percent_at_delivery() {
    var started = start("wja", "1234.57", LocalDate.of(2026, 4, 2));
    Contract contract = started.contract();
    ledger.invoice(contract, InvoiceKind.DEPOSIT, "WJA-2", "617.29"); // the order's 50 %

    driver.event(contract.number(), ContractEventType.CONTENTS_RECEIVED, LocalDate.of(2026, 4, 3));
    Invoice progress = only(contract, InvoiceKind.PROGRESS);
    assertThat(progress.clause()).isEqualTo("WJA-2");
    assertThat(progress.amountExclVat()).isEqualByComparingTo("493.83"); // 40 % of 1234.57
    assertThat(progress.total()).isEqualByComparingTo("597.53");

    LedgerFixtures.today(LocalDate.of(2026, 5, 9));
    var build = driver.task(id(started), DeliveryVariables.TASK_BUILD_SITE);
    driver.complete(build, TypedVariables.of(DeliveryVariables.SITE_URL, "https://client.example")
        .and(DeliveryVariables.GO_LIVE_DATE, LocalDate.of(2026, 5, 9))
        .and(DeliveryVariables.REWORK_HOURS, new BigDecimal("2.5"))
        .and(DeliveryVariables.REWORK_HOURLY_RATE_EXCL_VAT, new BigDecimal("65.00")).map());

    Invoice balance = only(contract, InvoiceKind.BALANCE);
    // 1234.57 - 617.29 (50 %) - 493.83 (40 %) = 123.45
    assertThat(balance.amountExclVat()).isEqualByComparingTo("123.45");
    assertThat(balance.total()).isEqualByComparingTo("149.37");
    assertThat(balance.issueDate()).isEqualTo(LocalDate.of(2026, 5, 9));
    // WJA-5: 2.5 h x 65.00 en régie
    Invoice rework = only(contract, InvoiceKind.REGIE);
    assertThat(rework.clause()).isEqualTo("WJA-5");
    assertThat(rework.amountExclVat()).isEqualByComparingTo("162.50");
    assertThat(rework.total()).isEqualByComparingTo("196.63");
    assertThat(contracts.require(contract.number()).status()).isEqualTo(ContractStatus.DELIVERED);
  }

  @Test
  void VIR_8_rework_hours_of_client_files_are_billed_under_the_virtura_clause_not_WJA_5() {
    var started = start("virtura", "5000.00", LocalDate.of(2026, 4, 2));
    Contract contract = started.contract();
    driver.event(contract.number(), ContractEventType.CONTENTS_RECEIVED, LocalDate.of(2026, 4, 3));

    LedgerFixtures.today(LocalDate.of(2026, 5, 4));
    driver.complete(driver.task(id(started), DeliveryVariables.TASK_BUILD_SITE),
        TypedVariables.of(DeliveryVariables.SITE_URL, "https://client.example")
            .and(DeliveryVariables.GO_LIVE_DATE, LocalDate.of(2026, 5, 4))
            .and(DeliveryVariables.REWORK_HOURS, new BigDecimal("2"))
            .and(DeliveryVariables.REWORK_HOURLY_RATE_EXCL_VAT, new BigDecimal("90.00")).map());

    // VIR-8: work outside the base agreement en régie, 2 h x 90.00
    Invoice rework = only(contract, InvoiceKind.REGIE);
    assertThat(rework.clause()).isEqualTo("VIR-8");
    assertThat(rework.amountExclVat()).isEqualByComparingTo("180.00");
  }

  @Test
  void BDB_11_2_the_balance_at_go_live_is_the_price_less_the_deposit_and_the_interim_invoice() {
    var started = start("debruijne", "2345.67", LocalDate.of(2026, 4, 2));
    Contract contract = started.contract();
    ledger.invoice(contract, InvoiceKind.DEPOSIT, "BDB-16.4", "1172.84"); // the order's 50 %
    driver.at(LocalDate.of(2026, 4, 18)); // contents missed (due 17 April)
    driver.complete(driver.task(id(started), DeliveryVariables.TASK_CHASE_CONTENTS),
        TypedVariables.of(DeliveryVariables.SUSPEND_ORDER, true)
            .and(DeliveryVariables.INTERIM_INVOICE, true)
            .and(DeliveryVariables.INTERIM_AMOUNT_EXCL_VAT, new BigDecimal("400.55")).map());
    driver.event(contract.number(), ContractEventType.CONTENTS_RECEIVED, LocalDate.of(2026, 4, 22));

    LedgerFixtures.today(LocalDate.of(2026, 5, 8));
    driver.event(contract.number(), ContractEventType.GO_LIVE, LocalDate.of(2026, 5, 8));

    // 2345.67 - 1172.84 (deposit) - 400.55 (interim, work already done) = 772.28
    Invoice balance = only(contract, InvoiceKind.BALANCE);
    assertThat(balance.amountExclVat()).isEqualByComparingTo("772.28");
    assertThat(balance.total()).isEqualByComparingTo("934.46");
    assertThat(invoices.forContract(contract.number()).stream()
        .map(Invoice::amountExclVat).reduce(BigDecimal.ZERO, BigDecimal::add))
        .as("the invoices add up to the price, to the cent").isEqualByComparingTo("2345.67");
  }

  @Test
  void BDB_16_4_balance_on_the_day_of_go_live() {
    var started = start("debruijne", "2345.67", LocalDate.of(2026, 4, 28));
    Contract contract = started.contract();
    ledger.invoice(contract, InvoiceKind.DEPOSIT, "BDB-16.4", "1172.84"); // the order's 50 %
    driver.event(contract.number(), ContractEventType.CONTENTS_RECEIVED, LocalDate.of(2026, 5, 6));

    LedgerFixtures.today(LocalDate.of(2026, 5, 8));
    driver.event(contract.number(), ContractEventType.GO_LIVE, LocalDate.of(2026, 5, 8));

    Invoice balance = only(contract, InvoiceKind.BALANCE);
    assertThat(balance.clause()).isEqualTo("BDB-16.4");
    // 2345.67 - 1172.84 (50 % deposit, half-up) = 1172.83
    assertThat(balance.amountExclVat()).isEqualByComparingTo("1172.83");
    assertThat(balance.total()).isEqualByComparingTo("1419.12");
    assertThat(balance.issueDate()).isEqualTo(LocalDate.of(2026, 5, 8));
    assertThat(notices.forContract(contract.number())).extracting(n -> n.type())
        .contains(NoticeType.GO_LIVE);
    // BDB-8.6: the go-live email is completion: accepted at go-live
    assertThat(contracts.require(contract.number()).status()).isEqualTo(ContractStatus.ACCEPTED);
    assertThat(driver.deadline(contract.number(), "BDB-6.3", "Site delivery due").status())
        .isEqualTo(Deadline.Status.MET);
  }

  // --- acceptance (WJA-24) ----------------------------------------------------------------

  @Test
  void WJA_24_site_is_deemed_accepted_on_the_delivery_day_after_5_days() {
    var started = wjaOnline(LocalDate.of(2026, 5, 9)); // Saturday
    Contract contract = started.contract();
    assertThat(contracts.require(contract.number()).status()).isEqualTo(ContractStatus.DELIVERED);

    // 9 May + 5 days = Thursday 14 May, Ascension -> Friday 15 May, ends at 24:00
    Deadline window = driver.deadline(contract.number(), "WJA-24", "Non-conformity");
    assertThat(window.dueDate()).isEqualTo(LocalDate.of(2026, 5, 15));
    driver.at(LocalDate.of(2026, 5, 15));
    assertThat(contracts.require(contract.number()).status()).isEqualTo(ContractStatus.DELIVERED);

    driver.at(LocalDate.of(2026, 5, 16));
    assertThat(contracts.require(contract.number()).status()).isEqualTo(ContractStatus.ACCEPTED);
    assertThat(var(started, DeliveryVariables.ACCEPTED_ON)).isEqualTo(LocalDate.of(2026, 5, 9));
    assertThat(driver.deadline(contract.number(), "WJA-24", "Non-conformity").status())
        .isEqualTo(Deadline.Status.MET);
    // WJA-16: 2 and 4 months of the last invoice (issued at delivery)
    assertThat(driver.deadline(contract.number(), "WJA-16", "Hidden defects reported").dueDate())
        .isEqualTo(LocalDate.of(2026, 7, 9));
    assertThat(driver.deadline(contract.number(), "WJA-16", "Hidden defects: action").dueDate())
        .isEqualTo(LocalDate.of(2026, 9, 9));
    assertThat(started.instance()).isNotEnded();

    driver.at(LocalDate.of(2026, 9, 10));
    assertThat(driver.deadline(contract.number(), "WJA-16", "Hidden defects: action").status())
        .isEqualTo(Deadline.Status.MET);
    assertThat(started.instance()).isEnded();
  }

  @Test
  void WJA_16_hidden_defect_reported_by_registered_letter_is_heard() {
    var started = wjaOnline(LocalDate.of(2026, 5, 9));
    String number = started.contract().number();
    driver.at(LocalDate.of(2026, 6, 10)); // accepted; the report window runs until 9 July
    assertThat(driver.deadline(number, "WJA-16", "Hidden defects reported").status())
        .isEqualTo(Deadline.Status.PENDING);

    assertThatThrownBy(() -> driver.event(number, ContractEventType.MALFUNCTION,
        LocalDate.of(2026, 6, 10), Channel.EMAIL, "Contact form loses messages"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("WJA-16").hasMessageContaining("REGISTERED_LETTER");
    assertThat(driver.openTasks(windows(started), DeliveryVariables.TASK_HANDLE_HIDDEN_DEFECT)).isZero();

    driver.event(number, ContractEventType.MALFUNCTION, LocalDate.of(2026, 6, 10),
        Channel.REGISTERED_LETTER, "Contact form loses messages");
    var handle = driver.task(windows(started), DeliveryVariables.TASK_HANDLE_HIDDEN_DEFECT);
    assertThat(handle).hasCandidateGroup("production");
    // 10 June + 5 business days = Wednesday 17 June
    assertThat(handle.getDueDate()).isEqualTo(at("2026-06-17T21:59:00Z"));
    driver.event(number, ContractEventType.NON_CONFORMITY, LocalDate.of(2026, 6, 12),
        Channel.REGISTERED_LETTER, "Footer shows the wrong address");
    assertThat(driver.openTasks(windows(started), DeliveryVariables.TASK_HANDLE_HIDDEN_DEFECT))
        .as("each report is heard").isEqualTo(2);

    driver.at(LocalDate.of(2026, 7, 10));
    assertThat(driver.deadline(number, "WJA-16", "Hidden defects reported").status())
        .isEqualTo(Deadline.Status.MET);
    assertThatThrownBy(() -> driver.event(number, ContractEventType.MALFUNCTION,
        LocalDate.of(2026, 7, 10), Channel.REGISTERED_LETTER, "Too late"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void WJA_24_non_conformity_counts_by_registered_letter_only() {
    var started = wjaOnline(LocalDate.of(2026, 5, 9));
    Contract contract = started.contract();

    assertThatThrownBy(() -> driver.event(contract.number(), ContractEventType.NON_CONFORMITY,
        LocalDate.of(2026, 5, 11), Channel.EMAIL, "Menu broken"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("WJA-24").hasMessageContaining("REGISTERED_LETTER");
    assertThat(driver.openTasks(windows(started), DeliveryVariables.TASK_HANDLE_NON_CONFORMITY)).isZero();

    driver.event(contract.number(), ContractEventType.NON_CONFORMITY, LocalDate.of(2026, 5, 11),
        Channel.REGISTERED_LETTER, "Menu broken");
    var handle = driver.task(windows(started), DeliveryVariables.TASK_HANDLE_NON_CONFORMITY);
    // Monday 11 May + 5 business days, Ascension 14 May skipped = Tuesday 19 May
    assertThat(handle.getDueDate()).isEqualTo(at("2026-05-19T21:59:00Z"));
    driver.at(LocalDate.of(2026, 5, 16));
    assertThat(contracts.require(contract.number()).status()).isEqualTo(ContractStatus.DELIVERED);

    // the corrected site online on Wednesday 13 May: a new 5-day window to Monday 18 May
    driver.complete(handle, TypedVariables.of(DeliveryVariables.CORRECTED_ON, LocalDate.of(2026, 5, 13)).map());
    Deadline second = driver.deadline(contract.number(), "WJA-24", "Non-conformity of the corrected");
    assertThat(second.dueDate()).isEqualTo(LocalDate.of(2026, 5, 18));
    driver.at(LocalDate.of(2026, 5, 19));
    assertThat(contracts.require(contract.number()).status()).isEqualTo(ContractStatus.ACCEPTED);
    assertThat(var(started, DeliveryVariables.ACCEPTED_ON)).isEqualTo(LocalDate.of(2026, 5, 13));
  }

  // --- De Bruijne windows (BDB-8.6, BDB-12.2, BDB-15.1) -----------------------------------

  @Test
  void BDB_8_6_tweak_window_of_15_days_each_request_a_task() {
    var started = debruijneOnline(LocalDate.of(2026, 5, 8)); // Friday
    Contract contract = started.contract();
    // 8 May + 15 days = Saturday 23 May; Sunday, Whit Monday 25 May -> Tuesday 26 May
    assertThat(var(started, DeliveryVariables.TWEAKS_UNTIL)).isEqualTo(LocalDate.of(2026, 5, 26));
    assertThat(driver.deadline(contract.number(), "BDB-8.6", "Free minor changes").dueDate())
        .isEqualTo(LocalDate.of(2026, 5, 26));

    driver.at(LocalDate.of(2026, 5, 20));
    driver.event(contract.number(), ContractEventType.TWEAK_REQUESTED, LocalDate.of(2026, 5, 20),
        Channel.EMAIL, "Change the phone number");
    driver.event(contract.number(), ContractEventType.TWEAK_REQUESTED, LocalDate.of(2026, 5, 20),
        Channel.EMAIL, "New photo");
    assertThat(driver.openTasks(windows(started), DeliveryVariables.TASK_MAKE_TWEAK)).isEqualTo(2);
    var free = engine.getTaskService().createTaskQuery().processInstanceId(windows(started))
        .taskDefinitionKey(DeliveryVariables.TASK_MAKE_TWEAK).list().get(0);
    assertThat(engine.getTaskService().getVariable(free.getId(), "tweakFree")).isEqualTo(true);
    // 20 May + 5 business days, Whit Monday skipped = Thursday 28 May
    assertThat(free.getDueDate()).isEqualTo(at("2026-05-28T21:59:00Z"));

    driver.at(LocalDate.of(2026, 5, 27));
    assertThat(driver.deadline(contract.number(), "BDB-8.6", "Free minor changes").status())
        .isEqualTo(Deadline.Status.MET);
    assertThatThrownBy(() -> driver.event(contract.number(), ContractEventType.TWEAK_REQUESTED,
        LocalDate.of(2026, 5, 27))).isInstanceOf(ConflictException.class);
    // requested in the window: still to be done after it closed
    assertThat(driver.openTasks(windows(started), DeliveryVariables.TASK_MAKE_TWEAK)).isEqualTo(2);
  }

  /**
   * Issue 11 item 9: a late task is escalated (a follow-up for its group on its due date), it never
   * moves a date: the tweak keeps its due date, the free window closes on its own date.
   */
  @Test
  void BDB_8_6_a_late_tweak_is_escalated_to_production_and_the_free_window_still_closes_on_its_date() {
    var started = debruijneOnline(LocalDate.of(2026, 5, 8));
    Contract contract = started.contract();
    driver.at(LocalDate.of(2026, 5, 11));
    driver.event(contract.number(), ContractEventType.TWEAK_REQUESTED, LocalDate.of(2026, 5, 11),
        Channel.EMAIL, "Change the phone number");
    // Monday 11 May + 5 business days, Ascension 14 May skipped = Tuesday 19 May
    var tweak = driver.task(windows(started), DeliveryVariables.TASK_MAKE_TWEAK);
    assertThat(tweak.getDueDate()).isEqualTo(at("2026-05-19T21:59:00Z"));
    driver.at(LocalDate.of(2026, 5, 19));
    assertThat(driver.openTasks(windows(started), DeliveryVariables.TASK_FOLLOW_UP_TWEAK)).isZero();

    driver.at(LocalDate.of(2026, 5, 20));
    var followUp = driver.task(windows(started), DeliveryVariables.TASK_FOLLOW_UP_TWEAK);
    assertThat(followUp).hasCandidateGroup("production");
    assertThat(followUp.getName()).startsWith("Follow up the overdue tweak");
    var form = engine.getTaskService().getVariables(followUp.getId());
    assertThat(form).containsEntry(DeliveryVariables.OVERDUE_TASK.name(), "Make minor tweak")
        .containsEntry("overdueSinceShown", "19/05/2026");
    assertThat(followUp.getDueDate()).isEqualTo(at("2026-05-21T21:59:00Z")); // the next business day
    assertThat(driver.task(windows(started), DeliveryVariables.TASK_MAKE_TWEAK).getDueDate())
        .isEqualTo(at("2026-05-19T21:59:00Z"));

    // 8 May + 15 days, Whit Monday skipped = Tuesday 26 May, whatever the tweak's state
    driver.at(LocalDate.of(2026, 5, 27));
    Deadline window = driver.deadline(contract.number(), "BDB-8.6", "Free minor changes");
    assertThat(window.dueDate()).isEqualTo(LocalDate.of(2026, 5, 26));
    assertThat(window.status()).isEqualTo(Deadline.Status.MET);
    driver.complete(driver.task(windows(started), DeliveryVariables.TASK_MAKE_TWEAK), Map.of());
    assertThat(driver.openTasks(windows(started), DeliveryVariables.TASK_FOLLOW_UP_TWEAK))
        .as("the tweak done ends its follow-up").isZero();
  }

  @Test
  void BDB_8_4_large_text_changes_at_delivery_are_billed_pro_rata_of_the_extra_time() {
    var started = debruijneOnline(LocalDate.of(2026, 5, 8));
    Contract contract = started.contract();
    driver.at(LocalDate.of(2026, 5, 11));
    driver.event(contract.number(), ContractEventType.TWEAK_REQUESTED, LocalDate.of(2026, 5, 11),
        Channel.EMAIL, "Rewrite every page of the texts");
    var tweak = driver.task(windows(started), DeliveryVariables.TASK_MAKE_TWEAK);
    long before = invoices.forContract(contract.number()).size();

    assertThatThrownBy(() -> engine.getTaskService().complete(tweak.getId(), Map.of(
        DeliveryVariables.LARGE_TEXT_CHANGE_HOURS.name(), 2.5,
        DeliveryVariables.LARGE_TEXT_HOURLY_RATE_EXCL_VAT.name(), 60)))
        .as("billed only after warning the client by email").hasMessageContaining("email");

    driver.complete(tweak, TypedVariables.of(DeliveryVariables.CLIENT_WARNED_ON, LocalDate.of(2026, 5, 11))
        .andAll(Map.of(DeliveryVariables.LARGE_TEXT_CHANGE_HOURS.name(), 2.5,
        DeliveryVariables.LARGE_TEXT_HOURLY_RATE_EXCL_VAT.name(), 60)).map());
    List<Invoice> all = invoices.forContract(contract.number());
    assertThat(all).hasSize((int) before + 1);
    Invoice extra = all.get(all.size() - 1);
    // 2.5 h x 60.00 = 150.00 + 21 % VAT = 181.50
    assertThat(extra.kind()).isEqualTo(InvoiceKind.REGIE);
    assertThat(extra.clause()).isEqualTo("BDB-8.4");
    assertThat(extra.amountExclVat()).isEqualByComparingTo("150.00");
    assertThat(extra.total()).isEqualByComparingTo("181.50");
  }

  @Test
  void WJA_16_hardware_sold_with_the_site_must_be_sued_for_within_one_month() {
    var started = wjaOnline(LocalDate.of(2026, 5, 9));
    String number = started.contract().number();
    driver.at(LocalDate.of(2026, 5, 12));
    driver.event(number, ContractEventType.HARDWARE_DELIVERED, LocalDate.of(2026, 5, 12),
        Channel.IN_PERSON, "Office router and NAS");
    // 12 May + 1 month = Friday 12 June
    Deadline action = driver.deadline(number, "WJA-16", "Hidden defects of the hardware");
    assertThat(action.dueDate()).isEqualTo(LocalDate.of(2026, 6, 12));
    assertThat(action.status()).isEqualTo(Deadline.Status.PENDING);
    driver.at(LocalDate.of(2026, 6, 12));
    assertThat(driver.deadline(number, "WJA-16", "Hidden defects of the hardware").status())
        .isEqualTo(Deadline.Status.PENDING);
    driver.at(LocalDate.of(2026, 6, 13));
    assertThat(driver.deadline(number, "WJA-16", "Hidden defects of the hardware").status())
        .isEqualTo(Deadline.Status.MET);
    assertThat(started.instance()).as("the site's windows go on").isNotEnded();
  }

  @Test
  void WJA_16_a_hardware_delivery_under_terms_without_a_sale_period_is_refused() {
    var started = debruijneOnline(LocalDate.of(2026, 5, 8));
    assertThatThrownBy(() -> driver.event(started.contract().number(),
        ContractEventType.HARDWARE_DELIVERED, LocalDate.of(2026, 5, 11)))
        .isInstanceOf(ConflictException.class).hasMessageContaining("no period");
  }

  @Test
  void BDB_12_2_warranty_of_15_days_each_malfunction_a_task() {
    var started = debruijneOnline(LocalDate.of(2026, 5, 8));
    Contract contract = started.contract();
    assertThat(driver.deadline(contract.number(), "BDB-12.2", "Warranty").dueDate())
        .isEqualTo(LocalDate.of(2026, 5, 26));

    driver.at(LocalDate.of(2026, 5, 26));
    driver.event(contract.number(), ContractEventType.MALFUNCTION, LocalDate.of(2026, 5, 26),
        Channel.PHONE, "Contact form sends nothing");
    assertThat(driver.openTasks(windows(started), DeliveryVariables.TASK_FIX_MALFUNCTION)).isEqualTo(1);

    driver.at(LocalDate.of(2026, 5, 27));
    assertThat(driver.deadline(contract.number(), "BDB-12.2", "Warranty").status())
        .isEqualTo(Deadline.Status.MET);
    assertThatThrownBy(() -> driver.event(contract.number(), ContractEventType.MALFUNCTION,
        LocalDate.of(2026, 5, 27))).isInstanceOf(ConflictException.class);
  }

  @Test
  void BDB_15_1_training_within_3_months_after_delivery() {
    var started = debruijneOnline(LocalDate.of(2026, 5, 8));
    Contract contract = started.contract();
    // 8 May + 3 months = Saturday 8 Aug -> Monday 10 Aug
    Deadline training = driver.deadline(contract.number(), "BDB-15.1", "Training");
    assertThat(training.dueDate()).isEqualTo(LocalDate.of(2026, 8, 10));

    driver.at(LocalDate.of(2026, 6, 10));
    driver.event(contract.number(), ContractEventType.TRAINING_DONE, LocalDate.of(2026, 6, 10));
    assertThat(driver.deadline(contract.number(), "BDB-15.1", "Training").status())
        .isEqualTo(Deadline.Status.MET);
    // every window closed (tweaks and warranty on 26 May): delivery is over
    assertThat(started.instance()).isEnded();
  }

  @Test
  void BDB_15_1_training_not_taken_in_3_months_lapses() {
    var started = debruijneOnline(LocalDate.of(2026, 5, 8));
    Contract contract = started.contract();

    driver.at(LocalDate.of(2026, 8, 10));
    assertThat(started.instance()).isNotEnded();
    driver.at(LocalDate.of(2026, 8, 11));
    assertThat(driver.deadline(contract.number(), "BDB-15.1", "Training").status())
        .isEqualTo(Deadline.Status.MISSED);
    assertThat(started.instance()).isEnded();
    assertThatThrownBy(() -> driver.event(contract.number(), ContractEventType.TRAINING_DONE,
        LocalDate.of(2026, 8, 11))).isInstanceOf(ConflictException.class);
  }

  // --- helpers ----------------------------------------------------------------------------

  record Started(Contract contract, ProcessInstance instance) {}

  private Started start(String profile, String orderTotal, LocalDate day) {
    LedgerFixtures.today(day);
    var client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    var contract = ledger.contract(profile, ContractKind.PROJECT, client);
    return new Started(contract,
        driver.startDelivery(contract, ClientType.PROFESSIONAL, orderTotal));
  }

  private Started wjaOnline(LocalDate goLive) {
    var started = start("wja", "3000.00", goLive.minusDays(30));
    driver.event(started.contract().number(), ContractEventType.CONTENTS_RECEIVED,
        goLive.minusDays(20));
    driver.at(goLive);
    driver.event(started.contract().number(), ContractEventType.GO_LIVE, goLive);
    return started;
  }

  private Started debruijneOnline(LocalDate goLive) {
    var started = start("debruijne", "2000.00", goLive.minusDays(30));
    driver.event(started.contract().number(), ContractEventType.CONTENTS_RECEIVED,
        goLive.minusDays(20));
    driver.at(goLive);
    driver.event(started.contract().number(), ContractEventType.GO_LIVE, goLive);
    return started;
  }

  /** A variable of the go-live windows while they run (WJA-24 acceptance is one), else of the delivery. */
  private <T> T var(Started started, ProcessVariable<T> variable) {
    var windows = runtime.createProcessInstanceQuery().superProcessInstanceId(id(started)).singleResult();
    return variable.get(runtime.getVariables(windows != null ? windows.getId() : id(started)));
  }

  /** The {@code go-live-windows} instance the delivery called at go-live: the windows' tasks are there. */
  private String windows(Started started) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(id(started))
        .processDefinitionKey(DeliveryVariables.WINDOWS_PROCESS_KEY).singleResult().getId();
  }

  private static String id(Started started) {
    return started.instance().getId();
  }

  private Date timerDue(ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).timers()
        .singleResult().getDuedate();
  }

  private Invoice only(Contract contract, InvoiceKind kind) {
    List<Invoice> found = invoices.forContract(contract.number()).stream()
        .filter(i -> i.kind() == kind).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static Date at(String instant) {
    return Date.from(Instant.parse(instant));
  }

  @SuppressWarnings("unused")
  private static BigDecimal amount(String value) {
    return new BigDecimal(value);
  }
}
