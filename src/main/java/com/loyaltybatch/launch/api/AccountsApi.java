package com.loyaltybatch.launch.api;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.loyaltybatch.account.Account;
import com.loyaltybatch.account.AccountQuery;
import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.account.AdjustRequest;
import com.loyaltybatch.account.EarnRequest;
import com.loyaltybatch.account.PointsLedger;
import com.loyaltybatch.account.PointsOperation;
import com.loyaltybatch.common.InvalidInputException;

import tools.jackson.databind.json.JsonMapper;

/** Loyalty accounts and their points: {@code /loyalty-accounts/v1/accounts}. */
@ConditionalOnWebApplication
@RestController
@RequestMapping({ApiPaths.ACCOUNTS, "/_api" + ApiPaths.ACCOUNTS})
class AccountsApi {

    /** Used when a call gives no description: the ledger keeps one on every transaction. */
    static final String EARNED = "Points earned";
    static final String ADJUSTED = "Points adjusted";

    record AccountResponse(Wire.LoyaltyAccount account) {
    }

    record OperationResponse(Wire.LoyaltyAccount account, String transactionId) {
        static OperationResponse of(PointsOperation operation) {
            return new OperationResponse(Wire.LoyaltyAccount.of(operation.account()), operation.transaction().id());
        }
    }

    record CreateRequest(String contactId) {
    }

    record EarnPointsRequest(Long amount, String description, String appId, String idempotencyKey,
            String activityType, String orderId) {
    }

    record AdjustPointsRequest(String description, Long balance, Long amount, Long revision) {
    }

    record QueryRequest(CursorQuery query) {
    }

    record SearchRequest(CursorQuery search) {
    }

    record CountRequest(tools.jackson.databind.JsonNode filter, CursorQuery.SearchDetails search) {
    }

    record AccountsPage(List<Wire.LoyaltyAccount> loyaltyAccounts, Wire.CursorPagingMetadata pagingMetadata) {
    }

    record AccountsList(List<Wire.LoyaltyAccount> accounts, Wire.CursorPagingMetadata pagingMetadata) {
    }

    private final AccountService accounts;
    private final PointsLedger ledger;
    private final JsonMapper json;

    AccountsApi(AccountService accounts, PointsLedger ledger, JsonMapper json) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.json = json;
    }

    @PostMapping("/accounts")
    AccountResponse create(@RequestBody CreateRequest request) {
        if (request.contactId() == null || request.contactId().isBlank()) {
            throw InvalidInputException.field("contactId", "required");
        }
        return account(accounts.create(request.contactId()));
    }

    @PostMapping("/accounts/{accountId}/earn-points")
    OperationResponse earn(@PathVariable String accountId, @RequestBody EarnPointsRequest request) {
        if (request.amount() == null) {
            throw InvalidInputException.field("amount", "required");
        }
        var earn = new EarnRequest(request.amount(), orDefault(request.description(), EARNED),
                request.idempotencyKey(), request.appId(), request.activityType(), request.orderId());
        return OperationResponse.of(ledger.earn(accountId, earn));
    }

    @PostMapping("/accounts/{accountId}/adjust-points")
    OperationResponse adjust(@PathVariable String accountId, @RequestBody AdjustPointsRequest request) {
        var adjust = new AdjustRequest(request.amount(), request.balance(), request.revision(),
                orDefault(request.description(), ADJUSTED));
        return OperationResponse.of(ledger.adjust(accountId, adjust));
    }

    @GetMapping("/accounts/{id}")
    AccountResponse get(@PathVariable String id) {
        return switch (id) {
            case "my-account" -> throw new NotSupportedException(
                    "my-account needs a site member's identity; call with the account id or fetch-by?memberId=");
            default -> account(accounts.get(id));
        };
    }

    @GetMapping("/accounts/fetch-by")
    AccountResponse fetchBy(@RequestParam(required = false) String contactId,
            @RequestParam(required = false) String memberId) {
        if ((contactId == null) == (memberId == null)) {
            throw InvalidInputException.field("contactId", "give either contactId or memberId");
        }
        return account(contactId != null ? accounts.getByContactId(contactId) : accounts.getByMemberId(memberId));
    }

    @PostMapping("/accounts/query")
    AccountsPage query(@RequestBody QueryRequest request) {
        var query = CursorQuery.orEmpty(request.query());
        var page = accounts.query(new AccountQuery(query.filterText(), query.sortTexts(), null, query.limit(),
                query.cursor()));
        return new AccountsPage(page.accounts().stream().map(Wire.LoyaltyAccount::of).toList(),
                Wire.CursorPagingMetadata.of(page.accounts().size(), page.nextCursor()));
    }

    @PostMapping("/accounts/search")
    AccountsList search(@RequestBody SearchRequest request) {
        var search = CursorQuery.orEmpty(request.search());
        var page = accounts.query(new AccountQuery(search.filterText(), search.sortTexts(), search.searchText(),
                search.limit(), search.cursor()));
        return new AccountsList(page.accounts().stream().map(Wire.LoyaltyAccount::of).toList(),
                Wire.CursorPagingMetadata.of(page.accounts().size(), page.nextCursor()));
    }

    /** {@code contactIds} (up to 50) and cursor paging, in the query string. */
    @GetMapping("/accounts")
    AccountsList list(@RequestParam(required = false) List<String> contactIds,
            @RequestParam(name = "cursorPaging.limit", required = false) Integer limit,
            @RequestParam(name = "cursorPaging.cursor", required = false) String cursor) {
        if (contactIds != null && contactIds.size() > 50) {
            throw InvalidInputException.field("contactIds", "at most 50, got " + contactIds.size());
        }
        String filter = contactIds == null || contactIds.isEmpty() ? null
                : json.writeValueAsString(Map.of("contactId", Map.of("$in", contactIds)));
        var paging = new CursorQuery(null, null, new CursorQuery.CursorPaging(limit, cursor), null);
        var page = accounts.query(new AccountQuery(filter, List.of(), null, paging.limit(), paging.cursor()));
        return new AccountsList(page.accounts().stream().map(Wire.LoyaltyAccount::of).toList(),
                Wire.CursorPagingMetadata.of(page.accounts().size(), page.nextCursor()));
    }

    @PostMapping("/accounts/count")
    Map<String, Long> count(@RequestBody CountRequest request) {
        String search = request.search() == null ? null : request.search().expression();
        return Map.of("count", accounts.count(CursorQuery.text(request.filter()), search));
    }

    @GetMapping("/accounts/program-totals")
    Wire.ProgramTotals programTotals() {
        return Wire.ProgramTotals.of(accounts.totals());
    }

    @PostMapping("/accounts/bulk-adjust")
    Map<String, Object> bulkAdjust() {
        throw new NotSupportedException("bulk-adjust is not supported: adjust accounts one by one (adjust-points), "
                + "or import a points file (loyalty-imports)");
    }

    private static AccountResponse account(Account account) {
        return new AccountResponse(Wire.LoyaltyAccount.of(account));
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
