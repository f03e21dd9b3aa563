package be.contractflow.process.order;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.Quote;
import be.contractflow.notice.BelgianFormat;
import be.contractflow.notice.PdfDocuments;
import be.contractflow.terms.AgencyIdentities;
import be.contractflow.terms.AgencyIdentity;
import be.contractflow.terms.Terms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import org.springframework.stereotype.Component;

/**
 * The quote as a PDF in the client's language (BDB-5.2a: "sent as PDF"), with its validity and
 * room for the "bon pour accord" signature (BDB-5.2b). Wording in
 * {@code templates/quote/quote_{fr,nl,en}.properties}.
 */
@Component
public class QuoteDocument {

  private final PdfDocuments documents;
  private final AgencyIdentities identities;

  public QuoteDocument(PdfDocuments documents, AgencyIdentities identities) {
    this.documents = documents;
    this.identities = identities;
  }

  public byte[] render(Quote quote, Client client, Terms.Agency agency, LocalDate validUntil,
      String validityClause, BigDecimal totalExclVat, BigDecimal vat) {
    var variables = new HashMap<String, Object>();
    variables.put("quote", quote);
    variables.put("client", client);
    variables.put("agency", agency);
    AgencyIdentity identity = identities.of(quote.termsProfile());
    variables.put("identity", identity);
    variables.put("court", identity.court(client.language()));
    variables.put("validUntil", validUntil);
    variables.put("validityClause", validityClause);
    variables.put("totalExclVat", totalExclVat);
    variables.put("vat", vat);
    variables.put("total", totalExclVat.add(vat));
    BelgianFormat fmt = BelgianFormat.of(client.language());
    variables.put("fmt", fmt);
    return documents.render("quote/quote", fmt.locale(), variables);
  }
}
