package be.contractflow.notice;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Turns a well-formed XHTML document into a PDF with openhtmltopdf: registered letters and
 * notices that carry a PDF (SPEC.md "Notices"), and invoices for the invoicing service. Page size
 * and margins come from the document's CSS ({@code @page}); the base-14 fonts cover Latin-1 and
 * the euro sign.
 */
@Component
public class PdfRenderer {

  public byte[] render(String xhtml) {
    try (var out = new ByteArrayOutputStream()) {
      new PdfRendererBuilder()
          .useFastMode()
          .withHtmlContent(xhtml, null)
          .toStream(out)
          .run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not render the PDF", e);
    }
  }
}
