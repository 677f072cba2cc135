package com.loyaltybatch.launch.api;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.loyaltybatch.account.PointsLedger;
import com.loyaltybatch.common.InvalidInputException;

/** The points ledger: {@code /loyalty-transactions/v1/loyalty-transactions}. */
@ConditionalOnWebApplication
@RestController
@RequestMapping({ApiPaths.TRANSACTIONS, "/_api" + ApiPaths.TRANSACTIONS})
class TransactionsApi {

    record TransactionResponse(Wire.LoyaltyTransaction loyaltyTransaction) {
    }

    record QueryRequest(CursorQuery query) {
    }

    record TransactionsPage(List<Wire.LoyaltyTransaction> loyaltyTransactions,
            Wire.CursorPagingMetadata pagingMetadata) {
    }

    private final PointsLedger ledger;

    TransactionsApi(PointsLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/loyalty-transactions/{loyaltyTransactionId}")
    TransactionResponse get(@PathVariable String loyaltyTransactionId) {
        return new TransactionResponse(Wire.LoyaltyTransaction.of(ledger.transaction(loyaltyTransactionId)));
    }

    /** Filter on id, accountId, transactionType and createdDate; sort by createdDate only. */
    @PostMapping("/loyalty-transactions/query")
    TransactionsPage query(@RequestBody QueryRequest request) {
        var query = CursorQuery.orEmpty(request.query());
        boolean oldestFirst = false;
        if (query.sort() != null && !query.sort().isEmpty()) {
            if (query.sort().size() > 1 || !"createdDate".equals(query.sort().get(0).fieldName())) {
                throw InvalidInputException.field("query.sort", "transactions sort by createdDate only");
            }
            String order = query.sort().get(0).order();
            oldestFirst = order != null && order.toUpperCase(Locale.ROOT).equals("ASC");
        }
        var page = ledger.query(query.filterText(), oldestFirst, query.limit(), query.cursor());
        return new TransactionsPage(page.transactions().stream().map(Wire.LoyaltyTransaction::of).toList(),
                Wire.CursorPagingMetadata.of(page.transactions().size(), page.nextCursor()));
    }
}
