package be.contractflow.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import be.contractflow.ledger.Language;
import be.contractflow.ledger.Period;
import be.contractflow.notice.NoticeRenderer.Addressee;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Templates and bundles: every type in every language, wording, dates and amounts as shown. */
class NoticeRenderingTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private final NoticeRenderer renderer = new NoticeRenderer();

  private static Addressee client(Language language) {
    return new Addressee("Boulangerie Dupont", "Rue Haute 1\n1000 Bruxelles", language);
  }

  private static Map<String, Object> reminder() {
    return Map.of(
        "agencyName", "Virtura SRL",
        "agencyCompanyNumber", "0123.456.789",
        "court", "Liège",
        "issueDate", LocalDate.of(2026, 1, 30),
        "dueDate", LocalDate.of(2026, 3, 1),
        "total", new BigDecimal("1210.00"),
        "paymentDeadline", LocalDate.of(2026, 3, 17),
        "structuredCommunication", "+++090/9337/55493+++",
        NoticeType.RULE, AppliedRule.BOOK_XIX_FREE_FIRST_REMINDER);
  }

  private NoticeRenderer.Rendered render(NoticeType type, Language language,
      Map<String, Object> model) {
    return renderer.render(type, type.defaultChannel(), "VIR-4", client(language), "C-2026-0001",
        "F-2026-0007", model, TODAY);
  }

  @ParameterizedTest
  @EnumSource(NoticeType.class)
  void every_notice_type_renders_in_fr_nl_and_en_even_with_an_empty_model(NoticeType type)
      throws Exception {
    for (Language language : Language.values()) {
      var rendered = render(type, language, Map.of());
      assertThat(rendered.subject()).as("%s subject in %s", type, language)
          .isNotBlank().doesNotContain("??", "null", "{");
      assertThat(rendered.html()).as("%s body in %s", type, language)
          .doesNotContain("??", "null", "{0}")
          .contains("Boulangerie Dupont", "C-2026-0001", "VIR-4");
      // well-formed XHTML: the same body is rendered as PDF
      DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(rendered.html().getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Test
  void VIR_4_payment_reminder_speaks_the_client_language_with_its_dates_and_amounts() {
    var fr = render(NoticeType.PAYMENT_REMINDER, Language.fr, reminder());
    assertThat(fr.subject()).isEqualTo("Rappel de paiement – facture F-2026-0007");
    assertThat(fr.html()).contains("échue le 1 mars 2026", "1.210,00\u00a0€",
        "au plus tard le 17 mars 2026", "+++090/9337/55493+++", "Virtura SRL", "BCE 0123.456.789",
        "Juridiction compétente : Liège", "Clause de nos conditions générales appliquée : VIR-4");

    var nl = render(NoticeType.PAYMENT_REMINDER, Language.nl, reminder());
    assertThat(nl.subject()).isEqualTo("Betalingsherinnering – factuur F-2026-0007");
    assertThat(nl.html()).contains("vervallen op 1 maart 2026", "€\u00a01.210,00",
        "uiterlijk op 17 maart 2026", "Bevoegde rechtbank: Liège");

    var en = render(NoticeType.PAYMENT_REMINDER, Language.en, reminder());
    assertThat(en.subject()).isEqualTo("Payment reminder – invoice F-2026-0007");
    assertThat(en.html()).contains("due on 1 March 2026", "€1,210.00", "by 17 March 2026",
        "Competent court: Liège");
  }

  @Test
  void Book_XIX_a_consumer_reminder_says_which_rule_applied() {
    assertThat(render(NoticeType.PAYMENT_REMINDER, Language.fr, reminder()).html())
        .contains("Règle appliquée : Code de droit économique, livre XIX : ce premier rappel est "
            + "gratuit");
    assertThat(render(NoticeType.PAYMENT_REMINDER, Language.nl, reminder()).html())
        .contains("Toegepaste regel: Wetboek van economisch recht, boek XIX");
    assertThat(render(NoticeType.PAYMENT_REMINDER, Language.en, reminder()).html())
        .contains("Rule applied: Code of Economic Law, Book XIX");
  }

  @Test
  void a_notice_without_a_rule_states_none() {
    var model = new java.util.HashMap<>(reminder());
    model.remove(NoticeType.RULE);
    assertThat(render(NoticeType.PAYMENT_REMINDER, Language.fr, model).html())
        .doesNotContain("Règle appliquée");
  }

  @Test
  void BDB_16_2_renewal_tariff_shows_prices_excl_vat_and_the_period_in_words() {
    var html = render(NoticeType.RENEWAL_TARIFF, Language.fr, Map.of(
        "anniversaryDate", LocalDate.of(2026, 4, 1),
        "currentPriceExclVat", new BigDecimal("49.00"),
        "newPriceExclVat", new BigDecimal("52.50"),
        "period", Period.MONTHLY)).html();
    assertThat(html).contains("échéance le 1 avril 2026",
        "52,50\u00a0€ HTVA par mois, au lieu de 49,00\u00a0€ HTVA");
  }

  @Test
  void WJA_12_resolution_lists_every_resolved_contract_and_a_percentage_is_shown_as_such() {
    var html = render(NoticeType.RESOLUTION_NOTICE, Language.en, Map.of(
        "formalNoticeDate", LocalDate.of(2026, 2, 2),
        "resolvedOn", LocalDate.of(2026, 2, 18),
        "resolvedContracts", List.of("C-2026-0001", "C-2026-0004"))).html();
    assertThat(html).contains("REGISTERED LETTER", "formal notice of 2 February 2026",
        "as of 18 February 2026: C-2026-0001, C-2026-0004");
    var cancellation = render(NoticeType.CANCELLATION_CONFIRMED, Language.fr, Map.of(
        "workDonePercent", new BigDecimal("40"))).html();
    assertThat(cancellation).contains("soit 40\u00a0%");
  }

  private static final LocalDate TERM_END = LocalDate.of(2027, 2, 9);
  private static final LocalDate NOTICE_BY = LocalDate.of(2026, 11, 10);
  private static final LocalDate GIVEN_ON = LocalDate.of(2026, 11, 11);

  /** Every termination.why.* message of the bundles, with arguments as EffectiveEnd gives them. */
  private static final List<NoticeText> WHY = List.of(
      NoticeText.of("termination.why.resolution"),
      NoticeText.of("termination.why.renewalLapsed"),
      NoticeText.of("termination.why.forceMajeure", "Business destroyed by flood"),
      NoticeText.of("termination.why.mutualConsent"),
      NoticeText.of("termination.why.graveBreach", "site used for phishing"),
      NoticeText.of("termination.why.changeOfTerms"),
      NoticeText.of("termination.why.interruption", 16),
      NoticeText.of("termination.why.noticeFrom", 3, GIVEN_ON),
      NoticeText.of("termination.why.noticeFrom", 0, GIVEN_ON),
      NoticeText.of("termination.why.lateNotice", "WJA-21", 3, TERM_END, NOTICE_BY, GIVEN_ON),
      NoticeText.of("termination.why.commitment", "BDB-13.3", 12, TERM_END),
      NoticeText.of("termination.why.commitmentStoreSite", "BDB-R9.3", 12, TERM_END, "BDB-R13.1"),
      NoticeText.of("termination.why.endOfTerm", TERM_END));

  private String termination(Language language, Object reason) {
    return render(NoticeType.TERMINATION_CONFIRMED, language, Map.of(
        "requestedOn", GIVEN_ON, "requestedBy", be.contractflow.ledger.Party.CLIENT,
        "effectiveEndDate", LocalDate.of(2028, 2, 9), "reason", reason)).html();
  }

  @Test
  void every_termination_reason_is_said_in_the_client_language_with_its_dates()
      throws Exception {
    Properties fr = bundle("fr");
    assertThat(WHY.stream().map(NoticeText::code).distinct().toList())
        .as("every termination.why.* message of the bundles is tried here")
        .containsExactlyInAnyOrderElementsOf(fr.stringPropertyNames().stream()
            .filter(k -> k.startsWith("termination.why.")).toList());
    for (Language language : Language.values()) {
      for (NoticeText why : WHY) {
        assertThat(termination(language, why)).as("%s in %s", why, language)
            .doesNotContain("??", "{0", "{1", "{2", "{3", "{4", "2026-11", "2027-02");
      }
    }
  }

  @Test
  void WJA_21_a_late_notice_is_explained_in_french_and_dutch_with_long_dates() {
    NoticeText late = WHY.get(9);
    assertThat(termination(Language.fr, late)).contains(
        "demandée par vous-même le 11 novembre 2026",
        "Motif : WJA-21 : le préavis doit nous parvenir au moins 3 mois avant l’échéance du "
            + "9 février 2027, soit au plus tard le 10 novembre 2026 ; notifié le 11 novembre "
            + "2026, il ne prend effet qu’à la fin de la période suivante.");
    assertThat(termination(Language.nl, late)).contains(
        "aangevraagd door uzelf op 11 november 2026",
        "Reden: WJA-21: de opzegging moet ons ten minste 3 maanden vóór de vervaldag van "
            + "9 februari 2027 bereiken, dus uiterlijk op 10 november 2026; gegeven op "
            + "11 november 2026, gaat zij pas in op het einde van de volgende contractperiode.");
    assertThat(termination(Language.en, late)).contains("WJA-21: notice must reach us at least "
        + "3 months before the term ending on 9 February 2027, that is by 10 November 2026");
    assertThat(termination(Language.en, NoticeText.of("termination.why.noticeFrom", 1,
        GIVEN_ON))).contains("1 month’s notice from 11 November 2026");
    assertThat(termination(Language.nl, WHY.get(8))).contains("zonder opzeggingstermijn");
  }

  @Test
  void a_reason_typed_by_staff_is_shown_as_typed_in_every_language() {
    for (Language language : Language.values()) {
      assertThat(termination(language, WHY.get(2))).contains("Business destroyed by flood");
    }
    assertThat(termination(Language.fr, WHY.get(2))).contains("force majeure : Business");
    assertThat(termination(Language.nl, WHY.get(2))).contains("overmacht: Business");
  }

  @Test
  void a_notice_text_survives_its_process_variable() {
    for (NoticeText why : WHY) {
      assertThat(NoticeText.fromVariable(why.toVariable())).isEqualTo(why);
    }
    var odd = NoticeText.of("termination.why.graveBreach", "quotes \" and\nnew lines: d:1");
    assertThat(NoticeText.fromVariable(odd.toVariable())).isEqualTo(odd);
    assertThat(NoticeText.fromVariable(null)).isNull();
  }

  @Test
  void model_values_are_escaped_not_interpreted_as_markup() {
    var html = render(NoticeType.SERVICE_INTERRUPTED, Language.en,
        Map.of("reason", "<script>alert(1)</script> & co")).html();
    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;", "&amp; co");
  }

  @Test
  void the_three_bundles_hold_the_same_wording_keys_and_no_ascii_apostrophe() throws Exception {
    Properties fr = bundle("fr");
    for (String language : List.of("nl", "en")) {
      assertThat(bundle(language).stringPropertyNames()).as(language)
          .containsExactlyInAnyOrderElementsOf(fr.stringPropertyNames());
    }
    for (String language : List.of("fr", "nl", "en")) {
      Properties bundle = bundle(language);
      for (NoticeType type : NoticeType.values()) {
        assertThat(bundle).containsKey(type.name() + ".subject");
        for (String key : type.modelKeys()) {
          assertThat(bundle).as("label of %s in %s", key, language).containsKey("field." + key);
        }
      }
      // MessageFormat swallows a lone ASCII apostrophe: the bundles use ’
      bundle.forEach((key, text) -> assertThat((String) text).as("%s in %s", key, language)
          .doesNotContain("'"));
    }
  }

  @Test
  void a_pdf_is_a_real_pdf_in_every_language() {
    var pdf = new PdfRenderer();
    for (Language language : Language.values()) {
      byte[] document = pdf.render(render(NoticeType.FORMAL_NOTICE, language, reminder()).html());
      assertThat(new String(document, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
  }

  @Test
  void a_missing_or_unknown_model_value_never_breaks_rendering() {
    assertThatCode(() -> render(NoticeType.GO_LIVE, Language.nl, Map.of(
        "goLiveDate", java.util.Date.from(java.time.Instant.parse("2026-03-02T10:00:00Z")),
        "siteUrl", 42,
        "unexpected", new Object()))).doesNotThrowAnyException();
    assertThat(render(NoticeType.GO_LIVE, Language.nl, Map.of()).html())
        .contains("online gezet op het adres —");
  }

  private static Properties bundle(String language) throws Exception {
    var properties = new Properties();
    try (Reader in = new InputStreamReader(NoticeRenderingTest.class.getResourceAsStream(
        "/notice/messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }
}
