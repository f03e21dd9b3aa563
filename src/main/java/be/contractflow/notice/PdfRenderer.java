package be.contractflow.notice;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Turns a well-formed XHTML document into a PDF with openhtmltopdf: registered letters and
 * notices that carry a PDF (SPEC.md "Notices"), quotes, invoices and credit notes. Page size and
 * margins come from the document's CSS ({@code @page}). Text is set in DejaVu Sans (regular and
 * bold, {@code src/main/resources/fonts/}, licence beside it), embedded as a subset: it covers
 * every Latin letter and the typographic signs French and Dutch need (’ « » € é ë ç), which the
 * PDF base-14 fonts do not all have. The stylesheets ask for {@value #FAMILY}.
 */
@Component
public class PdfRenderer {

  /** The font family name the templates' CSS use. */
  public static final String FAMILY = "DejaVu Sans";

  private final byte[] regular = font("DejaVuSans.ttf");
  private final byte[] bold = font("DejaVuSans-Bold.ttf");

  public byte[] render(String xhtml) {
    try (var out = new ByteArrayOutputStream()) {
      new PdfRendererBuilder()
          .useFastMode()
          .useFont(() -> new ByteArrayInputStream(regular), FAMILY, 400, FontStyle.NORMAL, true)
          .useFont(() -> new ByteArrayInputStream(bold), FAMILY, 700, FontStyle.NORMAL, true)
          .withHtmlContent(xhtml, null)
          .toStream(out)
          .run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not render the PDF", e);
    }
  }

  private static byte[] font(String file) {
    try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("font /fonts/" + file + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the font " + file, e);
    }
  }
}
