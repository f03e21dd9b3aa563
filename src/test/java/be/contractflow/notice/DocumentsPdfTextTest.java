package be.contractflow.notice;

import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.billing.InvoiceDocument;
import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.CreditNote;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.ledger.Language;
import be.contractflow.ledger.Period;
import be.contractflow.ledger.Quote;
import be.contractflow.process.order.QuoteDocument;
import be.contractflow.terms.AgencyIdentities;
import be.contractflow.terms.AgencyIdentity;
import be.contractflow.terms.LatestDecisions;
import be.contractflow.terms.Terms;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document a client receives, read back out of its PDF with PDFBox, for each agency × language
 * × document type: the agency's identity, the client's, amounts and dates in the one Belgian format,
 * the court in the client's language, the typographic apostrophe kept, and no internal English
 * label or enum name in a French or Dutch document.
 */
class DocumentsPdfTextTest {

  enum Kind { QUOTE, INVOICE, CREDIT_NOTE, REMINDER, FORMAL_NOTICE, RESOLUTION_LETTER,
    TERMINATION_CONFIRMATION, ORDER_LAPSE }

  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
  private static final PdfRenderer PDF = new PdfRenderer();
  private static final PdfDocuments DOCUMENTS = new PdfDocuments(PDF);
  private static final NoticeRenderer NOTICES = new NoticeRenderer();
  private static List<AgencyIdentity> agencies;

