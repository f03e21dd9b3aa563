package be.contractflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.contractflow.support.SubscriptionLifecycle;
import be.contractflow.time.BusinessClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/**
 * The {@code simulation} profile with its own configuration (not the tests' profile, which
 * switches the job executor off anyway), started with {@code contractflow.simulation.start}:
 * the clock endpoint is the only job executor, a hundred moves in a row all answer, a fresh
 * rehearsal starts at the setting, and a rehearsal that holds contracts resumes its clock and
 * refuses an earlier start (issue 11 items 10 and 11). The tests run in order: one rehearsal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:cf-simulation-${random.uuid};DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
    "contractflow.simulation.start=2026-01-01"})
@ActiveProfiles("simulation")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SimulationProfileTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngineConfigurationImpl engine;
  @Autowired ManagementService management;
  @Autowired SimulationClockStore store;
  @Autowired SimulationClock simulation;

  @AfterAll
  static void resetClock() {
    ClockUtil.reset(); // the next test class starts from the wall clock, not this rehearsal's
  }

  private static OffsetDateTime engineNow() {
    return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), BusinessClock.ZONE);
  }

  @Test
  @Order(1)
  void a_fresh_rehearsal_starts_at_the_start_setting_and_the_endpoint_is_the_only_job_executor() {
    assertThat(engineNow()).isEqualTo(OffsetDateTime.parse("2026-01-01T12:00+01:00"));
    assertThat(store.read().orElseThrow().startSetting()).isEqualTo("2026-01-01");
    assertThat(engine.getJobExecutor() == null || !engine.getJobExecutor().isActive())
        .as("Camunda's job executor is off in the simulation profile").isTrue();
    assertThat(engine.isJobExecutorActivate()).isFalse();
  }

  @Test
  @Order(2)
  void a_hundred_moves_in_a_row_never_answer_500() {
    var life = new SubscriptionLifecycle(http);
    var rental = life.ordered(life.client("PROFESSIONAL"), "debruijne", "RENTAL", "49.00",
        "MONTHLY", LocalDate.of(2026, 1, 5));
    life.projectSigned(life.client("CONSUMER"), "wja", "2400.00", LocalDate.of(2026, 1, 5));
    LocalDate day = LocalDate.of(2026, 1, 5);
    for (int move = 1; move <= 100; move++) {
      day = day.plusDays(move % 3 == 0 ? 0 : 4); // every third move to the same instant
      var moved = life.post("owner", "/api/simulation/clock", "{\"date\": \"" + day + "\"}");
      assertThat(moved.getStatusCode()).as("move %d to %s: %s", move, day, moved.getBody())
          .isEqualTo(HttpStatus.OK);
      assertThat(moved.getBody().get("incidents")).as("move %d", move).isEmpty();
      if (move == 50) {
        life.payOpen(rental.contractNumber(), day); // API writes between moves
      }
    }
    assertThat(management.createJobQuery().executable().count()).as("nothing due left").isZero();
    assertThat(store.read().orElseThrow().at()).isEqualTo(BusinessClock.noonOf(day));
  }

  @Test
  @Order(3)
  void a_rehearsal_with_contracts_resumes_refuses_an_earlier_start_and_steps_to_a_later_one() {
    var stood = store.read().orElseThrow().at();
    ClockUtil.reset(); // as after a restart

    new SimulationStart(store, simulation, "").afterSingletonsInstantiated();
    assertThat(ClockUtil.getCurrentTime().toInstant()).as("resumed").isEqualTo(stood);
    new SimulationStart(store, simulation, "2026-01-01").afterSingletonsInstantiated();
    assertThat(ClockUtil.getCurrentTime().toInstant()).as("same setting: resumed").isEqualTo(stood);

    assertThatThrownBy(() -> new SimulationStart(store, simulation, "2026-03-01T08:00")
        .afterSingletonsInstantiated())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Refusing contractflow.simulation.start=2026-03-01T08:00")
        .hasMessageContaining("already holds contracts")
        .hasMessageContaining(OffsetDateTime.ofInstant(stood, BusinessClock.ZONE).toString())
        .hasMessageContaining("only moves forward");
    assertThat(ClockUtil.getCurrentTime().toInstant()).as("nothing moved").isEqualTo(stood);
    JsonNode moved = life().post("owner", "/api/simulation/clock",
        "{\"dateTime\": \"" + OffsetDateTime.ofInstant(stood, BusinessClock.ZONE) + "\"}").getBody();
    assertThat(OffsetDateTime.parse(moved.get("now").asText()).toInstant()).isEqualTo(stood);

    LocalDate later = LocalDate.ofInstant(stood, BusinessClock.ZONE).plusMonths(2);
    var start = new SimulationStart(store, simulation, later.toString());
    start.afterSingletonsInstantiated();
    assertThat(ClockUtil.getCurrentTime().toInstant()).as("resumed first").isEqualTo(stood);
    start.stepForward(); // once the application is ready: stepped, every job at its own instant
    assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(BusinessClock.noonOf(later));
    assertThat(store.read().orElseThrow().startSetting()).isEqualTo(later.toString());
    assertThat(management.createJobQuery().executable().count()).as("nothing due left").isZero();
  }

  private SubscriptionLifecycle life() {
    return new SubscriptionLifecycle(http);
  }
}
