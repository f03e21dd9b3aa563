package be.contractflow.process.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.CreditNoteRepository;
import be.contractflow.ledger.Deadline;
import be.contractflow.ledger.Period;
import be.contractflow.notice.Notice;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.Channel;
import be.contractflow.process.ContractEventType;
import be.contractflow.process.Refusals;
import be.contractflow.support.ProcessDriver;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Provider-side interruptions (SERVICE_INTERRUPTED / SERVICE_RESTORED events): VIR-10
 * compensation per billing period, capped at the amount billed; BDB-R8's right to terminate once
 * the interruption lasts more than 15 days.
 */
@SpringBootTest
@ActiveProfiles("test")
class SubscriptionInterruptionTest {

  @Autowired ProcessDriver driver;
  @Autowired SubscriptionFixtures fixtures;
  @Autowired CreditNoteRepository creditNotes;
  @Autowired NoticeService notices;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void VIR_10_an_interruption_across_two_billing_periods_is_compensated_in_each() {
    String contract = fixtures.confirmed("virtura", ContractKind.RECURRING, "300.00",
        Period.MONTHLY, d("2026-03-02"));
    fixtures.runUntil(d("2026-03-02"), d("2026-03-25"));
    driver.event(contract, ContractEventType.SERVICE_INTERRUPTED, d("2026-03-25"),
        Channel.EMAIL, "Chatbot host down");
    fixtures.runUntil(d("2026-03-25"), d("2026-04-10"));
    driver.event(contract, ContractEventType.SERVICE_RESTORED, d("2026-04-10"), Channel.EMAIL,
        null);
    // down 25 Mar - 9 Apr: 8 days of the period 2 Mar - 1 Apr (31 days): 300 x 8/31 = 77.42;
    // 8 days of the period 2 Apr - 1 May (30 days): 300 x 8/30 = 80.00; 157.42 + 21 % = 190.48
    assertThat(creditNotes.forContract(contract)).singleElement().satisfies(c -> {
      assertThat(c.amount()).isEqualByComparingTo("190.48");
      assertThat(c.clause()).isEqualTo("VIR-10");
      assertThat(c.reason()).contains("daysInPeriod=31").contains("daysInPeriod=30");
    });
    assertThat(fixtures.notices(contract, NoticeType.SERVICE_RESTORED)).singleElement()
        .satisfies(n -> assertThat(n.clause()).isEqualTo("VIR-10"));
  }

  @Test
  void VIR_10_a_whole_period_down_credits_the_period_billed_and_not_a_day_of_the_next() {
    String contract = fixtures.confirmed("virtura", ContractKind.RECURRING, "300.00",
        Period.MONTHLY, d("2026-03-02"));
    driver.event(contract, ContractEventType.SERVICE_INTERRUPTED, d("2026-03-02"),
        Channel.EMAIL, "Never delivered");
    fixtures.runUntil(d("2026-03-02"), d("2026-04-02"));
    driver.event(contract, ContractEventType.SERVICE_RESTORED, d("2026-04-02"), Channel.EMAIL,
        null);
    // 31 days of 31: the whole 300.00 billed for March, + 21 % = 363.00, not a cent more
    assertThat(creditNotes.forContract(contract)).singleElement()
        .satisfies(c -> assertThat(c.amount()).isEqualByComparingTo("363.00"));
  }

  @Test
  void BDB_R8_the_client_is_told_from_when_it_may_terminate_and_the_right_stays_after_restoration() {
    String contract = fixtures.confirmed("debruijne", ContractKind.RENTAL, "49.00",
        Period.MONTHLY, d("2026-03-02"));
    driver.event(contract, ContractEventType.SERVICE_INTERRUPTED, d("2026-04-01"),
        Channel.EMAIL, "Server failure");
    Notice interrupted = fixtures.notices(contract, NoticeType.SERVICE_INTERRUPTED).get(0);
    assertThat(interrupted.clause()).isEqualTo("BDB-R8");
    // more than 15 days: from 17 April (not rolled: a duration, not a period to act)
    Deadline right = driver.deadline(contract, "BDB-R8", "Client may terminate");
    assertThat(right.dueDate()).isEqualTo(d("2026-04-17"));
    assertThat(notices.body(interrupted.id()).orElseThrow()).contains("17");

    driver.event(contract, ContractEventType.SERVICE_RESTORED, d("2026-04-20"), Channel.EMAIL,
        null);
    assertThat(driver.deadline(contract, "BDB-R8", "Client may terminate").status())
        .as("19 days down: the right was acquired").isEqualTo(Deadline.Status.MET);
    assertThat(creditNotes.forContract(contract)).as("De Bruijne grants no pro-rata credit")
        .isEmpty();
    assertThat(fixtures.notices(contract, NoticeType.SERVICE_RESTORED)).hasSize(1);
  }

  @Test
  void BDB_R8_a_short_interruption_gives_no_right_to_terminate() {
    String contract = fixtures.confirmed("debruijne", ContractKind.RENTAL, "49.00",
        Period.MONTHLY, d("2026-03-02"));
    driver.event(contract, ContractEventType.SERVICE_INTERRUPTED, d("2026-04-01"),
        Channel.EMAIL, "Server failure");
    driver.event(contract, ContractEventType.SERVICE_RESTORED, d("2026-04-16"), Channel.EMAIL,
        null);
    assertThat(driver.deadline(contract, "BDB-R8", "Client may terminate").status())
        .as("15 days is not more than 15").isEqualTo(Deadline.Status.CANCELLED);
  }

  @Test
  void SERVICE_RESTORED_without_an_interruption_is_refused_and_changes_nothing() {
    String contract = fixtures.confirmed("virtura", ContractKind.RECURRING, "300.00",
        Period.MONTHLY, d("2026-03-02"));
    assertThatThrownBy(() -> driver.event(contract, ContractEventType.SERVICE_RESTORED,
        d("2026-03-05"), Channel.EMAIL, null))
        .satisfies(e -> assertThat(Refusals.unwrap((RuntimeException) e))
            .isInstanceOf(ConflictException.class)
            .hasMessageContaining("send SERVICE_INTERRUPTED first"));
    assertThat(fixtures.notices(contract, NoticeType.SERVICE_RESTORED)).isEmpty();
    assertThat(creditNotes.forContract(contract)).isEmpty();
  }
}
