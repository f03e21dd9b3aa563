package be.contractflow.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.CreditNote;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.InvoiceStatus;
import be.contractflow.ledger.Language;
import be.contractflow.notice.PdfDocuments;
import be.contractflow.notice.PdfRenderer;
import be.contractflow.terms.AgencyIdentities;
import be.contractflow.terms.AgencyIdentity;
import be.contractflow.terms.Terms;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * Issue 13 item 5: every invoice and credit note of a professional client with a Belgian VAT
 * number as a Peppol BIS Billing 3.0 UBL document, checked with the official OpenPeppol validation
 * artefacts (XSD, EN 16931 and Peppol Schematron; phive-rules-peppol): zero errors for each agency
 * × document kind, and the amounts, VAT, IBAN and structured communication read back from the XML.
 */
class PeppolInvoiceTest {

  enum Kind { DEPOSIT, BALANCE, SUBSCRIPTION_PERIOD, CREDIT_NOTE, DAMAGES, DAMAGES_CREDIT_NOTE }

  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
  private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 12, 0, 0, 0,
      ZoneOffset.ofHours(1));
  private static final InvoiceDocument DOCUMENTS =
      new InvoiceDocument(new PdfDocuments(new PdfRenderer()));
  static final Client CLIENT = new Client("c1", "Boulangerie Dupont SRL",
      "compta@dupont.example", Language.fr, ClientType.PROFESSIONAL, "BE0403170701",
      "Rue Haute 1, 1000 Bruxelles", null);
  private static List<AgencyIdentity> agencies;

  @BeforeAll
  static void agencies() throws Exception {
    agencies = agencyRows();
  }

  static List<AgencyIdentity> agencyRows() throws Exception {
    DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = PeppolInvoiceTest.class.getResourceAsStream(
        "/bpmn/agency-identity.dmn")) {
      return dmn.evaluateDecisionTable(dmn.parseDecision(AgencyIdentities.DECISION, table),
              Variables.createVariables()).getResultList().stream()
          .map(AgencyIdentities::fromRow).toList();
    }
  }

  static Stream<Arguments> documents() {
    var all = new ArrayList<Arguments>();
    for (String profile : List.of("virtura", "wja", "debruijne")) {
      for (Kind kind : Kind.values()) {
        all.add(Arguments.of(profile, kind));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("documents")
  void every_invoice_and_credit_note_passes_the_official_Peppol_BIS_3_validation(String profile,
      Kind kind) throws Exception {
    AgencyIdentity agency = agencies.stream().filter(a -> a.profile().equals(profile))
        .findFirst().orElseThrow();
    Sample sample = sample(kind, agency);
    byte[] xml = PeppolInvoice.xml(sample.source());
    // the samples shown in the README (docs/samples/*.xml)
    java.nio.file.Path samples = java.nio.file.Path.of("target", "samples");
    java.nio.file.Files.createDirectories(samples);
    java.nio.file.Files.write(samples.resolve(profile + "-" + kind.name().toLowerCase(Locale.ROOT)
        .replace('_', '-') + ".xml"), xml);

    assertThat(PeppolValidator.errors(xml, sample.creditNote(), NOW))
        .as("%s %s against %s", profile, kind, PeppolValidator.rulesName(sample.creditNote(), NOW))
        .isEmpty();

    Document dom = dom(xml);
    XPath x = xpath();
    assertThat(x.evaluate("/*/cbc:CustomizationID", dom)).isEqualTo(PeppolInvoice.CUSTOMIZATION_ID);
    assertThat(x.evaluate("/*/cbc:ProfileID", dom)).isEqualTo(PeppolInvoice.PROFILE_ID);
    assertThat(x.evaluate("/*/cbc:ID", dom)).isEqualTo(sample.number());
    assertThat(x.evaluate("/*/cbc:IssueDate", dom)).isEqualTo("2026-12-02");
    assertThat(x.evaluate("/*/cac:AccountingSupplierParty/cac:Party/cbc:EndpointID/@schemeID", dom))
        .isEqualTo("0208");
    assertThat(x.evaluate("/*/cac:AccountingSupplierParty/cac:Party/cbc:EndpointID", dom))
        .isEqualTo(agency.enterpriseDigits());
    assertThat(x.evaluate("/*/cac:AccountingCustomerParty/cac:Party/cbc:EndpointID", dom))
        .isEqualTo("0403170701");
    assertThat(x.evaluate("/*/cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount", dom))
        .isEqualTo(sample.base());
    assertThat(x.evaluate("/*/cac:TaxTotal/cbc:TaxAmount", dom)).isEqualTo(sample.vat());
    assertThat(x.evaluate("/*/cac:LegalMonetaryTotal/cbc:PayableAmount", dom))
        .isEqualTo(sample.total());
    assertThat(x.evaluate("/*/cac:LegalMonetaryTotal/cbc:PayableAmount/@currencyID", dom))
        .isEqualTo("EUR");
    boolean outside = kind == Kind.DAMAGES || kind == Kind.DAMAGES_CREDIT_NOTE;
    assertThat(x.evaluate("/*/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID", dom))
        .isEqualTo(outside ? "O" : "S");
    if (!outside) {
      assertThat(x.evaluate("/*/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Percent", dom))
          .isEqualTo("21");
      assertThat(x.evaluate(
          "/*/cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID", dom))
          .isEqualTo(agency.vatNumber().replace(" ", "").replace(".", ""));
      assertThat(x.evaluate(
          "/*/cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID", dom))
          .isEqualTo("BE0403170701");
    }
    // the PDF the client also receives, byte for byte
    var embedded = x.evaluate("/*/cac:AdditionalDocumentReference/cac:Attachment/"
        + "cbc:EmbeddedDocumentBinaryObject", dom).replaceAll("\\s", "");
    assertThat(Base64.getDecoder().decode(embedded)).isEqualTo(sample.source().pdf());
    assertThat(x.evaluate("/*/cac:AdditionalDocumentReference/cac:Attachment/"
        + "cbc:EmbeddedDocumentBinaryObject/@mimeCode", dom)).isEqualTo("application/pdf");
    if (sample.creditNote()) {
      assertThat(x.evaluate("/*/cbc:CreditNoteTypeCode", dom)).isEqualTo("381");
      assertThat(x.evaluate(
          "/*/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID", dom))
          .isEqualTo("I-2026-00042");
    } else {
      assertThat(x.evaluate("/*/cbc:InvoiceTypeCode", dom)).isEqualTo("380");
      assertThat(x.evaluate("/*/cac:PaymentMeans/cbc:PaymentMeansCode", dom)).isEqualTo("30");
      assertThat(x.evaluate("/*/cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID", dom))
          .isEqualTo(agency.ibanCompact());
      assertThat(x.evaluate("/*/cac:PaymentMeans/cbc:PaymentID", dom))
          .isEqualTo("+++020/2600/00042+++");
      assertThat(x.evaluate("/*/cbc:DueDate", dom)).isEqualTo("2027-01-01");
    }
    if (kind == Kind.SUBSCRIPTION_PERIOD) {
      assertThat(x.evaluate("/*/cac:InvoicePeriod/cbc:StartDate", dom)).isEqualTo("2026-12-01");
      assertThat(x.evaluate("/*/cac:InvoiceLine/cac:InvoicePeriod/cbc:EndDate", dom))
          .isEqualTo("2026-12-31");
    }
  }

  @Test
  void a_consumer_or_a_client_without_a_Belgian_VAT_number_gets_no_e_invoice() throws Exception {
    AgencyIdentity agency = agencyRows().get(0);
    Sample sample = sample(Kind.DEPOSIT, agency);
    Client consumer = new Client("c2", "Jean Dupont", "jean@example.org", Language.fr,
        ClientType.CONSUMER, null, "Rue Basse 2, 4000 Liège", null);
    Client noVat = new Client("c3", "Atelier", "a@example.org", Language.fr,
        ClientType.PROFESSIONAL, null, null, null);
    assertThat(PeppolInvoice.appliesTo(consumer)).isFalse();
    assertThat(PeppolInvoice.appliesTo(noVat)).isFalse();
    assertThat(PeppolInvoice.appliesTo(CLIENT)).isTrue();
    assertThatThrownBy(() -> PeppolInvoice.xml(new PeppolInvoice.Source(
        sample.source().document(), agency, consumer, "x.pdf", new byte[] {1})))
        .hasMessageContaining("no Belgian VAT number");
  }

  @Test
  void a_document_breaking_an_EN16931_rule_is_reported_with_the_rule_id() throws Exception {
    AgencyIdentity agency = agencyRows().get(0);
    byte[] xml = PeppolInvoice.xml(sample(Kind.DEPOSIT, agency).source());
    // the VAT total no longer matches the subtotals: BR-CO-14
    String broken = new String(xml, java.nio.charset.StandardCharsets.UTF_8)
        .replaceFirst("<cbc:TaxAmount currencyID=\"EUR\">210.00</cbc:TaxAmount>",
            "<cbc:TaxAmount currencyID=\"EUR\">200.00</cbc:TaxAmount>");
    assertThat(PeppolValidator.errors(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        false, NOW)).extracting(PeppolValidator.Finding::rule).isNotEmpty();
  }

  record Sample(PeppolInvoice.Source source, boolean creditNote, String number, String base,
      String vat, String total) {}

  static Sample sample(Kind kind, AgencyIdentity agency) {
    Terms.Agency terms = new Terms.Agency(agency.profile(), agency.legalName(),
        agency.enterpriseNumber(), agency.courtFr(), "X-1", Language.fr);
    Locale fr = Locale.forLanguageTag("fr-BE");
    Invoice deposit = invoice(InvoiceKind.DEPOSIT, "1000.00", "21", "210.00", "1210.00");
    return switch (kind) {
      case DEPOSIT -> invoiceSample(DOCUMENTS.view(deposit, List.of(line(
          "Deposit 50% — quote Q-2026-0001", "1", "1000.00")), terms, "Q-2026-0001", 30, fr),
          agency, "1000.00", "210.00", "1210.00");
      case BALANCE -> {
        Invoice balance = invoice(InvoiceKind.BALANCE, "2000.00", "21", "420.00", "2420.00");
        yield invoiceSample(DOCUMENTS.view(balance, List.of(
            line("Balance of the price at delivery", "1", "3000.00"),
            line("Deposit invoiced on 2026-11-02", "1", "-1000.00")), terms, "Q-2026-0001", 30,
            fr), agency, "2000.00", "420.00", "2420.00");
      }
      case SUBSCRIPTION_PERIOD -> {
        Invoice month = invoice(InvoiceKind.PERIODIC, "99.50", "21", "20.90", "120.40");
        yield invoiceSample(DOCUMENTS.view(month, List.of(line(
            "Website rental 2026-12-01 – 2026-12-31", "1", "99.50")), terms, "Q-2026-0001", 30,
            fr), agency, "99.50", "20.90", "120.40");
      }
      case DAMAGES -> {
        Invoice fee = invoice(InvoiceKind.CANCELLATION_FEE, "3000.00", "0", "0.00", "3000.00");
        yield invoiceSample(DOCUMENTS.view(fee, List.of(line(
            "Cancellation fee (WJA-18)", "1", "3000.00")), terms, "Q-2026-0001", 30, fr),
            agency, "3000.00", "0.00", "3000.00");
      }
      case CREDIT_NOTE -> {
        var note = new CreditNote("CN-2026-00007", "C-2026-0001", CLIENT.id(), deposit.number(),
            "X-1", DAY, new BigDecimal("1210.00"), "Withdrawal", new BigDecimal("1000.00"),
            new BigDecimal("21"), new BigDecimal("210.00"));
        var view = DOCUMENTS.view(note, deposit, terms, "Q-2026-0001", fr);
        yield new Sample(source(view, agency), true, note.number(), "1000.00", "210.00",
            "1210.00");
      }
      case DAMAGES_CREDIT_NOTE -> {
        Invoice fee = invoice(InvoiceKind.CANCELLATION_FEE, "3000.00", "0", "0.00", "3000.00");
        var note = new CreditNote("CN-2026-00008", "C-2026-0001", CLIENT.id(), fee.number(),
            "X-1", DAY, new BigDecimal("500.00"), "Reduced", new BigDecimal("500.00"),
            BigDecimal.ZERO, new BigDecimal("0.00"));
        var view = DOCUMENTS.view(note, fee, terms, "Q-2026-0001", fr);
        yield new Sample(source(view, agency), true, note.number(), "500.00", "0.00", "500.00");
      }
    };
  }

  private static Sample invoiceSample(InvoiceDocument.View view, AgencyIdentity agency,
      String base, String vat, String total) {
    return new Sample(source(view, agency), false, view.number(), base, vat, total);
  }

  private static PeppolInvoice.Source source(InvoiceDocument.View view, AgencyIdentity agency) {
    byte[] pdf = DOCUMENTS.render(view, CLIENT, agency);
    return new PeppolInvoice.Source(view, agency, CLIENT, view.number() + ".pdf", pdf);
  }

  private static Invoice invoice(InvoiceKind kind, String base, String rate, String vat,
      String total) {
    return new Invoice("I-2026-00042", "C-2026-0001", CLIENT.id(), kind, "X-1", DAY,
        LocalDate.of(2027, 1, 1), new BigDecimal(base), new BigDecimal(rate), new BigDecimal(vat),
        new BigDecimal(total), "020260000042", InvoiceStatus.OPEN, BigDecimal.ZERO,
        BigDecimal.ZERO, BigDecimal.ZERO, null, BigDecimal.ZERO);
  }

  private static InvoiceRepository.Line line(String description, String quantity, String price) {
    var q = new BigDecimal(quantity);
    var p = new BigDecimal(price);
    return new InvoiceRepository.Line(description, q, p, q.multiply(p).setScale(2), "X-1");
  }

  static Document dom(byte[] xml) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  static XPath xpath() {
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.setNamespaceContext(new NamespaceContext() {
      @Override
      public String getNamespaceURI(String prefix) {
        return switch (prefix) {
          case "cbc" -> "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
          case "cac" -> "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
          default -> null;
        };
      }

      @Override
      public String getPrefix(String uri) {
        return null;
      }

      @Override
      public java.util.Iterator<String> getPrefixes(String uri) {
        return null;
      }
    });
    return xpath;
  }
}
