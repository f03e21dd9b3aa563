package be.contractflow.api;

import be.contractflow.ledger.NotFoundException;
import be.contractflow.notice.NoticeService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notices")
@Tag(name = "Notices")
public class NoticeController {

  private final NoticeService notices;

  public NoticeController(NoticeService notices) {
    this.notices = notices;
  }

  @GetMapping("/{id}/document")
  @Operation(summary = "The document of a notice: the invoice, quote or registered letter as PDF")
  public ResponseEntity<byte[]> document(@PathVariable long id) {
    var document = notices.document(id).orElseThrow(() -> new NotFoundException(
        "Notice " + id + " has no document. GET /api/contracts/{n}/notices lists the notices "
            + "of a contract with the documentUrl of those that have one."));
    return ResponseEntity.ok()
        .contentType(document.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(document.name()).build().toString())
        .body(document.content());
  }
}
