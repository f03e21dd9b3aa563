package be.contractflow.process.order;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractStatus;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.Deadline;
import be.contractflow.ledger.Deadlines;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.Language;
import be.contractflow.ledger.Quote;
import be.contractflow.notice.NoticeRelay;
import be.contractflow.support.LedgerFixtures;
import be.contractflow.time.BusinessClock;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * WJA-2, BDB-8.1 with a Peppol deposit (issue 11): the order lapses at the later of the quote's
 * validity end and the deposit's due date, and that due date counts from the e-invoice's proven
 * sending (VAT Code art. 53). A stub access point on a free port answers 503 until the fourth day.
 */
@SpringBootTest(properties = {
    "contractflow.notice.relay.max-attempts=10",
    "contractflow.notice.relay.initial-backoff=PT30S",
    "contractflow.peppol.api-key=test-key"})
@ActiveProfiles("test")
class OrderLapseEInvoiceTest {

  /** Answers the queued statuses, then 202. */
  static final ArrayDeque<Integer> ANSWERS = new ArrayDeque<>();
  static final HttpServer ACCESS_POINT = accessPoint();

  private static HttpServer accessPoint() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/documents", exchange -> {
        exchange.getRequestBody().readAllBytes();
        Integer status;
        synchronized (ANSWERS) {
          status = ANSWERS.poll();
        }
        byte[] answer = "{}".getBytes();
        exchange.sendResponseHeaders(status == null ? 202 : status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
      });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("contractflow.peppol.endpoint",
        () -> "http://127.0.0.1:" + ACCESS_POINT.getAddress().getPort() + "/documents");
  }

  @AfterAll
  static void stopAccessPoint() {
    ACCESS_POINT.stop(0);
  }

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired LedgerFixtures ledger;
  @Autowired QuoteService quotes;
  @Autowired InvoiceRepository invoices;
  @Autowired ContractRepository contracts;
  @Autowired Deadlines deadlines;
  @Autowired NoticeRelay relay;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private void runDueJobs() {
    for (int round = 0; round < 50; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      // a job may end a process whose other due jobs go with it (the lapse cancels the deposit,
      // whose payment ends with its late timer due at the same instant)
      due.stream().filter(job -> management.createJobQuery().jobId(job.getId()).count() > 0)
          .forEach(job -> management.executeJob(job.getId()));
      relay.relayPending();
      if (due.isEmpty()) {
        return;
      }
    }
    throw new AssertionError("jobs keep coming");
  }

  /** Day by day to noon on {@code date}: every due job, the relay. */
  private void at(LocalDate date) {
    LocalDate from = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        BusinessClock.ZONE);
    for (LocalDate day = from.plusDays(1); !day.isAfter(date); day = day.plusDays(1)) {
      today(day);
      runDueJobs();
    }
  }

  @Test
  void BDB_8_1_the_order_lapses_at_the_deposit_due_date_counted_from_its_e_invoice_proven_sending() {
    today(LocalDate.of(2026, 3, 2)); // quote valid until 2 April (BDB-5.2a)
    var client = ledger.client(ClientType.PROFESSIONAL, Language.nl, "BE0403170701");
    var issued = quotes.issue(new QuoteService.NewQuote(client.id(), "debruijne",
        ContractKind.PROJECT, null, List.of(new Quote.Line("Website", BigDecimal.ONE,
            new BigDecimal("2000.00"))), null, null, null, null));
    ProcessInstance order = runtime.createProcessInstanceQuery()
        .processInstanceId(issued.processInstanceId()).singleResult();
    runDueJobs();
    synchronized (ANSWERS) {
      ANSWERS.clear();
      ANSWERS.addAll(List.of(503, 503, 503)); // the access point is down 1–3 April
    }
    today(LocalDate.of(2026, 4, 1));
    quotes.sign(issued.quoteNumber(), LocalDate.of(2026, 4, 1));
    runDueJobs();
    Invoice deposit = invoices.forContract(issued.contractNumber()).get(0);
    assertThat(deposit.dueDate()).as("BDB-16.6: 15 days from the invoice")
        .isEqualTo(LocalDate.of(2026, 4, 16));

    at(LocalDate.of(2026, 4, 5)); // accepted on Saturday 4 April, checked at 24:00
    // the term counts from the proven sending: 4 April + 15 = Sunday 19 → Monday 20 April
    assertThat(invoices.require(deposit.number()).dueDate()).isEqualTo(LocalDate.of(2026, 4, 20));
    Deadline lapse = deadlines.forContract(issued.contractNumber()).stream()
        .filter(d -> d.kind() == be.contractflow.ledger.DeadlineKind.DEPOSIT_LAPSE)
        .findFirst().orElseThrow();
    assertThat(lapse.clause()).isEqualTo("BDB-8.1");
    assertThat(lapse.dueDate()).isEqualTo(LocalDate.of(2026, 4, 20));
    Job timer = management.createJobQuery().processInstanceId(order.getId())
        .activityId(OrderVariables.TIMER_DEPOSIT_UNPAID_ORDER_LAPSES).timers().singleResult();
    assertThat(timer.getDuedate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-04-21T00:00:00+02:00").toInstant());

    at(LocalDate.of(2026, 4, 20));
    assertThat(order).as("not lapsed on 17 April, the day after the first due date")
        .isWaitingAt(OrderVariables.GATEWAY_DEPOSIT_PAID_OR_ORDER_LAPSED);
    at(LocalDate.of(2026, 4, 21));
    assertThat(order).hasPassed(OrderVariables.END_ORDER_LAPSED).isEnded();
    assertThat(contracts.require(issued.contractNumber()).status())
        .isEqualTo(ContractStatus.EXPIRED);
  }
}
