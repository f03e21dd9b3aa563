package be.contractflow.billing;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.notice.PdfDocuments;
import be.contractflow.terms.Terms;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The invoice as a PDF in the client's language, with the mentions a Belgian invoice carries
 * (agency and company number, number and date, client and VAT number, lines, VAT, due date,
 * structured communication). Wording in {@code templates/invoice/invoice_{fr,nl,en}.properties}.
 */
@Component
public class InvoiceDocument {

  private final PdfDocuments documents;

  public InvoiceDocument(PdfDocuments documents) {
    this.documents = documents;
  }

  public byte[] render(Invoice invoice, List<InvoiceRepository.Line> lines, Client client,
      Terms.Agency agency) {
    return render(invoice, lines, client, agency, null);
  }

  /** With the service period it bills ({@code null}: none), stated under the invoice date. */
  public byte[] render(Invoice invoice, List<InvoiceRepository.Line> lines, Client client,
      Terms.Agency agency, InvoicingService.Period period) {
    var model = new java.util.HashMap<String, Object>(Map.of(
        "invoice", invoice,
        "lines", lines,
        "client", client,
        "agency", agency,
        "communication", StructuredCommunication.format(invoice.structuredCommunication()),
        "vatPercent", invoice.vatRate().stripTrailingZeros().toPlainString()));
    if (period != null) {
      model.put("period", period);
    }
    return documents.render("invoice/invoice", client.language().locale(), model);
  }
}
