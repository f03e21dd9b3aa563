package be.contractflow.notice;

import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;

/**
 * A document that goes with a notice: an invoice or quote PDF a caller made itself, or the PDF
 * {@link NoticeService} rendered for a registered letter.
 *
 * @param name the file name the client sees, e.g. {@code F-2026-0001.pdf}
 * @param content the bytes
 */
public record Attachment(String name, byte[] content) {

  public Attachment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
  }

  /** The media type guessed from the file name ({@code application/pdf} for a {@code .pdf}). */
  public MediaType mediaType() {
    return MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM);
  }
}
