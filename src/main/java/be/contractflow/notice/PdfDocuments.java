package be.contractflow.notice;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Business documents (invoices, quotes) rendered from an XHTML Thymeleaf template under
 * {@code templates/} to PDF, in the client's language: the wording of {@code templates/x/x.html}
 * lives beside it in {@code x_fr.properties}, {@code x_nl.properties}, {@code x_en.properties}.
 */
@Component
public class PdfDocuments {

  private final SpringTemplateEngine templates = new SpringTemplateEngine();
  private final PdfRenderer pdf;

  public PdfDocuments(PdfRenderer pdf) {
    this.pdf = pdf;
    var resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    templates.setTemplateResolver(resolver);
  }

  /** Renders e.g. {@code "invoice/invoice"} with these variables in that language. */
  public byte[] render(String template, Locale locale, Map<String, Object> variables) {
    var context = new Context(locale, variables);
    if (!variables.containsKey("fmt")) {
      context.setVariable("fmt", BelgianFormat.of(locale));
    }
    return pdf.render(xhtml(template, context));
  }

  /** The XHTML the PDF is made from (tests read it; the PDF is its rendering). */
  String xhtml(String template, Context context) {
    return templates.process(template, context);
  }
}
