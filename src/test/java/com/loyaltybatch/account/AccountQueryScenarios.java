package com.loyaltybatch.account;

import static com.loyaltybatch.account.AccountRow.account;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.support.TestData;

/**
 * What account queries promise, run against each database by a subclass: filters, sort orders,
 * search, counts and totals, and cursor paging that visits every account exactly once.
 */
abstract class AccountQueryScenarios {

    @Autowired
    AccountService accounts;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyInstallation() {
        testData.reset();
    }

    // --- filter operators -------------------------------------------------------------------

    /** Four accounts that differ in every filterable way; a4 ties a3 on dates. */
    private void fourAccounts() {
        given(account("a1").balance(0).created("2026-01-01T00:00:00Z"),
                account("a2").balance(50).member("m2").tier("gold").created("2026-02-01T12:00:00Z")
                        .lastActivity("2026-03-01T00:00:00Z").expiring("2026-12-01T00:00:00Z", 10L),
                account("a3").balance(100).member("m3").tier("silver").created("2026-03-01T00:00:00Z")
                        .lastActivity("2026-06-01T00:00:00Z"),
                account("a4").points(200, -20, 20, 10).tier("gold").created("2026-03-01T00:00:00Z")
                        .lastActivity("2026-06-01T00:00:00Z").expiring("2026-12-01T00:00:00Z", 75L));
    }

    @Test
    void aBareValueAndEqBothMatchEqualValues() {
        fourAccounts();

        assertThat(ids("{\"contactId\": \"contact-a2\"}")).containsExactly("a2");
        assertThat(ids("{\"id\": {\"$eq\": \"a3\"}}")).containsExactly("a3");
        assertThat(ids("{\"points.balance\": 150}")).containsExactly("a4");
        assertThat(ids("{\"memberId\": null}")).containsExactly("a1", "a4");
    }

    @Test
    void neAlsoMatchesAccountsWithoutTheField() {
        fourAccounts();

        assertThat(ids("{\"memberId\": {\"$ne\": \"m2\"}}")).containsExactly("a1", "a3", "a4");
        assertThat(ids("{\"points.balance\": {\"$ne\": 0}}")).containsExactly("a2", "a3", "a4");
        assertThat(ids("{\"tier.id\": {\"$ne\": null}}")).containsExactly("a2", "a3", "a4");
    }

    @Test
    void inMatchesAnyOfTheValuesAndAnEmptyListMatchesNothing() {
        fourAccounts();

        assertThat(ids("{\"id\": {\"$in\": [\"a4\", \"a1\", \"nobody\"]}}")).containsExactly("a1", "a4");
        assertThat(ids("{\"points.expired\": {\"$in\": [10, 0]}}")).containsExactly("a1", "a2", "a3", "a4");
        assertThat(ids("{\"id\": {\"$in\": []}}")).isEmpty();
    }

    @Test
    void existsTellsAccountsWithAValueFromThoseWithout() {
        fourAccounts();

        assertThat(ids("{\"memberId\": {\"$exists\": true}}")).containsExactly("a2", "a3");
        assertThat(ids("{\"lastActivityDate\": {\"$exists\": false}}")).containsExactly("a1");
        assertThat(ids("{\"pointsExpiration.expiringPointsAmount\": {\"$exists\": true}}")).containsExactly("a2", "a4");
    }

    @Test
    void comparisonsSkipMissingValuesAndSeveralOperatorsOnAFieldAreAnded() {
        fourAccounts();

        assertThat(ids("{\"points.balance\": {\"$lt\": 50}}")).containsExactly("a1");
        assertThat(ids("{\"points.balance\": {\"$lte\": 50}}")).containsExactly("a1", "a2");
        assertThat(ids("{\"points.balance\": {\"$gt\": 100}}")).containsExactly("a4");
        assertThat(ids("{\"points.balance\": {\"$gte\": 50, \"$lt\": 150}}")).containsExactly("a2", "a3");
        assertThat(ids("{\"points.adjusted\": {\"$lt\": 0}}")).containsExactly("a4");
        assertThat(ids("{\"pointsExpiration.expiringPointsAmount\": {\"$lt\": 100}}")).containsExactly("a2", "a4");
    }

