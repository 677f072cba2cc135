package com.loyaltybatch.launch.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.loyaltybatch.common.LoyaltyException;

/**
 * The bulk-create answer of the Loyalty APIs: one result per item, in order, each a success with
 * the item or a failure with its error; the others are created all the same.
 */
final class BulkResults {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemMetadata(String id, int originalIndex, boolean success, ApiError.ApplicationError error) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result<T>(ItemMetadata itemMetadata, T item) {
    }

    record Metadata(int totalSuccesses, int totalFailures, int undetailedFailures) {
    }

    record Response<T>(List<Result<T>> results, Metadata bulkActionMetadata) {
    }

    private BulkResults() {
    }

    static <I, T> Response<T> of(List<I> items, Function<I, T> create, Function<T, String> id, int max) {
        if (items == null || items.isEmpty() || items.size() > max) {
            throw com.loyaltybatch.common.InvalidInputException.field("items", "1 to " + max + " per call");
        }
        List<Result<T>> results = new ArrayList<>();
        int failures = 0;
        for (int i = 0; i < items.size(); i++) {
            try {
                T created = create.apply(items.get(i));
                results.add(new Result<>(new ItemMetadata(id.apply(created), i, true, null), created));
            } catch (LoyaltyException refusal) {
                failures++;
                results.add(new Result<>(new ItemMetadata(null, i, false, new ApiError.ApplicationError(
                        refusal.getClass().getSimpleName().replace("Exception", "").toUpperCase(java.util.Locale.ROOT),
                        refusal.getMessage(), Map.of())), null));
            }
        }
        return new Response<>(results, new Metadata(items.size() - failures, failures, 0));
    }
}
