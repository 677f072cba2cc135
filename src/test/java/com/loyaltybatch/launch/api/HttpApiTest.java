package com.loyaltybatch.launch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.loyaltybatch.support.ApiClient;
import com.loyaltybatch.support.TestData;

/** The API on a real server: keys, the wire format, errors and paging, through plain HTTP. */
@com.loyaltybatch.support.HttpApiTest
class HttpApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    ApiKeys keys;

    ApiClient api;

    @BeforeEach
    void setUp() {
        data.reset();
        api = new ApiClient(port, keys.create("test-" + System.nanoTime(), false).key());
    }

    @Test
    void everyCallNeedsAKnownKeyAndAReadOnlyKeyOnlyReads() {
        var none = api.withKey(null).get("/loyalty-programs/v1/program");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.body().at("/details/applicationError/code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(api.withKey("lb_not-a-key").get("/loyalty-programs/v1/program").status()).isEqualTo(401);

        var reader = api.withKey(keys.create("reader-" + System.nanoTime(), true).key());
        assertThat(reader.get("/_api/loyalty-programs/v1/program").status()).isEqualTo(200);
        assertThat(reader.post("/loyalty-accounts/v1/accounts/query", Map.of("query", Map.of())).status()).isEqualTo(200);
        var write = reader.post("/loyalty-programs/v1/program/activate", Map.of());
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.body().at("/details/applicationError/code").asString()).isEqualTo("PERMISSION_DENIED");

        assertThat(api.withKey("Bearer " + keyOf(api)).get("/loyalty-programs/v1/program").status()).isEqualTo(200);
    }

    @Test
    void revokedKeysAreRefused() throws Exception {
        String name = "gone-" + System.nanoTime();
        var gone = api.withKey(keys.create(name, false).key());
        assertThat(gone.get("/loyalty-programs/v1/program").status()).isEqualTo(200);
        keys.revoke(name);
        assertThat(gone.get("/loyalty-programs/v1/program").status()).isEqualTo(401);
    }

    @Test
    void healthNeedsNoKey() {
        var health = api.withKey(null).get("/actuator/health/liveness");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asString()).isEqualTo("UP");
        assertThat(api.withKey(null).get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void theProgramOnTheWire() {
        var updated = api.patch("/loyalty-programs/v1/program", Map.of("loyaltyProgram", Map.of("name", "Coffee Club",
                "pointDefinition", Map.of("customName", "Beans", "icon", Map.of("url", "https://example.com/bean.png")),
                "pointsExpiration", Map.of("monthsOfInactivity", 3, "expiringPointsPercentage", 50))));
        assertThat(updated.status()).isEqualTo(200);
        var program = updated.body().get("loyaltyProgram");
        assertThat(program.get("name").asString()).isEqualTo("Coffee Club");
        assertThat(program.at("/pointDefinition/icon/url").asString()).isEqualTo("https://example.com/bean.png");
        assertThat(program.get("status").asString()).isEqualTo("DRAFT");
        assertThat(program.at("/pointsExpiration/status").asString()).isEqualTo("DISABLED");
        assertThat(program.at("/pointsExpiration/monthsOfInactivity").asInt()).isEqualTo(3);
        assertThat(program.get("createdDate").asString()).endsWith("Z");

        assertThat(api.post("/_api/loyalty-programs/v1/program/activate", Map.of()).body()
                .at("/loyaltyProgram/status").asString()).isEqualTo("ACTIVE");
        assertThat(api.post("/loyalty-programs/v1/program/points-expiration/enable", Map.of()).body()
                .at("/loyaltyProgram/pointsExpiration/status").asString()).isEqualTo("ENABLED");
        assertThat(api.get("/loyalty-programs/v1/program/premium-features").body().get("tiers").asBoolean()).isTrue();
    }

    @Test
    void accountsEarnAdjustAndTheRefusals() {
        data.activeProgram();
        String contactId = data.contact("ana@example.com").id();
        var created = api.post("/loyalty-accounts/v1/accounts", Map.of("contactId", contactId));
        assertThat(created.status()).isEqualTo(200);
        String id = created.body().at("/account/id").asString();
        assertThat(created.body().at("/account/revision").isString()).isTrue();
        assertThat(created.body().at("/account/revision").asString()).isEqualTo("1");

        var earned = api.post("/loyalty-accounts/v1/accounts/" + id + "/earn-points", Map.of("accountId", id,
                "amount", 120, "appId", "shop", "idempotencyKey", "order-1", "description", "Order 1",
                "unknownField", true));
        assertThat(earned.status()).isEqualTo(200);
        assertThat(earned.body().at("/account/points/balance").asLong()).isEqualTo(120);
        String transactionId = earned.body().get("transactionId").asString();
        var again = api.post("/loyalty-accounts/v1/accounts/" + id + "/earn-points", Map.of("amount", 120,
                "idempotencyKey", "order-1"));
        assertThat(again.body().get("transactionId").asString()).isEqualTo(transactionId);

        var stale = api.post("/loyalty-accounts/v1/accounts/" + id + "/adjust-points",
                Map.of("amount", 5, "revision", "1"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().at("/details/applicationError/code").asString()).isEqualTo("ABORTED");
        var adjusted = api.post("/loyalty-accounts/v1/accounts/" + id + "/adjust-points",
                Map.of("balance", 100, "revision", 2));
        assertThat(adjusted.status()).isEqualTo(200);
        assertThat(adjusted.body().at("/account/points/balance").asLong()).isEqualTo(100);

        var tooMuch = api.post("/loyalty-accounts/v1/accounts/" + id + "/earn-points", Map.of("amount", 10_000_000,
                "idempotencyKey", "order-2"));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.body().at("/details/validationError/fieldViolations/0/field").asString()).isEqualTo("amount");

        var wrongType = api.post("/loyalty-accounts/v1/accounts/" + id + "/earn-points", "{\"amount\": \"lots\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body().at("/details/validationError/fieldViolations/0/field").asString()).isEqualTo("amount");
        assertThat(api.post("/loyalty-accounts/v1/accounts/" + id + "/earn-points", "{\"amount\": ").status())
                .isEqualTo(400);

        var missing = api.get("/loyalty-accounts/v1/accounts/00000000-0000-0000-0000-000000000000?id=x");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().at("/details/applicationError/code").asString()).isEqualTo("NOT_FOUND");

        api.post("/loyalty-programs/v1/program/pause", Map.of());
        var paused = api.post("/loyalty-accounts/v1/accounts/" + id + "/earn-points", Map.of("amount", 1,
                "idempotencyKey", "order-3"));
        assertThat(paused.status()).isEqualTo(428);
        assertThat(paused.body().at("/details/applicationError/code").asString()).isEqualTo("PROGRAM_NOT_ACTIVE");
    }

    @Test
    void queriesPageWithACursorThatKeepsTheFilterAndSort() {
        data.activeProgram();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String contactId = data.contact("m" + i + "@example.com").id();
            String id = api.post("/loyalty-accounts/v1/accounts", Map.of("contactId", contactId)).body()
                    .at("/account/id").asString();
            api.post("/loyalty-accounts/v1/accounts/" + id + "/earn-points", Map.of("amount", 10 * (i + 1),
                    "idempotencyKey", "k" + i));
            ids.add(id);
        }
        var first = api.post("/loyalty-accounts/v1/accounts/query", Map.of("query", Map.of(
                "filter", Map.of("points.balance", Map.of("$gte", 20)),
                "sort", List.of(Map.of("fieldName", "points.balance", "order", "DESC")),
                "cursorPaging", Map.of("limit", 3))));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("loyaltyAccounts")).hasSize(3);
        assertThat(first.body().at("/loyaltyAccounts/0/points/balance").asLong()).isEqualTo(50);
        String next = first.body().at("/pagingMetadata/cursors/next").asString();
        var second = api.post("/loyalty-accounts/v1/accounts/query", Map.of("query", Map.of("cursorPaging",
                Map.of("cursor", next, "limit", 3))));
        assertThat(second.body().get("loyaltyAccounts")).hasSize(1);
        assertThat(second.body().at("/loyaltyAccounts/0/points/balance").asLong()).isEqualTo(20);
        assertThat(second.body().at("/pagingMetadata/cursors/next").isMissingNode()).isTrue();

        var ledger = api.post("/loyalty-transactions/v1/loyalty-transactions/query", Map.of("query", Map.of(
                "filter", Map.of("$and", List.of(Map.of("accountId", Map.of("$in", ids)), Map.of("transactionType", "EARN"))),
                "cursorPaging", Map.of("limit", 2))));
        assertThat(ledger.body().get("loyaltyTransactions")).hasSize(2);
        int seen = 2;
        String cursor = ledger.body().at("/pagingMetadata/cursors/next").asString();
        while (cursor != null && !cursor.isEmpty()) {
            var page = api.post("/_api/loyalty-transactions/v1/loyalty-transactions/query",
                    Map.of("query", Map.of("cursorPaging", Map.of("cursor", cursor, "limit", 2))));
            seen += page.body().get("loyaltyTransactions").size();
            var nextCursor = page.body().at("/pagingMetadata/cursors/next");
            cursor = nextCursor.isMissingNode() ? null : nextCursor.asString();
        }
        assertThat(seen).isEqualTo(5);

        var either = api.post("/loyalty-accounts/v1/accounts/query", Map.of("query", Map.of("filter", Map.of("$and",
                List.of(Map.of("$or", List.of(Map.of("points.balance", 50), Map.of("points.balance", 20))),
                        Map.of("$not", Map.of("id", ids.get(1))))))));
        assertThat(either.body().get("loyaltyAccounts")).hasSize(1);
        assertThat(either.body().at("/loyaltyAccounts/0/points/balance").asLong()).isEqualTo(50);
        var conditions = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < 21; i++) {
            conditions.add(Map.of("points.balance", Map.of("$gte", i)));
        }
        var tooMany = api.post("/loyalty-accounts/v1/accounts/query", Map.of("query", Map.of("filter",
                Map.of("$and", conditions))));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body().get("message").asString()).contains("at most 20 conditions");

        for (String path : List.of("/loyalty-accounts/v1/accounts/query", "/loyalty-transactions/v1/loyalty-transactions/query",
                "/loyalty-rewards/v1/rewards/query")) {
            for (String bad : List.of("not-a-cursor", "WzFd", "eyJhIjpbMV0sImFzYyI6dHJ1ZSwibyI6LTF9")) {
                var garbage = api.post(path, Map.of("query", Map.of("cursorPaging", Map.of("cursor", bad))));
                assertThat(garbage.status()).as(path + " " + bad).isEqualTo(400);
            }
        }

        var badSort = api.post("/loyalty-accounts/v1/accounts/query", Map.of("query", Map.of("sort",
                List.of(Map.of("fieldName", "favouriteColour")))));
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.body().get("message").asString()).contains("favouriteColour").doesNotContain("SELECT");
    }

    @Test
    void aBodyOverOneMegabyteIs413() {
        var big = api.post("/loyalty-accounts/v1/accounts", "{\"contactId\": \"" + "x".repeat(1_100_000) + "\"}");
        assertThat(big.status()).isEqualTo(413);
    }

    @Test
    void jsonNestedDeeperThan64LevelsIsRefused() {
        String deep = "{\"a\":".repeat(70) + "1" + "}".repeat(70);
        var refused = api.post("/loyalty-accounts/v1/accounts/count", "{\"filter\": " + deep + "}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("message").asString()).contains("nesting depth");
    }

    @Test
    void theRoutesAreDescribedWithoutAKey() {
        var docs = api.withKey(null).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/loyalty-accounts/v1/accounts/{accountId}/earn-points")).isTrue();
        assertThat(docs.body().at("/components/securitySchemes/apiKey/name").asString()).isEqualTo("Authorization");
        assertThat(api.withKey(null).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void unsupportedRoutesSaySo() {
        var mine = api.get("/loyalty-accounts/v1/accounts/my-account");
        assertThat(mine.status()).isEqualTo(501);
        assertThat(mine.body().get("message").asString()).contains("my-account");
    }

    @Test
    void aPointsImportRunsTheImportPointsJobAndReportsItsResult() throws Exception {
        data.activeProgram();
        data.member("Ana", "Lee", "ana@example.com", "en", true, null);
        java.nio.file.Path file = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/api-imports"))
                .resolve("points-" + System.nanoTime() + ".csv");
        java.nio.file.Files.writeString(file, "email,points\nana@example.com,40\nnobody@example.com,5\n");

        var created = api.post("/_api/loyalty-imports/v1/loyalty-imports", Map.of("fileUrl", file.toUri().toString(),
                "fileName", "points.csv"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        var loyaltyImport = created.body().get("loyaltyImport");
        assertThat(loyaltyImport.get("status").asString()).isEqualTo("PARSED");
        assertThat(loyaltyImport.at("/fileMetadata/header/values/0").asString()).isEqualTo("email");
        assertThat(loyaltyImport.at("/parseResult/parsedRowCount").asLong()).isEqualTo(2);
        String id = loyaltyImport.get("id").asString();

        assertThat(api.post("/_api/loyalty-imports/v1/loyalty-imports/execute", Map.of("loyaltyImportId", id)).status())
                .isEqualTo(200);
        String status = "";
        for (int i = 0; i < 100 && !status.equals("IMPORTED") && !status.equals("FAILED"); i++) {
            Thread.sleep(100);
            status = api.get("/_api/loyalty-imports/v1/loyalty-imports?loyaltyImportId=" + id).body()
                    .at("/loyaltyImport/status").asString();
        }
        assertThat(status).isEqualTo("IMPORTED");
        var done = api.get("/_api/loyalty-imports/v1/loyalty-imports?loyaltyImportId=" + id).body().get("loyaltyImport");
        assertThat(done.at("/importResult/successCount").asLong()).isEqualTo(1);
        assertThat(done.at("/importResult/failureCount").asLong()).isEqualTo(1);
        assertThat(done.at("/importResult/errorFileExists").asBoolean()).isTrue();
        String url = api.get("/_api/loyalty-imports/v1/loyalty-imports/error-file-download-url?loyaltyImportId=" + id)
                .body().get("url").asString();
        var errors = api.send("GET", url.substring(url.indexOf("/_api")), null);
        assertThat(errors.raw().body()).contains("nobody@example.com", "no contact with the email");
        assertThat(api.post("/_api/loyalty-imports/v1/loyalty-imports/execute", Map.of("loyaltyImportId", id)).status())
                .isEqualTo(409);

        var outside = api.post("/_api/loyalty-imports/v1/loyalty-imports", Map.of("fileUrl", "file:///etc/passwd"));
        assertThat(outside.status()).isEqualTo(400);
        var notAllowed = api.post("/_api/loyalty-imports/v1/loyalty-imports", Map.of("fileUrl", "http://example.com/p.csv"));
        assertThat(notAllowed.status()).isEqualTo(400);
        assertThat(notAllowed.body().get("message").asString()).contains("url-allow-list");
    }

    private static String keyOf(ApiClient client) {
        try {
            var field = ApiClient.class.getDeclaredField("key");
            field.setAccessible(true);
            return (String) field.get(client);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