    @Test
    void datesCompareAsInstantsAndABareDateMeansTheStartOfItsUtcDay() {
        fourAccounts();

        assertThat(ids("{\"createdDate\": {\"$gte\": \"2026-02-01\"}}")).containsExactly("a2", "a3", "a4");
        assertThat(ids("{\"createdDate\": {\"$lt\": \"2026-02-01T12:00:00Z\"}}")).containsExactly("a1");
        assertThat(ids("{\"createdDate\": \"2026-02-01T14:00:00+02:00\"}")).containsExactly("a2");
        assertThat(ids("{\"lastActivityDate\": {\"$lt\": \"2026-06-01\"}}")).containsExactly("a2");
        assertThat(ids("{\"pointsExpiration.expirationDate\": {\"$in\": [\"2026-12-01\"]}}")).containsExactly("a2", "a4");
        assertThat(ids("{\"updatedDate\": {\"$eq\": \"" + TestData.NOW + "\"}}")).hasSize(4);
    }

    @Test
    void severalFieldsAreAndedAndTierIsShortForTierId() {
        fourAccounts();

        assertThat(ids("{\"tier\": \"gold\", \"memberId\": {\"$exists\": false}}")).containsExactly("a4");
        assertThat(ids("{\"tier.id\": {\"$in\": [\"gold\", \"silver\"]}, \"points.balance\": {\"$lt\": 150}}"))
                .containsExactly("a2", "a3");
        assertThat(ids("{}")).hasSize(4);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            {"points.balance": }                         | filter: not valid JSON
            [1, 2]                                       | filter: must be a JSON object
            {"points.foo": 1}                            | filter: unknown field 'points.foo' (known: id, contactId,
            {"points": {"balance": 1}}                   | filter: unknown field 'points'
            {"points.balance": {"$foo": 1}}              | filter: unknown operator '$foo' on 'points.balance'
            {"points.balance": {"$gte": "100"}}          | filter: 'points.balance' $gte expects a whole number, got "100"
            {"points.balance": {"$gte": 1.5}}            | filter: 'points.balance' $gte expects a whole number
            {"id": 7}                                    | filter: 'id' $eq expects a string, got 7
            {"createdDate": {"$lt": "yesterday"}}        | filter: 'createdDate' $lt expects an ISO-8601 instant or YYYY-MM-DD
            {"memberId": {"$in": "m1"}}                  | filter: 'memberId' $in expects an array
            {"memberId": {"$in": ["m1", 2]}}             | filter: 'memberId' $in expects a string, got 2
            {"memberId": {"$exists": "yes"}}             | filter: 'memberId' $exists expects true or false
            {"points.balance": {"$lt": null}}            | filter: 'points.balance' $lt expects a whole number, got null
            {"memberId": {}}                             | filter: 'memberId' has no operator
            """)
    void aFilterThatCannotBeReadIsRefusedNamingTheProblem(String filter, String message) {
        assertThat(refusal(() -> accounts.query(query(filter, List.of(), null, 10)))).startsWith(message);
        assertThat(refusal(() -> accounts.count(filter, null))).startsWith(message).doesNotContain("\n");
    }

    @Test
    void inTakesAtMostAHundredValues() {
        String values = String.join(",", IntStream.range(0, 101).mapToObj(i -> "\"id-" + i + "\"").toList());

        assertThat(refusal(() -> accounts.count("{\"id\": {\"$in\": [" + values + "]}}", null)))
                .isEqualTo("filter: 'id' $in takes at most 100 values, got 101");
    }

    @Test
    void aFilterValueIsNeverReadAsSql() {
        fourAccounts();

        assertThat(ids("{\"id\": \"a1' OR '1' = '1\"}")).isEmpty();
        assertThat(accounts.count(null, null)).isEqualTo(4);
    }

    // --- sort ----------------------------------------------------------------------------------

    @Test
    void sortOrdersByEachFieldInItsDirectionAndBreaksTiesById() {
        fourAccounts();

        assertThat(sorted("points.balance:desc")).containsExactly("a4", "a3", "a2", "a1");
        assertThat(sorted("createdDate:desc")).containsExactly("a3", "a4", "a2", "a1");
        assertThat(sorted("tier.id:desc", "points.balance:desc")).containsExactly("a3", "a4", "a2", "a1");
        assertThat(sorted("tier:asc", "id:desc")).containsExactly("a1", "a4", "a2", "a3");
        assertThat(sorted()).containsExactly("a1", "a2", "a3", "a4");
    }

    @Test
    void missingValuesComeFirstAscendingAndLastDescending() {
        fourAccounts();

        assertThat(sorted("memberId")).containsExactly("a1", "a4", "a2", "a3");
        assertThat(sorted("memberId:desc")).containsExactly("a3", "a2", "a1", "a4");
        assertThat(sorted("lastActivityDate:DESC")).containsExactly("a3", "a4", "a2", "a1");
        assertThat(sorted("pointsExpiration.expiringPointsAmount")).containsExactly("a1", "a3", "a2", "a4");
    }

    @Test
    void sortTakesAtMostFiveKnownFieldsEachOnce() {
        assertThat(refusal(() -> sorted("id", "contactId", "memberId", "tier.id", "createdDate", "updatedDate")))
                .isEqualTo("sort: at most 5 fields, got 6");
        assertThat(refusal(() -> sorted("points.foo:desc"))).startsWith("sort: unknown field 'points.foo' (known: id,");
        assertThat(refusal(() -> sorted("points.balance:down"))).isEqualTo("sort: 'points.balance:down' must end in :asc or :desc");
        assertThat(refusal(() -> sorted("memberId", "memberId:desc"))).isEqualTo("sort: 'memberId' is given twice");
    }

    // --- paging --------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "id:desc",
            "points.balance:desc",
            "memberId,points.balance:desc",
            "tier.id:desc,lastActivityDate,createdDate:desc",
            "pointsExpiration.expirationDate:desc,pointsExpiration.expiringPointsAmount",
            "lastActivityDate:desc,points.earned,points.adjusted:desc,tier.id,updatedDate"})
    void pagingWithACursorVisitsEveryAccountOnceInTheRequestedOrder(String sortList) {
        List<String> sort = sortList.isEmpty() ? List.of() : Arrays.asList(sortList.split(","));
        manyAccounts(250);
        List<String> expected = everyAccount().stream().sorted(specifiedOrder(sort)).map(Account::id).toList();

        List<String> visited = new ArrayList<>();
        AccountPage page = accounts.query(query(null, sort, null, 7));
        int pages = 1;
        visited.addAll(ids(page));
        while (page.nextCursor() != null) {
            page = accounts.query(new AccountQuery(null, List.of(), null, 7, page.nextCursor()));
            visited.addAll(ids(page));
            pages++;
        }

        assertThat(visited).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(36);
        assertThat(ids(accounts.query(query(null, sort, null, 100)))).containsExactlyElementsOf(expected.subList(0, 100));
    }

    @Test
    void theCursorKeepsTheFilterSortAndSearch() {
        manyAccounts(250);
        String filter = "{\"points.balance\": {\"$gte\": 50}, \"tier.id\": {\"$ne\": \"gold\"}}";
        List<String> sort = List.of("points.balance:desc", "memberId");
        List<String> expected = everyAccount().stream()
                .filter(a -> a.points().balance() >= 50 && !"gold".equals(a.tier().id()))
                .filter(a -> a.id().startsWith("acc-01"))
                .sorted(specifiedOrder(sort)).map(Account::id).toList();

        List<String> visited = new ArrayList<>();
        AccountPage page = accounts.query(query(filter, sort, "ACC-01", 5));
        visited.addAll(ids(page));
        while (page.nextCursor() != null) {
            page = accounts.query(new AccountQuery(null, List.of(), null, 5, page.nextCursor()));
            visited.addAll(ids(page));
        }

        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(visited).containsExactlyElementsOf(expected);
        assertThat(accounts.count(filter, "acc-01")).isEqualTo(expected.size());
    }

    @Test
    void theLastPageHasNoCursor() {
        fourAccounts();

        AccountPage first = accounts.query(query(null, List.of(), null, 2));
        AccountPage last = accounts.query(new AccountQuery(null, List.of(), null, 2, first.nextCursor()));

        assertThat(ids(first)).containsExactly("a1", "a2");
        assertThat(first.nextCursor()).isNotNull().matches("[A-Za-z0-9_-]+");
        assertThat(ids(last)).containsExactly("a3", "a4");
        assertThat(last.nextCursor()).isNull();
        assertThat(accounts.query(query(null, List.of(), null, 4)).nextCursor()).isNull();
    }

    @Test
    void accountsOpenedWhilePagingShiftNoPage() {
        fourAccounts();
        AccountPage first = accounts.query(query(null, List.of(), null, 2));

        given(account("a0").balance(1), account("a25").balance(1));
        AccountPage next = accounts.query(new AccountQuery(null, List.of(), null, 2, first.nextCursor()));

        assertThat(ids(next)).containsExactly("a25", "a3");
    }

    @Test
    void aDamagedOrForgedCursorIsRefused() {
        fourAccounts();
        String cursor = accounts.query(query("{\"points.balance\": {\"$gte\": 0}}", List.of(), null, 1)).nextCursor();
        byte[] bytes = Base64.getUrlDecoder().decode(cursor);
        bytes[bytes.length - 3] ^= 1;
        String flipped = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("12345678{\"v\":1,\"f\":null,\"s\":[],\"q\":null,\"a\":[\"a1\"]}".getBytes());

        String wellFormedButUnknownField = sealed("{\"v\":1,\"f\":{\"points.foo\":1},\"s\":[],\"q\":null,\"a\":[\"a1\"]}");
        String wellFormedButWrongKeyType = sealed("{\"v\":1,\"f\":null,\"s\":[\"points.balance\"],\"q\":null,\"a\":[\"x\",\"a1\"]}");

        for (String bad : List.of(flipped, cursor.substring(0, cursor.length() - 4), "not a cursor!", "", forged,
                wellFormedButUnknownField, wellFormedButWrongKeyType)) {
            assertThat(refusal(() -> accounts.query(new AccountQuery(null, List.of(), null, 10, bad))))
                    .as(bad).isEqualTo("cursor: not valid");
        }
    }

    /** A payload with a correct check, as someone who read the format could make it. */
    private static String sealed(String payload) {
        try {
            byte[] body = payload.getBytes(StandardCharsets.UTF_8);
            byte[] check = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(body), 8);
            byte[] text = new byte[8 + body.length];
            System.arraycopy(check, 0, text, 0, 8);
            System.arraycopy(body, 0, text, 8, body.length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSealedCursorWithAWellFormedPayloadIsAccepted() {
        fourAccounts();

        AccountPage page = accounts.query(new AccountQuery(null, List.of(), null, 10,
                sealed("{\"v\":1,\"f\":null,\"s\":[\"points.balance:desc\"],\"q\":null,\"a\":[100,\"a3\"]}")));

        assertThat(ids(page)).containsExactly("a2", "a1");
    }

    // --- search, count, limit, totals ---------------------------------------------------------------

    @Test
    void searchMatchesPartOfTheNameOrEmailIgnoringCase() {
        given(account("a1").name("Grace", "Hopper").email("grace@navy.mil"),
                account("a2").name("Ada", "Lovelace").email("countess@example.com"),
                account("a3").name("Alan", "Turing").email("alan@bletchley.uk"),
                account("a4").name("Edsger", "Dijkstra").email("ewd_100%@example.com"));

        assertThat(searched("HOPP")).containsExactly("a1");
        assertThat(searched("countess")).containsExactly("a2");
        assertThat(searched("ada love")).containsExactly("a2");
        assertThat(searched("a")).containsExactly("a1", "a2", "a3", "a4");
        assertThat(searched("_100%")).containsExactly("a4");
        assertThat(searched("%")).containsExactly("a4");
        assertThat(searched("  ")).hasSize(4);
    }

    @Test
    void countTellsHowManyAccountsMatchTheFilterAndSearch() {
        fourAccounts();

        assertThat(accounts.count(null, null)).isEqualTo(4);
        assertThat(accounts.count("{\"tier\": \"gold\"}", null)).isEqualTo(2);
        assertThat(accounts.count("{\"tier\": \"gold\"}", "a4@")).isEqualTo(1);
        assertThat(accounts.count("{\"id\": {\"$in\": []}}", null)).isZero();
    }

    @Test
    void aPageHoldsOneToAHundredAccounts() {
        manyAccounts(120);

        assertThat(refusal(() -> accounts.query(query(null, List.of(), null, 0)))).isEqualTo("limit: must be 1 to 100, got 0");
        assertThat(refusal(() -> accounts.query(query(null, List.of(), null, 101)))).isEqualTo("limit: must be 1 to 100, got 101");
        assertThat(accounts.query(query(null, List.of(), null, 1)).accounts()).hasSize(1);
        assertThat(accounts.query(query(null, List.of(), null, 100)).accounts()).hasSize(100);
    }

    @Test
    void totalsSumEachPointsFieldAndCountAccountsPerTierBaseTierFirst() {
        fourAccounts();

        AccountTotals totals = accounts.totals();

        assertThat(totals.accounts()).isEqualTo(4);
        assertThat(totals.points()).isEqualTo(new Account.Points(300, 350, -20, 20, 10));
        assertThat(totals.tiers()).containsExactly(new AccountTotals.TierCount(null, 1),
                new AccountTotals.TierCount("gold", 2), new AccountTotals.TierCount("silver", 1));
    }

    @Test
    void totalsOfAnEmptyProgramAreZero() {
        assertThat(accounts.totals()).isEqualTo(new AccountTotals(0, Account.Points.ZERO, List.of()));
    }

    // --- helpers -------------------------------------------------------------------------------

    private void given(AccountRow... rows) {
        for (AccountRow row : rows) {
            row.insert(jdbc);
        }
    }

    /**
     * Accounts with few distinct values per field, so every sort order meets ties and missing
     * values on almost every row.
     */
    private void manyAccounts(int count) {
        Random random = new Random(42);
        String[] tiers = {null, "bronze", "gold", "silver"};
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 1; i <= count; i++) {
            AccountRow row = account(String.format("acc-%04d", i))
                    .points(random.nextInt(4) * 50L, random.nextInt(3) * 10L - 10, 0, 0)
                    .tier(tiers[random.nextInt(tiers.length)])
                    .created(base.plusSeconds(86_400L * random.nextInt(5)).toString())
                    .lastActivity(random.nextInt(3) == 0 ? null : base.plusSeconds(3_600L * random.nextInt(4)).toString());
            if (row.earned + row.adjusted < 0) {
                row.points(row.earned, 0, 0, 0);
            }
            if (random.nextBoolean()) {
                row.member(String.format("m-%02d", random.nextInt(40)) + "-" + i);
            }
            if (random.nextInt(4) == 0) {
                row.expiring(base.plusSeconds(86_400L * (100 + random.nextInt(2))).toString(), random.nextInt(3) * 5L);
            }
            row.updatedDate = random.nextBoolean() ? TestData.NOW : base;
            row.insert(jdbc);
        }
    }

    private List<Account> everyAccount() {
        return jdbc.sql("SELECT id FROM loyalty_account").query(String.class).list().stream().map(accounts::get).toList();
    }

    private static final Map<String, Function<Account, Comparable<?>>> FIELDS = Map.ofEntries(
            Map.entry("id", Account::id),
            Map.entry("contactId", Account::contactId),
            Map.entry("memberId", Account::memberId),
            Map.entry("tier.id", a -> a.tier().id()),
            Map.entry("points.balance", a -> a.points().balance()),
            Map.entry("points.earned", a -> a.points().earned()),
            Map.entry("points.adjusted", a -> a.points().adjusted()),
            Map.entry("createdDate", Account::createdDate),
            Map.entry("updatedDate", Account::updatedDate),
            Map.entry("lastActivityDate", Account::lastActivityDate),
            Map.entry("pointsExpiration.expirationDate", a -> a.pointsExpiration().expirationDate()),
            Map.entry("pointsExpiration.expiringPointsAmount", a -> a.pointsExpiration().expiringPointsAmount()));

    /** The order the API documents: each field with missing values first, reversed if descending, then id. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Account> specifiedOrder(List<String> sort) {
        Comparator<Account> order = (x, y) -> 0;
        for (String spec : sort) {
            String[] parts = spec.split(":");
            Function<Account, Comparable> field = (Function) FIELDS.get(parts[0]);
            Comparator<Account> byField = Comparator.comparing(field, Comparator.nullsFirst(Comparator.naturalOrder()));
            order = order.thenComparing(parts.length > 1 && parts[1].equals("desc") ? byField.reversed() : byField);
        }
        return order.thenComparing(Account::id);
    }

    private static AccountQuery query(String filter, List<String> sort, String search, int limit) {
        return new AccountQuery(filter, sort, search, limit, null);
    }

    private List<String> ids(String filter) {
        return ids(accounts.query(query(filter, List.of(), null, 100)));
    }

    private List<String> sorted(String... sort) {
        return ids(accounts.query(query(null, List.of(sort), null, 100)));
    }

    private List<String> searched(String search) {
        return ids(accounts.query(query(null, List.of(), search, 100)));
    }

    private static List<String> ids(AccountPage page) {
        return page.accounts().stream().map(Account::id).toList();
    }

    private static String refusal(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException refused) {
            return refused.getMessage();
        }
        throw new AssertionError("expected the call to be refused as invalid input");
    }
}
