package be.contractflow.billing;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.Deadline;
import be.contractflow.ledger.Deadlines;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.Language;
import be.contractflow.notice.NoticeChannel;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.support.LedgerFixtures;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class InvoicingServiceTest {

  @Autowired LedgerFixtures ledger;
  @Autowired NoticeService notices;
  @Autowired Deadlines deadlines;
  @Autowired be.contractflow.process.order.QuoteService quotes;
  @Autowired be.contractflow.ledger.ContractRepository contracts;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void BDB_R12_an_invoice_is_sent_by_email_with_its_pdf_in_the_clients_language() throws Exception {
    today(LocalDate.of(2026, 3, 2));
    var client = ledger.client(ClientType.PROFESSIONAL, Language.nl);
    var contract = ledger.contract("debruijne", ContractKind.RENTAL, client);

    var invoice = ledger.invoice(contract, InvoiceKind.PERIODIC, "BDB-R5.2", "49.00");

    assertThat(invoice.number()).matches("I-2026-\\d{5}");
    assertThat(invoice.total()).isEqualByComparingTo("59.29");
    assertThat(invoice.vat()).isEqualByComparingTo("10.29");
    assertThat(StructuredCommunication.parse(invoice.structuredCommunication())).isPresent();
    var sent = notices.forInvoice(invoice.number());
    assertThat(sent).singleElement().satisfies(notice -> {
      assertThat(notice.type()).isEqualTo(NoticeType.INVOICE_SENT);
      assertThat(notice.channel()).isEqualTo(NoticeChannel.EMAIL);
      assertThat(notice.language()).isEqualTo("nl");
      assertThat(notice.hasDocument()).isTrue();
    });
    var pdf = notices.document(sent.get(0).id()).orElseThrow();
    assertThat(pdf.name()).isEqualTo(invoice.number() + ".pdf");
    try (var document = Loader.loadPDF(pdf.content())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
      // Dutch words, Belgian amounts and long dates, the agency's account and court
      assertThat(text).contains("Factuur", invoice.number(), "59,29", "uiterlijkop17maart2026",
          StructuredCommunication.format(invoice.structuredCommunication()), "BE02363098765440",
          "FranstaligeondernemingsrechtbankBrussel");
    }
  }

  @Test
  void BDB_16_3_the_due_date_and_the_contest_window_become_deadlines_of_the_contract() {
    today(LocalDate.of(2026, 3, 2));
    var client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    var contract = ledger.contract("debruijne", ContractKind.PROJECT, client);

    var invoice = ledger.invoice(contract, InvoiceKind.DEPOSIT, "BDB-5.2b", "1000.00");

    assertThat(deadlines.forContract(contract.number()))
        .extracting(Deadline::clause, Deadline::dueDate, Deadline::status, Deadline::invoiceNumber)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("BDB-16.3", LocalDate.of(2026, 3, 9),
                Deadline.Status.PENDING, invoice.number()),
            org.assertj.core.groups.Tuple.tuple("BDB-16.6", LocalDate.of(2026, 3, 17),
                Deadline.Status.PENDING, invoice.number()));
  }

  @Test
  void WJA_12_an_indemnity_invoice_carries_no_vat() {
    today(LocalDate.of(2026, 3, 2));
    var client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    var contract = ledger.contract("wja", ContractKind.PROJECT, client);

    var invoice = ledger.invoice(contract, InvoiceKind.INDEMNITY, "WJA-12", "300.00");

    assertThat(invoice.vat()).isEqualByComparingTo("0.00");
    assertThat(invoice.total()).isEqualByComparingTo("300.00");
  }

  @Test
  void invoice_numbers_follow_each_other_without_gaps() {
    today(LocalDate.of(2026, 3, 2));
    var client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    var contract = ledger.contract("virtura", ContractKind.PROJECT, client);

    var first = ledger.invoice(contract, InvoiceKind.PROGRESS, "VIR-4", "100.00");
    var second = ledger.invoice(contract, InvoiceKind.PROGRESS, "VIR-4", "100.00");

    int a = Integer.parseInt(first.number().substring(7));
    assertThat(second.number()).isEqualTo(String.format("I-2026-%05d", a + 1));
  }

  @Test
  void VIR_4_a_payment_term_set_by_the_quote_gives_the_due_date_of_its_price_invoices() {
    today(LocalDate.of(2026, 3, 2));
    var client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    var issued = quotes.issue(new be.contractflow.process.order.QuoteService.NewQuote(client.id(), "virtura",
        ContractKind.PROJECT, null, java.util.List.of(new be.contractflow.ledger.Quote.Line(
            "Chatbot", java.math.BigDecimal.ONE, new java.math.BigDecimal("1000.00"))),
        null, null, null, null, 45));
    var contract = contracts.require(issued.contractNumber());

    var price = ledger.invoice(contract, InvoiceKind.BALANCE, "VIR-4", "1000.00");
    var damages = ledger.invoice(contract, InvoiceKind.INDEMNITY, "TEST", "100.00");

    assertThat(price.dueDate()).as("45 days per the quote").isEqualTo(LocalDate.of(2026, 4, 16));
    assertThat(damages.dueDate()).as("the terms' 30 days").isEqualTo(LocalDate.of(2026, 4, 1));
    var withoutTerm = ledger.contract("virtura", ContractKind.PROJECT, client);
    assertThat(ledger.invoice(withoutTerm, InvoiceKind.BALANCE, "VIR-4", "1000.00").dueDate())
        .as("a quote silent on the term: 30 days").isEqualTo(LocalDate.of(2026, 4, 1));
  }
}
