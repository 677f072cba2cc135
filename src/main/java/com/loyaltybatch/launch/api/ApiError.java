package com.loyaltybatch.launch.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The error body of the Loyalty APIs: {@code message} and either an {@code applicationError}
 * (a string {@code code}, a description, data) or a {@code validationError} naming the field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String message, Details details) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Details(ApplicationError applicationError, ValidationError validationError) {
    }

    public record ApplicationError(String code, String description, Map<String, Object> data) {
    }

    public record ValidationError(List<FieldViolation> fieldViolations) {
    }

    public record FieldViolation(String field, String description, String violatedRule, Map<String, Object> data) {
    }

    public static ApiError application(String code, String message, Map<String, Object> data) {
        return new ApiError(message, new Details(new ApplicationError(code, message, data), null));
    }

    public static ApiError validation(String field, String description) {
        return new ApiError(field + ": " + description, new Details(null, new ValidationError(
                List.of(new FieldViolation(field, description, "INVALID_ARGUMENT", Map.of())))));
    }
}
