package be.contractflow.notice;

import be.contractflow.ledger.Language;
import be.contractflow.terms.AgencyIdentity;
import be.contractflow.time.BusinessClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a notice's subject and XHTML body in the client's language: the shared layout
 * {@code templates/notice/layout.html} around the type's fragment {@code templates/notice/types/
 * <TYPE>.html}, every word from {@code notice/messages_<lang>.properties}. Its template engine and
 * message source are private, so the web views' Thymeleaf configuration is untouched.
 */
@Component
class NoticeRenderer {

  /** Shown where a model value is missing. */
  static final String MISSING = "—";

  record Addressee(String name, String address, Language language) {}

  record Rendered(String subject, String html) {}

  /** One row of the details table (public: the templates read it without a reflective search). */
  public record Detail(String label, String value) {}

  private final SpringTemplateEngine engine;
  private final MessageSource messages;

  NoticeRenderer() {
    var bundle = new ResourceBundleMessageSource();
    bundle.setBasename("notice/messages");
    bundle.setDefaultEncoding("UTF-8");
    bundle.setFallbackToSystemLocale(false);
    // every message goes through MessageFormat, so the bundles follow one quoting rule
    bundle.setAlwaysUseMessageFormat(true);
    this.messages = bundle;

    var resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/notice/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    this.engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setTemplateEngineMessageSource(bundle);
    // the template's expressions compiled to bytecode once hot (issue 16: rendering a reminder
    // was a tenth of the month-end storm's job CPU); output unchanged
    engine.setEnableSpringELCompiler(true);
  }

  Rendered render(NoticeType type, NoticeChannel channel, String clause, Addressee to,
      String contractNumber, String invoiceNumber, Map<String, Object> model, LocalDate date) {
    return render(type, channel, clause, to, contractNumber, invoiceNumber, model, date, null);
  }

  /**
   * @param agency the agency the notice comes from, printed as letterhead and court line; null
   *     for the terms' short agency values in the model (notices about no contract)
   */
  Rendered render(NoticeType type, NoticeChannel channel, String clause, Addressee to,
      String contractNumber, String invoiceNumber, Map<String, Object> model, LocalDate date,
      AgencyIdentity agency) {
    Locale locale = formattingLocale(to.language());
    var values = new HashMap<String, Object>(model);
    values.putIfAbsent("contractNumber", contractNumber);
    values.putIfAbsent("invoiceNumber", invoiceNumber);

    var shown = new HashMap<String, String>();
    var keys = new LinkedHashSet<String>(NoticeType.COMMON_KEYS);
    keys.addAll(type.modelKeys());
    keys.add("contractNumber");
    keys.add("invoiceNumber");
    for (String key : keys) {
      shown.put(key, format(key, values.get(key), locale));
    }
    var details = new ArrayList<Detail>();
    for (String key : type.modelKeys()) {
      if (values.get(key) != null) {
        details.add(new Detail(label(key, locale), shown.get(key)));
      }
    }
    String subject = messages.getMessage(type.name() + ".subject",
        new Object[] {shown.get("contractNumber"), shown.get("invoiceNumber"),
            shown.get("quoteNumber")}, locale);

    var context = new Context(locale);
    context.setVariable("type", type.name());
    context.setVariable("lang", to.language().name());
    context.setVariable("subject", subject);
    context.setVariable("registeredLetter", channel == NoticeChannel.REGISTERED_LETTER);
    context.setVariable("clause", clause);
    context.setVariable("date", format("date", date, locale));
    context.setVariable("clientName", to.name());
    context.setVariable("clientAddress", to.address());
    context.setVariable("contractNumber", contractNumber);
    context.setVariable("invoiceNumber", invoiceNumber);
    context.setVariable("m", shown);
    context.setVariable("present", values.keySet().stream()
        .filter(k -> values.get(k) != null).collect(Collectors.toSet()));
    context.setVariable("details", details);
    context.setVariable("rule", values.get(NoticeType.RULE) == null ? null
        : shown.get(NoticeType.RULE));
    context.setVariable("agency", agency);
    context.setVariable("court", agency != null ? agency.court(to.language())
        : values.get("court") == null ? null : shown.get("court"));
    return new Rendered(subject, engine.process("layout", context));
  }

  private String label(String key, Locale locale) {
    return messages.getMessage("field." + key, null, key, locale);
  }

  /** The display form of one model value in the client's locale ({@link NoticeType} conventions). */
  String format(String key, Object value, Locale locale) {
    if (value == null) {
      return MISSING;
    }
    if (value instanceof NoticeText text) {
      // numbers stay numbers so a {n,choice,...} pattern can pluralise
      Object[] args = text.args().stream()
          .map(arg -> arg instanceof Integer ? arg : format(key, arg, locale)).toArray();
      return messages.getMessage(text.code(), args, locale);
    }
    if (value instanceof Collection<?> items) {
      return items.isEmpty() ? MISSING : items.stream()
          .map(item -> format(key, item, locale))
          .collect(Collectors.joining(items.stream().allMatch(Enum.class::isInstance) ? " " : ", "));
    }
    if (value instanceof LocalDate d) {
      return BelgianFormat.of(locale).date(d);
    }
    if (value instanceof OffsetDateTime t) {
      return format(key, t.atZoneSameInstant(BusinessClock.ZONE).toLocalDate(), locale);
    }
    if (value instanceof ZonedDateTime t) {
      return format(key, t.withZoneSameInstant(BusinessClock.ZONE).toLocalDate(), locale);
    }
    if (value instanceof Instant i) {
      return format(key, i.atZone(BusinessClock.ZONE).toLocalDate(), locale);
    }
    if (value instanceof Date d) {
      return format(key, d.toInstant(), locale);
    }
    if (value instanceof BigDecimal amount) {
      return formatNumber(key, amount, locale);
    }
    if (value instanceof Enum<?> e) {
      String code = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
      return messages.getMessage(code, null, e.name(), locale);
    }
    return value.toString();
  }

  private static String formatNumber(String key, BigDecimal amount, Locale locale) {
    BelgianFormat format = BelgianFormat.of(locale);
    if (key.endsWith("Percent")) {
      return format.percent(amount);
    }
    if (key.endsWith("Hours")) {
      return format.quantity(amount);
    }
    return format.amount(amount);
  }

  /** Belgian conventions for French and Dutch; British ones for English ({@link BelgianFormat}). */
  static Locale formattingLocale(Language language) {
    return BelgianFormat.of(language).locale();
  }
}
