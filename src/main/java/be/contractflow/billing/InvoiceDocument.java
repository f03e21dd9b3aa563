package be.contractflow.billing;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.notice.PdfRenderer;
import be.contractflow.terms.Terms;
import java.util.List;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The invoice as a PDF in the client's language, with the mentions a Belgian invoice carries
 * (agency and company number, number and date, client and VAT number, lines, VAT, due date,
 * structured communication). Wording in {@code templates/invoice/invoice_{fr,nl,en}.properties}.
 */
@Component
public class InvoiceDocument {

  private final SpringTemplateEngine templates;
  private final PdfRenderer pdf;

  public InvoiceDocument(PdfRenderer pdf) {
    this.pdf = pdf;
    var resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/invoice/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    this.templates = new SpringTemplateEngine();
    this.templates.setTemplateResolver(resolver);
  }

  public byte[] render(Invoice invoice, List<InvoiceRepository.Line> lines, Client client,
      Terms.Agency agency) {
    var context = new Context(client.language().locale());
    context.setVariable("invoice", invoice);
    context.setVariable("lines", lines);
    context.setVariable("client", client);
    context.setVariable("agency", agency);
    context.setVariable("communication",
        StructuredCommunication.format(invoice.structuredCommunication()));
    context.setVariable("vatPercent", invoice.vatRate().stripTrailingZeros().toPlainString());
    return pdf.render(templates.process("invoice", context));
  }
}
