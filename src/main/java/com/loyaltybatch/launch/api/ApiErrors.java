package com.loyaltybatch.launch.api;

import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.InsufficientBalanceException;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.LoyaltyException;
import com.loyaltybatch.common.NotFoundException;
import com.loyaltybatch.common.ProgramNotActiveException;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.DatabindException;

/**
 * Refusals and failures as the Loyalty APIs send them: 400 with a {@code validationError} naming
 * the field, 404 not found, 409 a conflict (a stale revision, a duplicate), 428 a failed
 * precondition (the program is not ACTIVE, the balance does not cover it). A 500 says only its
 * request id, which the log line carries with the stack trace.
 */
@ConditionalOnWebApplication
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(LoyaltyException.class)
    ResponseEntity<ApiError> refused(LoyaltyException refusal) {
        String message = refusal.getMessage();
        if (refusal instanceof InvalidInputException) {
            return invalid(message);
        }
        if (refusal instanceof NotFoundException) {
            return error(HttpStatus.NOT_FOUND, "NOT_FOUND", message);
        }
        if (refusal instanceof ConflictException) {
            return error(HttpStatus.CONFLICT, "ABORTED", message);
        }
        if (refusal instanceof ProgramNotActiveException) {
            return error(HttpStatus.PRECONDITION_REQUIRED, "PROGRAM_NOT_ACTIVE", message);
        }
        if (refusal instanceof InsufficientBalanceException) {
            return error(HttpStatus.PRECONDITION_REQUIRED, "INSUFFICIENT_BALANCE", message);
        }
        return error(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT", message);
    }

    /** Malformed JSON, or a value of the wrong type: named by its path in the body. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return tooLarge(tooLarge);
            }
        }
        if (e.getCause() instanceof DatabindException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return ResponseEntity.badRequest().body(ApiError.validation(field, "not a valid value"));
        }
        String reason = e.getCause() != null && e.getCause().getMessage() != null
                ? e.getCause().getMessage().lines().findFirst().orElse("") : "";
        return ResponseEntity.badRequest().body(ApiError.validation("body", "not valid JSON"
                + (reason.isBlank() ? "" : " (" + reason.replaceAll(" at \\[Source.*", "") + ")")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(ApiError.validation(e.getName(), "not a valid value: " + e.getValue()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(ApiError.validation(e.getParameterName(), "required"));
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<ApiError> tooLarge(BodyTooLargeException e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "RESOURCE_EXHAUSTED", e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noRoute(NoResourceFoundException e, HttpServletRequest request) {
        return error(HttpStatus.NOT_FOUND, "NOT_FOUND", "no route " + request.getMethod() + " " + request.getRequestURI());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", request.getMethod() + " is not supported on "
                + request.getRequestURI());
    }

    @ExceptionHandler(NotSupportedException.class)
    ResponseEntity<ApiError> notSupported(NotSupportedException e) {
        return error(HttpStatus.NOT_IMPLEMENTED, "UNIMPLEMENTED", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> failed(Exception e, HttpServletRequest request) {
        Object requestId = request.getAttribute(ApiKeyFilter.REQUEST_ID);
        log.error("request {} {} {} failed", requestId, request.getMethod(), request.getRequestURI(), e);
        return ResponseEntity.internalServerError().body(ApiError.application("INTERNAL",
                "internal error; request id " + requestId, Map.of("requestId", String.valueOf(requestId))));
    }

    private static ResponseEntity<ApiError> invalid(String message) {
        int colon = message.indexOf(": ");
        return ResponseEntity.badRequest().body(colon > 0 && !message.substring(0, colon).contains(" ")
                ? ApiError.validation(message.substring(0, colon), message.substring(colon + 2))
                : ApiError.validation("request", message));
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(ApiError.application(code, message, Map.of()));
    }
}
