package be.contractflow.audit;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.Contract;
import be.contractflow.notice.PdfRenderer;
import be.contractflow.terms.TermsVersion;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A contract's timeline for the audit file: CSV (RFC 4180, UTF-8 with BOM so spreadsheet tools
 * read the accents) and PDF (openhtmltopdf through {@link PdfRenderer}), in causal order.
 */
public class TimelineExport {

  static final List<String> COLUMNS = List.of("sequence", "at", "kind", "name", "process",
      "clause or version", "who", "noise", "details");

  private final PdfRenderer pdf;
  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  public TimelineExport(PdfRenderer pdf) {
    this.pdf = pdf;
  }

  public byte[] csv(List<TimelineEntry> entries) {
    var out = new StringBuilder("\uFEFF");
    out.append(String.join(",", COLUMNS)).append("\r\n");
    for (TimelineEntry e : entries) {
      out.append(List.of(String.valueOf(e.sequence()), String.valueOf(e.at()), e.kind().name(),
              nullToEmpty(e.name()), nullToEmpty(e.process()), nullToEmpty(e.source()),
              nullToEmpty(e.who()), String.valueOf(e.noise()), details(e.details()))
          .stream().map(TimelineExport::csvField).collect(Collectors.joining(",")))
          .append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  public byte[] pdf(Contract contract, Client client, Collection<TermsVersion> versions,
      List<TimelineEntry> entries, String exportedBy, OffsetDateTime now) {
    var html = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Audit</title><style>
        @page { size: A4 landscape; margin: 12mm; }
        body { font-family: Helvetica, sans-serif; font-size: 8pt; }
        h1 { font-size: 13pt; margin: 0 0 4pt 0; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 0.5pt solid #999; padding: 2pt 3pt; vertical-align: top; text-align: left; }
        th { background: #eee; }
        td.details { font-size: 6.5pt; color: #333; word-wrap: break-word; }
        </style></head><body>
        """);
    html.append("<h1>Contract ").append(esc(contract.number())).append(" — ")
        .append(esc(client.name())).append("</h1>");
    html.append("<p>").append(esc(contract.kind().name())).append(", terms profile ")
        .append(esc(contract.termsProfile())).append(", status ")
        .append(esc(contract.status().name())).append(". Terms: ")
        .append(esc(versions.stream().map(TermsVersion::label).collect(Collectors.joining(", "))))
        .append(". Exported by ").append(esc(exportedBy)).append(" on ").append(esc(now.toString()))
        .append(".</p><table><thead><tr>");
    for (String column : COLUMNS.subList(0, COLUMNS.size() - 2)) {
      html.append("<th>").append(esc(column)).append("</th>");
    }
    html.append("<th>details</th></tr></thead><tbody>");
    for (TimelineEntry e : entries) {
      html.append("<tr><td>").append(e.sequence()).append("</td><td>")
          .append(esc(String.valueOf(e.at()))).append("</td><td>").append(esc(e.kind().name()))
          .append("</td><td>").append(esc(e.name())).append("</td><td>").append(esc(e.process()))
          .append("</td><td>").append(esc(e.source())).append("</td><td>").append(esc(e.who()))
          .append("</td><td class=\"details\">").append(esc(details(e.details())))
          .append("</td></tr>");
    }
    html.append("</tbody></table></body></html>");
    return pdf.render(html.toString());
  }

  private String details(Map<String, Object> details) {
    try {
      return details == null ? "" : json.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      return String.valueOf(details);
    }
  }

  static String csvField(String value) {
    // a leading =, +, - or @ would be a formula in a spreadsheet (CSV injection): quote it away
    String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String esc(String value) {
    if (value == null) {
      return "";
    }
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
