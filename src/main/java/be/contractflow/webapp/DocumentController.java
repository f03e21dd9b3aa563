package be.contractflow.webapp;

import be.contractflow.notice.Notice;
import be.contractflow.notice.NoticeService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The PDFs a Tasklist task links to (quote, invoice, credit note, registered letter), served to
 * the user signed in to the Camunda web apps: the webapps' own session (cookie of
 * {@code /camunda}), no second login. The document is served when that user may see, with the
 * engine's own authorizations, a task or a process instance of the document's invoice or contract
 * (a clerk with the task, a process owner, an auditor); otherwise 404, as if it did not exist.
 */
@RestController
public class DocumentController {

  static final String PATH = "/documents/notices/";

  private final NoticeService notices;
  private final ProcessEngine engine;

  public DocumentController(NoticeService notices, ProcessEngine engine) {
    this.notices = notices;
    this.engine = engine;
  }

  /** Where Tasklist links the document of a notice. */
  public static String noticeUrl(long noticeId) {
    return PATH + noticeId;
  }

  @GetMapping(PATH + "{id}")
  public ResponseEntity<?> notice(@PathVariable long id, HttpServletRequest request) {
    UserAuthentication user = signedIn(request);
    if (user == null) {
      return problem(HttpStatus.UNAUTHORIZED, "Sign in to Tasklist (" + "/camunda/app/tasklist/"
          + ") first: documents are opened from a task.");
    }
    var notice = notices.byId(id).filter(Notice::hasDocument).filter(found -> visible(user, found));
    if (notice.isEmpty()) {
      return problem(HttpStatus.NOT_FOUND, "No document " + id + " among those of your tasks. "
          + "Open the document from its task in Tasklist.");
    }
    var document = notices.document(id).orElseThrow();
    return ResponseEntity.ok()
        .contentType(document.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(document.name()).build().toString())
        .body(document.content());
  }

  private UserAuthentication signedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    var authentication = authentications.getAuthenticationForProcessEngine(engine.getName());
    return authentication instanceof UserAuthentication user ? user : null;
  }

  /** Whether the user may see a task or a process instance of the notice's invoice or contract. */
  private boolean visible(UserAuthentication user, Notice notice) {
    var identity = engine.getIdentityService();
    Authentication before = identity.getCurrentAuthentication();
    identity.setAuthentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
    try {
      return (notice.invoiceNumber() != null && visible("invoiceNumber", notice.invoiceNumber()))
          || (notice.contractNumber() != null && visible("contractNumber", notice.contractNumber()));
    } finally {
      if (before == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(before);
      }
    }
  }

  private boolean visible(String variable, String value) {
    return engine.getTaskService().createTaskQuery()
            .processVariableValueEquals(variable, value).count() > 0
        || engine.getHistoryService().createHistoricProcessInstanceQuery()
            .variableValueEquals(variable, value).count() > 0;
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create(PATH));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
