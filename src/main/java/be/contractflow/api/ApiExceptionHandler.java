package be.contractflow.api;

import be.contractflow.billing.ProbableDuplicatePaymentException;
import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.NotFoundException;
import be.contractflow.ledger.RejectedException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of {@code /api} as RFC 7807 {@code application/problem+json} whose {@code detail}
 * says what was wrong and what to send instead. A rejected request changes nothing: services
 * validate before they write, inside one transaction.
 */
@RestControllerAdvice(basePackages = "be.contractflow")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  static final String TYPE_BASE = "https://contractflow.be/problems/";

  /** A body with thousands of bad fields is answered with the first ones, not a huge detail. */
  private static final int MAX_ERRORS_LISTED = 20;

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
  }

  @ExceptionHandler(be.contractflow.billing.EInvoices.NotApplicable.class)
  ProblemDetail noEInvoice(be.contractflow.billing.EInvoices.NotApplicable e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", "No e-invoice", e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "conflict", "Not allowed in the current state", e.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
  }

  @ExceptionHandler(ProbableDuplicatePaymentException.class)
  ProblemDetail probableDuplicate(ProbableDuplicatePaymentException e) {
    var problem = problem(HttpStatus.CONFLICT, "probable-duplicate", "Probable duplicate payment",
        e.getMessage());
    problem.setProperty("field", "reference");
    problem.setProperty("duplicateOf", e.duplicateOf());
    return problem;
  }

  @ExceptionHandler(RequestBodyLimit.TooLargeException.class)
  ProblemDetail tooLarge(RequestBodyLimit.TooLargeException e) {
    return RequestBodyLimit.problem();
  }

  /**
   * Anything no other handler knows: 500 as a problem too, with no internal text (it is logged),
   * instead of Spring's generic JSON (issue 10, finding 7).
   */
  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) throws Exception {
    if (AnnotationUtils.findAnnotation(e.getClass(), ResponseStatus.class) != null
        || e instanceof ErrorResponse
        || e instanceof org.springframework.security.access.AccessDeniedException
        || e instanceof org.springframework.security.core.AuthenticationException) {
      throw e; // Spring's own resolvers answer these with their status
    }
    LOG.error("Unexpected error answered with 500", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
        "The server could not handle this request; nothing was changed. It is logged for the "
            + "operators; if it happens again, send them the time of the request.");
  }

  @ExceptionHandler(RejectedException.class)
  ProblemDetail rejected(RejectedException e) {
    return problem(HttpStatus.UNPROCESSABLE_ENTITY, "rejected", "Refused by the rules", e.getMessage());
  }

  @ExceptionHandler(InvalidRequestException.class)
  ProblemDetail invalid(InvalidRequestException e) {
    var problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    if (e.field() != null) {
      problem.setProperty("field", e.field());
    }
    return problem;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    String expected = describe(e.getRequiredType());
    var problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
        "Parameter '" + e.getName() + "' has the value '"
            + ApiInputConfiguration.abbreviate(String.valueOf(e.getValue())) + "', which is not "
            + expected + ".");
    problem.setProperty("field", e.getName());
    return problem;
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String detail;
    String field = null;
    Throwable cause = e.getCause();
    for (Throwable c = cause; c != null; c = c.getCause()) {
      if (c instanceof RequestBodyLimit.TooLargeException) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(RequestBodyLimit.problem());
      }
    }
    if (cause instanceof UnrecognizedPropertyException unknown) {
      field = path(unknown);
      detail = "Unknown field '" + field + "'. Send only the fields of the API: "
          + unknown.getKnownPropertyIds() + ".";
    } else if (cause instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
      field = path(invalid);
      detail = "Field '" + field + "' has the value '"
          + ApiInputConfiguration.abbreviate(String.valueOf(invalid.getValue()))
          + "', which is not " + describe(invalid.getTargetType()) + ".";
    } else if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
      field = path(mismatched);
      detail = "Field '" + field + "' has the wrong JSON type: send " + describe(mismatched.getTargetType()) + ".";
    } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
        && mapping.getCause() instanceof InputCoercionException outOfRange) {
      field = path(mapping);
      detail = "Field '" + field + "' is " + ApiInputConfiguration.abbreviate(sent(outOfRange))
          + ", out of range for " + describe(outOfRange.getTargetType())
          + ": send a whole number in the range the API documents for it.";
    } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      field = path(mapping);
      detail = "Field '" + field + "' could not be read: send it as the API documents it.";
    } else if (cause instanceof JsonParseException parse) {
      detail = "The body is not valid JSON (line " + parse.getLocation().getLineNr() + ", column "
          + parse.getLocation().getColumnNr() + "): " + parse.getOriginalMessage()
          + ". Send a JSON object with Content-Type: application/json.";
    } else if (cause instanceof StreamConstraintsException limit) {
      detail = "The body is outside the limits of the JSON reader: " + limit.getOriginalMessage()
          + ". Send a JSON object of the API's shape.";
    } else if (cause instanceof MismatchedInputException) {
      detail = "The body is not a JSON object of the expected shape. Send a JSON object with "
          + "Content-Type: application/json.";
    } else {
      detail = "The body is missing or is not a JSON object. Send a JSON object with "
          + "Content-Type: application/json.";
    }
    var problem = problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed request body", detail);
    if (field != null) {
      problem.setProperty("field", field);
    }
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    var errors = e.getBindingResult().getFieldErrors().stream()
        .map(error -> "'" + error.getField() + "' " + error.getDefaultMessage())
        .sorted()
        .limit(MAX_ERRORS_LISTED)
        .collect(Collectors.toList());
    int more = e.getBindingResult().getFieldErrorCount() - errors.size();
    var problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
        String.join("; ", errors) + (more > 0 ? "; and " + more + " more" : "") + ".");
    problem.setProperty("errors", errors);
    e.getBindingResult().getFieldErrors().stream()
        .map(org.springframework.validation.FieldError::getField)
        .sorted()
        .findFirst()
        .ifPresent(field -> problem.setProperty("field", field));
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem && problem.getType().equals(URI.create("about:blank"))) {
      problem.setType(URI.create(TYPE_BASE + "http-" + statusCode.value()));
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    var problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + type));
    problem.setTitle(title);
    return problem;
  }

  /** The number Jackson's range check quotes: "Numeric value (2147483648) out of range of int". */
  private static String sent(InputCoercionException e) {
    var quoted = java.util.regex.Pattern.compile("\\(([^)]*)\\)").matcher(
        String.valueOf(e.getOriginalMessage()));
    return quoted.find() ? quoted.group(1) : "a number";
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "of the expected type";
    }
    if (type == LocalDate.class) {
      return "a date " + ApiInputConfiguration.DATE_WINDOW + ": send YYYY-MM-DD, e.g. 2026-03-31";
    }
    if (type == OffsetDateTime.class) {
      return "a date-time " + ApiInputConfiguration.DATE_WINDOW
          + ": send ISO-8601 with offset, e.g. 2026-03-31T12:00:00+02:00";
    }
    if (type == DecimalText.class) {
      return "a decimal: send it as a string such as \"1210.00\"";
    }
    if (type == java.math.BigDecimal.class) {
      return "an amount: send a decimal string such as \"1210.00\"";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Double.class || type == double.class || type == Float.class
        || type == float.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "a JSON array";
    }
    if (type == String.class) {
      return "a string";
    }
    return "a JSON object";
  }
}