  @BeforeAll
  static void agencies() throws IOException {
    DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = DocumentsPdfTextTest.class.getResourceAsStream(
        "/bpmn/agency-identity.dmn")) {
      agencies = dmn.evaluateDecisionTable(dmn.parseDecision(AgencyIdentities.DECISION, table),
              Variables.createVariables()).getResultList().stream()
          .map(AgencyIdentities::fromRow).toList();
    }
  }

  static Stream<Arguments> documents() {
    var all = new ArrayList<Arguments>();
    for (String profile : List.of("virtura", "wja", "debruijne")) {
      for (Language language : Language.values()) {
        for (Kind kind : Kind.values()) {
          all.add(Arguments.of(profile, language, kind));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("documents")
  void every_document_carries_the_agency_and_speaks_the_client_language(String profile,
      Language language, Kind kind) throws IOException {
    AgencyIdentity agency = agencies.stream().filter(a -> a.profile().equals(profile))
        .findFirst().orElseThrow();
    Client client = new Client("c1", "Boulangerie Dupont SRL", "compta@dupont.example", language,
        ClientType.PROFESSIONAL, "BE0403170701", "Rue Haute 1, 1000 Bruxelles", null);
    byte[] pdf = render(kind, agency, client);
    if (language == Language.fr && (kind == Kind.INVOICE || kind == Kind.CREDIT_NOTE)) {
      // the samples shown in the README (docs/samples/*.png, pdftoppm -png -r 60 -singlefile)
      java.nio.file.Path samples = java.nio.file.Path.of("target", "samples");
      java.nio.file.Files.createDirectories(samples);
      java.nio.file.Files.write(samples.resolve(profile + "-" + kind.name().toLowerCase(
          java.util.Locale.ROOT).replace('_', '-') + ".pdf"), pdf);
    }
    String text = text(pdf);

    assertThat(text).as("agency").contains(agency.displayName(), agency.addressLine(),
        agency.vatNumber());
    assertThat(text).as("court in %s", language).contains(normal(agency.court(language)));
    assertThat(text).as("client").contains("Boulangerie Dupont SRL");
    assertThat(text).as("date").contains(switch (language) {
      case fr -> "2 décembre 2026";
      case nl -> "2 december 2026";
      case en -> "2 December 2026";
    });
    if (kind != Kind.RESOLUTION_LETTER && kind != Kind.TERMINATION_CONFIRMATION) {
      assertThat(text).as("amount").contains(switch (language) {
        case fr -> "1.210,00 €";
        case nl -> "€ 1.210,00";
        case en -> "€1,210.00";
      });
    }
    if (language != Language.en) {
      assertThat(text).as("no internal label in %s", language)
          .doesNotContain("PROJECT", "MONTHLY", "Deposit", "quote ", "null", "Tribunaux de Tribunaux");
    }
    switch (kind) {
      case INVOICE -> {
        assertThat(text).contains("I-2026-00042", agency.ibanPrinted(), agency.bic(),
            "+++020/2600/00042+++", "BE0403170701");
        assertThat(text).contains(switch (language) {
          case fr -> "Facture I-2026-00042";
          case nl -> "Factuur I-2026-00042";
          case en -> "Invoice I-2026-00042";
        });
        assertThat(text).contains(switch (language) {
          case fr -> "Acompte à la commande (50 %)";
          case nl -> "Voorschot bij bestelling (50 %)";
          case en -> "Deposit on order (50%)";
        });
        assertThat(text).contains(switch (language) {
          case fr -> "30 jours à compter de la date de la facture";
          case nl -> "30 dagen na de factuurdatum";
          case en -> "30 days from the invoice date";
        });
        // base, VAT per rate
        assertThat(text).contains(switch (language) {
          case fr -> "21 % 1.000,00 € 210,00 € 1.210,00 €";
          case nl -> "21 % € 1.000,00 € 210,00 € 1.210,00";
          case en -> "21% €1,000.00 €210.00 €1,210.00";
        });
      }
      case CREDIT_NOTE -> assertThat(text).contains("CN-2026-00007", "I-2026-00042",
          switch (language) {
            case fr -> "Corrige la facture I-2026-00042";
            case nl -> "Verbetert factuur I-2026-00042";
            case en -> "Corrects invoice I-2026-00042";
          },
          switch (language) {
            case fr -> "21 % 1.000,00 € 210,00 € 1.210,00 €";
            case nl -> "21 % € 1.000,00 € 210,00 € 1.210,00";
            case en -> "21% €1,000.00 €210.00 €1,210.00";
          });
      case QUOTE -> assertThat(text).contains(switch (language) {
        case fr -> "Valable jusqu’au 2 janvier 2027";
        case nl -> "Geldig tot 2 januari 2027";
        case en -> "Valid until 2 January 2027";
      }, switch (language) {
        case fr -> "location d’un site web";
        case nl -> "huur van een website";
        case en -> "website rental";
      }, switch (language) {
        case fr -> "par mois";
        case nl -> "per maand";
        case en -> "per month";
      });
      case ORDER_LAPSE -> assertThat(text).contains("Q-2026-0001", "I-2026-00042",
          "CN-2026-00007", switch (language) {
            case fr -> "La commande est donc caduque";
            case nl -> "De bestelling is dus vervallen";
            case en -> "The order has therefore lapsed";
          });
      default -> { }
    }
  }

  private static byte[] render(Kind kind, AgencyIdentity agency, Client client) {
    Terms.Agency terms = new Terms.Agency(agency.profile(), agency.legalName(),
        agency.enterpriseNumber(), agency.courtFr(), "X-1", Language.fr);
    Invoice invoice = new Invoice("I-2026-00042", "C-2026-0001", client.id(), InvoiceKind.DEPOSIT,
        "X-1", DAY, DAY.plusDays(30), new BigDecimal("1000.00"), new BigDecimal("21"),
        new BigDecimal("210.00"), new BigDecimal("1210.00"), "020260000042", InvoiceStatus.OPEN,
        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, BigDecimal.ZERO);
    var documents = new InvoiceDocument(DOCUMENTS);
    return switch (kind) {
      case INVOICE -> documents.render(invoice, List.of(new InvoiceRepository.Line(
              "Deposit 50% — quote Q-2026-0001", BigDecimal.ONE, new BigDecimal("1000.00"),
              new BigDecimal("1000.00"), "X-1")), client, terms, agency, "Q-2026-0001", 30);
      case CREDIT_NOTE -> documents.render(new CreditNote("CN-2026-00007", "C-2026-0001",
              client.id(), invoice.number(), "X-1", DAY, new BigDecimal("1210.00"),
              "Withdrawal of 2026-12-02 (BDB-R15): refund of the amounts paid"), invoice, client,
          terms, agency, "Q-2026-0001");
      case QUOTE -> new QuoteDocument(DOCUMENTS, new FixedIdentities(agency)).render(
          new Quote("Q-2026-0001", client.id(), agency.profile(), ContractKind.RENTAL, DAY,
              "SENT", new BigDecimal("100.00"), Period.MONTHLY, null, null, null,
              List.of(new Quote.Line("Site vitrine", BigDecimal.ONE, new BigDecimal("1000.00")))),
          client, terms, DAY.plusMonths(1), "X-1", new BigDecimal("1000.00"),
          new BigDecimal("210.00"));
      case REMINDER -> notice(NoticeType.PAYMENT_REMINDER, agency, client);
      case FORMAL_NOTICE -> notice(NoticeType.FORMAL_NOTICE, agency, client);
      case RESOLUTION_LETTER -> notice(NoticeType.RESOLUTION_NOTICE, agency, client);
      case TERMINATION_CONFIRMATION -> notice(NoticeType.TERMINATION_CONFIRMED, agency, client);
      case ORDER_LAPSE -> notice(NoticeType.ORDER_LAPSED, agency, client);
    };
  }

  private static byte[] notice(NoticeType type, AgencyIdentity agency, Client client) {
    Map<String, Object> model = new java.util.HashMap<>(Map.of(
        "issueDate", DAY.minusDays(30), "dueDate", DAY.minusDays(1),
        "total", new BigDecimal("1210.00"), "principal", new BigDecimal("1210.00"),
        "paymentDeadline", DAY.plusDays(15), "structuredCommunication", "+++020/2600/00042+++",
        "formalNoticeDate", DAY.minusDays(16), "resolvedOn", DAY,
        "resolvedContracts", List.of("C-2026-0001"),
        "requestedOn", DAY));
    model.putAll(Map.of("signedDate", DAY.minusDays(30), "depositInvoiceNumber", "I-2026-00042",
        "deposit", new BigDecimal("1210.00"), "lapsedOn", DAY, "creditNoteNumber", "CN-2026-00007",
        "quoteNumber", "Q-2026-0001"));
    var rendered = NOTICES.render(type, type.defaultChannel(), "X-1",
        new NoticeRenderer.Addressee(client.name(), client.address(), client.language()),
        "C-2026-0001", "I-2026-00042", model, DAY, agency);
    return PDF.render(rendered.html());
  }

  /** The text of every page, spaces (no-break ones included) and line breaks made single spaces. */
  static String text(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return normal(new PDFTextStripper().getText(document));
    }
  }

  private static String normal(String text) {
    // a word broken at its hyphen at the end of a line ("Rhode-Saint-\n Genèse") is one word
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").replace("- ", "-");
  }

  /** One agency's identity, whatever the profile asked. */
  private static final class FixedIdentities extends AgencyIdentities {
    private final AgencyIdentity agency;

    FixedIdentities(AgencyIdentity agency) {
      super(null, (LatestDecisions) null);
      this.agency = agency;
    }

    @Override
    public AgencyIdentity of(String profile) {
      return agency;
    }
  }
}
