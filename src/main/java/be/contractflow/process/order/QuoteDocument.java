package be.contractflow.process.order;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.Quote;
import be.contractflow.notice.PdfRenderer;
import be.contractflow.terms.Terms;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The quote as a PDF in the client's language (BDB-5.2a: "sent as PDF"), with its validity and
 * room for the "bon pour accord" signature (BDB-5.2b). Wording in
 * {@code templates/quote/quote_{fr,nl,en}.properties}.
 */
@Component
public class QuoteDocument {

  private final SpringTemplateEngine templates;
  private final PdfRenderer pdf;

  public QuoteDocument(PdfRenderer pdf) {
    this.pdf = pdf;
    var resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/quote/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    this.templates = new SpringTemplateEngine();
    this.templates.setTemplateResolver(resolver);
  }

  public byte[] render(Quote quote, Client client, Terms.Agency agency, LocalDate validUntil,
      String validityClause, BigDecimal totalExclVat, BigDecimal vat) {
    var context = new Context(client.language().locale());
    context.setVariable("quote", quote);
    context.setVariable("client", client);
    context.setVariable("agency", agency);
    context.setVariable("validUntil", validUntil);
    context.setVariable("validityClause", validityClause);
    context.setVariable("totalExclVat", totalExclVat);
    context.setVariable("vat", vat);
    context.setVariable("total", totalExclVat.add(vat));
    return pdf.render(templates.process("quote", context));
  }
}
