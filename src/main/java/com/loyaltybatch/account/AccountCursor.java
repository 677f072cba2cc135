package com.loyaltybatch.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.loyaltybatch.common.InvalidInputException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the next page starts: the filter, sort and search of the first page, and the sort key
 * of the last account shown.
 *
 * <p>A cursor carries the whole query so that the server keeps no paging state: any process, a
 * day later, can serve the next page. Its text is URL-safe base64 (no padding) of an 8-byte
 * check (the start of a SHA-256 of the payload) followed by the payload, compact JSON:
 * <pre>{"v":1,"f":{filter}|null,"s":["points.balance:desc"],"q":"search"|null,"a":[300,"id-of-last"]}</pre>
 * The check catches a cursor cut short or edited by hand; it is not a signature and need not be,
 * because a decoded cursor is validated exactly like a fresh query and its values reach SQL only
 * as bind parameters, so a forged cursor can ask nothing a filter could not. Page size is not
 * part of the cursor: each request chooses its own.
 */
record AccountCursor(JsonNode filter, AccountSort sort, String search, List<Object> after) {

    private static final int VERSION = 1;
    private static final int CHECK_BYTES = 8;

    String encode(JsonMapper json) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("v", VERSION);
        payload.put("f", filter);
        payload.put("s", sort.specs());
        payload.put("q", search);
        List<Object> key = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            key.add(sort.keys().get(i).field().type.json(after.get(i)));
        }
        payload.put("a", key);
        byte[] body = json.writeValueAsBytes(payload);
        byte[] text = new byte[CHECK_BYTES + body.length];
        System.arraycopy(check(body), 0, text, 0, CHECK_BYTES);
        System.arraycopy(body, 0, text, CHECK_BYTES, body.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text);
    }

    /** Reads a cursor from {@link #encode}; anything else is refused with {@code cursor: not valid}. */
    static AccountCursor decode(JsonMapper json, String text) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(text.trim().getBytes(StandardCharsets.US_ASCII));
            if (bytes.length <= CHECK_BYTES) {
                throw notValid();
            }
            byte[] body = Arrays.copyOfRange(bytes, CHECK_BYTES, bytes.length);
            if (!MessageDigest.isEqual(check(body), Arrays.copyOf(bytes, CHECK_BYTES))) {
                throw notValid();
            }
            return read(json.readTree(body));
        } catch (IllegalArgumentException | JacksonException | InvalidInputException e) {
            throw notValid();
        }
    }

    private static AccountCursor read(JsonNode payload) {
        if (!payload.isObject() || payload.path("v").asInt(0) != VERSION) {
            throw notValid();
        }
        JsonNode filter = payload.path("f").isObject() ? payload.get("f") : null;
        AccountFilter.addTo(new SqlWhere(), filter);
        List<String> specs = new ArrayList<>();
        payload.path("s").forEach(spec -> specs.add(spec.isString() ? spec.stringValue() : ""));
        AccountSort sort = AccountSort.parse(specs);
        JsonNode search = payload.path("q");
        return new AccountCursor(filter, sort, search.isString() ? search.stringValue() : null,
                key(sort, payload.path("a")));
    }

    private static List<Object> key(AccountSort sort, JsonNode values) {
        if (!values.isArray() || values.size() != sort.keys().size()) {
            throw notValid();
        }
        List<Object> key = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            AccountField field = sort.keys().get(i).field();
            Object value = values.get(i).isNull() ? null : field.type.parse(values.get(i));
            if (value == null && !(field.nullable && values.get(i).isNull())) {
                throw notValid();
            }
            key.add(value);
        }
        return key;
    }

    private static byte[] check(byte[] body) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(body), CHECK_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static InvalidInputException notValid() {
        return InvalidInputException.field("cursor", "not valid");
    }
}
