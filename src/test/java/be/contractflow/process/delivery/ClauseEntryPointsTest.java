package be.contractflow.process.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.Deadline;
import be.contractflow.ledger.Deadlines;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.Language;
import be.contractflow.ledger.Party;
import be.contractflow.ledger.RejectedException;
import be.contractflow.notice.Notice;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.Channel;
import be.contractflow.process.ContractEventType;
import be.contractflow.process.ContractEvents;
import be.contractflow.support.LedgerFixtures;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Clauses whose entry point is a staff event (issue 11 item 6): BDB-17.3, BDB-18. */
@SpringBootTest
@ActiveProfiles("test")
class ClauseEntryPointsTest {

  @Autowired LedgerFixtures ledger;
  @Autowired ContractEvents events;
  @Autowired InvoiceRepository invoices;
  @Autowired NoticeService notices;
  @Autowired Deadlines deadlines;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Contract contract(String profile, LocalDate day) {
    LedgerFixtures.today(day);
    return ledger.contract(profile, ContractKind.PROJECT,
        ledger.client(ClientType.PROFESSIONAL, Language.fr));
  }

  private List<Notice> notices(Contract contract, NoticeType type) {
    return notices.forContract(contract.number()).stream().filter(n -> n.type() == type).toList();
  }

  @Test
  void BDB_17_3_each_violation_recorded_by_staff_is_invoiced_3800_outside_VAT() {
    Contract contract = contract("debruijne", LocalDate.of(2026, 6, 1));
    assertThatThrownBy(() -> events.deliver(contract.number(), new ContractEvents.Event(
            ContractEventType.CONTENT_VIOLATION, LocalDate.of(2026, 6, 1), Party.PROVIDER,
            Channel.EMAIL, " ")))
        .isInstanceOf(RejectedException.class).hasMessageContaining("reason");

    events.deliver(contract.number(), new ContractEvents.Event(ContractEventType.CONTENT_VIOLATION,
        LocalDate.of(2026, 6, 1), Party.PROVIDER, Channel.EMAIL, "Counterfeit goods page"));
    events.deliver(contract.number(), new ContractEvents.Event(ContractEventType.CONTENT_VIOLATION,
        LocalDate.of(2026, 6, 1), Party.PROVIDER, Channel.EMAIL, "Pirated films page"));

    List<Invoice> penalties = invoices.forContract(contract.number()).stream()
        .filter(i -> i.kind() == InvoiceKind.INDEMNITY).toList();
    assertThat(penalties).as("as many penalties as violations").hasSize(2)
        .allSatisfy(penalty -> {
          assertThat(penalty.clause()).isEqualTo("BDB-17.3");
          assertThat(penalty.amountExclVat()).isEqualByComparingTo("3800.00");
          assertThat(penalty.vat()).as("damages: outside the scope of VAT").isEqualByComparingTo("0");
          assertThat(penalty.total()).isEqualByComparingTo("3800.00");
          assertThat(penalty.issueDate()).isEqualTo(LocalDate.of(2026, 6, 1));
        });
  }

  @Test
  void BDB_17_3_terms_without_such_a_penalty_refuse_the_event() {
    Contract contract = contract("wja", LocalDate.of(2026, 6, 1));
    assertThatThrownBy(() -> events.deliver(contract.number(), new ContractEvents.Event(
            ContractEventType.CONTENT_VIOLATION, LocalDate.of(2026, 6, 1), Party.PROVIDER,
            Channel.EMAIL, "Illegal content")))
        .isInstanceOf(ConflictException.class).hasMessageContaining("no contractual penalty");
    assertThat(invoices.forContract(contract.number())).isEmpty();
  }

  @Test
  void BDB_18_provider_incapacity_is_notified_to_the_client_from_the_first_working_day() {
    // incapacity from Saturday 16 May 2026, recorded that day: the first working day is Monday 18
    Contract contract = contract("debruijne", LocalDate.of(2026, 5, 16));
    events.deliver(contract.number(), new ContractEvents.Event(
        ContractEventType.PROVIDER_INCAPACITY, LocalDate.of(2026, 5, 16), Party.PROVIDER,
        Channel.EMAIL, "Illness"));

    Deadline told = deadlines.forContract(contract.number()).stream()
        .filter(d -> "BDB-18".equals(d.clause())).findFirst().orElseThrow();
    assertThat(told.dueDate()).isEqualTo(LocalDate.of(2026, 5, 18));
    assertThat(told.status()).isEqualTo(Deadline.Status.MET);
    Notice notice = notices(contract, NoticeType.PROVIDER_INCAPACITY).get(0);
    assertThat(notice.clause()).isEqualTo("BDB-18");
    assertThat(notices.body(notice.id()).orElseThrow())
        .contains("incapacité de travail depuis le 16 mai 2026", "18 mai 2026")
        .doesNotContain("Illness");

    // the same event again sends nothing twice
    events.deliver(contract.number(), new ContractEvents.Event(
        ContractEventType.PROVIDER_INCAPACITY, LocalDate.of(2026, 5, 16), Party.PROVIDER,
        Channel.EMAIL, "Illness"));
    assertThat(notices(contract, NoticeType.PROVIDER_INCAPACITY)).hasSize(1);
  }

  @Test
  void BDB_18_an_incapacity_recorded_after_its_first_working_day_shows_the_deadline_missed() {
    Contract contract = contract("debruijne", LocalDate.of(2026, 5, 8));
    events.deliver(contract.number(), new ContractEvents.Event(
        ContractEventType.PROVIDER_INCAPACITY, LocalDate.of(2026, 5, 6), Party.PROVIDER,
        Channel.EMAIL, null));
    assertThat(deadlines.forContract(contract.number()).stream()
        .filter(d -> "BDB-18".equals(d.clause())).findFirst().orElseThrow().status())
        .isEqualTo(Deadline.Status.MISSED);
    assertThat(notices(contract, NoticeType.PROVIDER_INCAPACITY)).hasSize(1);
  }
}
