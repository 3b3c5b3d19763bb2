package org.suqiu.platform.web;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.core.JacksonException;

/**
 * One place where errors become RFC 9457 problem+json: invalid fields name the field, unreadable
 * bodies say why, an unavailable store answers 503 with {@code Retry-After}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    static final String RETRY_AFTER_SECONDS = "5";

    /** One invalid field of a request. */
    public record InvalidField(String field, String message) {
    }

    @ExceptionHandler(WebExchangeBindException.class)
    public ResponseEntity<ProblemDetail> invalidFields(WebExchangeBindException e) {
        List<InvalidField> errors = e.getFieldErrors().stream()
                .map(ProblemDetailsAdvice::invalidField)
                .toList();
        String detail = errors.isEmpty() ? "The request is invalid."
                : errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElseThrow();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    @ExceptionHandler(ServerWebInputException.class)
    public ResponseEntity<ProblemDetail> unreadable(ServerWebInputException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DataBufferLimitException || (cause != null && cause.getCause() instanceof DataBufferLimitException)) {
            return respond(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Request too large",
                    "The request body is larger than this endpoint accepts."));
        }
        String field = fieldOf(e);
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "unreadable-request", "Unreadable request",
                field == null ? "The request body is not valid JSON for this endpoint."
                        : "The field '" + field + "' has a value of the wrong type or format.");
        if (field != null) {
            problem.setProperty("errors", List.of(new InvalidField(field, "wrong type or format")));
        }
        return respond(problem);
    }

    @ExceptionHandler(ResponseStatusException.class)
    public ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
        ProblemDetail problem = e.getBody();
        return ResponseEntity.status(e.getStatusCode()).headers(e.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler({MongoTimeoutException.class, MongoSocketException.class})
    public ResponseEntity<ProblemDetail> storeUnavailable(RuntimeException e) {
        log.warn("Store unavailable: {}", e.getClass().getSimpleName());
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "Temporarily unavailable",
                "The service cannot reach its store; nothing was saved. Try again shortly.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static InvalidField invalidField(FieldError error) {
        return new InvalidField(error.getField(), error.getDefaultMessage());
    }

    private static String fieldOf(ServerWebInputException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                return mismatch.getPath().stream()
                        .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
            }
            if (t instanceof DecodingException || t instanceof JacksonException) {
                continue;
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

}
