package be.contractflow.api;

import be.contractflow.ledger.ConflictException;
import be.contractflow.ledger.NotFoundException;
import be.contractflow.ledger.RejectedException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.core.JsonParseException;
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

  static final String TYPE_BASE = "https://contractflow.be/problems/";

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "conflict", "Not allowed in the current state", e.getMessage());
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
        "Parameter '" + e.getName() + "' has the value '" + e.getValue() + "', which is not "
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
    if (cause instanceof UnrecognizedPropertyException unknown) {
      field = unknown.getPropertyName();
      detail = "Unknown field '" + field + "'. Send only the fields of the API: "
          + unknown.getKnownPropertyIds() + ".";
    } else if (cause instanceof InvalidFormatException invalid) {
      field = path(invalid);
      detail = "Field '" + field + "' has the value '" + invalid.getValue() + "', which is not "
          + describe(invalid.getTargetType()) + ".";
    } else if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
      field = path(mismatched);
      detail = "Field '" + field + "' has the wrong JSON type: send " + describe(mismatched.getTargetType()) + ".";
    } else if (cause instanceof JsonParseException parse) {
      detail = "The body is not valid JSON (line " + parse.getLocation().getLineNr() + ", column "
          + parse.getLocation().getColumnNr() + "): " + parse.getOriginalMessage()
          + ". Send a JSON object with Content-Type: application/json.";
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
        .collect(Collectors.toList());
    var problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
        String.join("; ", errors) + ".");
    problem.setProperty("errors", errors);
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
      return "a date: send YYYY-MM-DD, e.g. 2026-03-31";
    }
    if (type == OffsetDateTime.class) {
      return "a date-time: send ISO-8601 with offset, e.g. 2026-03-31T12:00:00+02:00";
    }
    if (type == java.math.BigDecimal.class) {
      return "an amount: send a decimal string such as \"1210.00\"";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
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
