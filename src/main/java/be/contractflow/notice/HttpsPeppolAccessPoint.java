package be.contractflow.notice;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.stereotype.Component;

/**
 * The access point as an HTTPS API (the shape most Peppol providers offer): one {@code POST} of
 * the UBL document to {@code contractflow.peppol.endpoint}, {@code Content-Type: application/xml},
 * {@code Authorization: Bearer <contractflow.peppol.api-key>}, and the routing in headers —
 * {@code X-Peppol-Sender}, {@code X-Peppol-Receiver} ({@code iso6523-actorid-upis::0208:…}),
 * {@code X-Peppol-Document-Type} (the BIS Billing 3.0 invoice or credit note document type id)
 * and {@code Idempotency-Key} (the notice key). A 2xx answer is the proven sending; 4xx (but 408
 * and 429) is a refusal for good; anything else is retried.
 */
@Component
public class HttpsPeppolAccessPoint implements PeppolAccessPoint {

  static final String INVOICE_DOCUMENT_TYPE = "busdox-docid-qns::"
      + "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::Invoice##"
      + "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1";
  static final String CREDIT_NOTE_DOCUMENT_TYPE = "busdox-docid-qns::"
      + "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2::CreditNote##"
      + "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1";
  private static final String PARTICIPANT_SCHEME = "iso6523-actorid-upis::";

  private final PeppolProperties properties;
  private final HttpClient http;

  public HttpsPeppolAccessPoint(PeppolProperties properties) {
    this.properties = properties;
    this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
  }

  @Override
  public void send(Document document) {
    if (properties.endpoint() == null || properties.endpoint().isBlank()) {
      throw new Rejected("no Peppol access point is configured (contractflow.peppol.endpoint)");
    }
    var request = HttpRequest.newBuilder(java.net.URI.create(properties.endpoint().strip()))
        .timeout(properties.timeout())
        .header("Content-Type", "application/xml")
        .header("X-Peppol-Sender", PARTICIPANT_SCHEME + document.sender())
        .header("X-Peppol-Receiver", PARTICIPANT_SCHEME + document.receiver())
        .header("X-Peppol-Document-Type", document.creditNote() ? CREDIT_NOTE_DOCUMENT_TYPE
            : INVOICE_DOCUMENT_TYPE)
        .header("Idempotency-Key", document.key())
        .POST(HttpRequest.BodyPublishers.ofByteArray(document.xml()));
    if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
      request.header("Authorization", "Bearer " + properties.apiKey());
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("Peppol access point unreachable: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending to the Peppol access point", e);
    }
    int status = response.statusCode();
    if (status / 100 == 2) {
      return;
    }
    String body = response.body() == null ? "" : response.body().strip();
    String message = "Peppol access point answered " + status
        + (body.isEmpty() ? "" : ": " + (body.length() > 500 ? body.substring(0, 500) : body));
    if (status / 100 == 4 && status != 408 && status != 429) {
      throw new Rejected(message);
    }
    throw new IllegalStateException(message);
  }
}
