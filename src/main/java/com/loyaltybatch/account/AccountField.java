package com.loyaltybatch.account;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The account fields a query may filter and sort on, by their API names, with the SQL column
 * behind each. Nullable columns are ordered and compared through {@link #sortExpression()}, which
 * puts a null before every value, so that ORDER BY and the keyset predicate of a cursor agree
 * on where a null sits.
 */
enum AccountField {

    ID("id", "a.id", FieldType.TEXT, false, Account::id),
    CONTACT_ID("contactId", "a.contact_id", FieldType.TEXT, false, Account::contactId),
    MEMBER_ID("memberId", "c.member_id", FieldType.TEXT, true, Account::memberId),
    TIER_ID("tier.id", "a.tier_id", FieldType.TEXT, true, a -> a.tier().id()),
    BALANCE("points.balance", "a.balance", FieldType.NUMBER, false, a -> a.points().balance()),
    EARNED("points.earned", "a.earned", FieldType.NUMBER, false, a -> a.points().earned()),
    ADJUSTED("points.adjusted", "a.adjusted", FieldType.NUMBER, false, a -> a.points().adjusted()),
    REDEEMED("points.redeemed", "a.redeemed", FieldType.NUMBER, false, a -> a.points().redeemed()),
    EXPIRED("points.expired", "a.expired", FieldType.NUMBER, false, a -> a.points().expired()),
    CREATED_DATE("createdDate", "a.created_date", FieldType.DATE, false, Account::createdDate),
    UPDATED_DATE("updatedDate", "a.updated_date", FieldType.DATE, false, Account::updatedDate),
    LAST_ACTIVITY_DATE("lastActivityDate", "a.last_activity_date", FieldType.DATE, true, Account::lastActivityDate),
    EXPIRATION_DATE("pointsExpiration.expirationDate", "a.expiration_date", FieldType.DATE, true,
            a -> a.pointsExpiration().expirationDate()),
    EXPIRING_POINTS("pointsExpiration.expiringPointsAmount", "a.expiring_points_amount", FieldType.NUMBER, true,
            a -> a.pointsExpiration().expiringPointsAmount());

    /** The API names, for error messages. */
    static final String KNOWN = Arrays.stream(values()).map(f -> f.apiName).collect(Collectors.joining(", "));

    final String apiName;
    final String column;
    final FieldType type;
    final boolean nullable;
    private final Function<Account, Object> reader;

    AccountField(String apiName, String column, FieldType type, boolean nullable, Function<Account, Object> reader) {
        this.apiName = apiName;
        this.column = column;
        this.type = type;
        this.nullable = nullable;
        this.reader = reader;
    }

    /** The field of an API name; {@code tier} is accepted for {@code tier.id}, as the Loyalty APIs do. */
    static Optional<AccountField> byName(String name) {
        if ("tier".equals(name)) {
            return Optional.of(TIER_ID);
        }
        return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst();
    }

    /** The expression to order and compare by: the column, or for a nullable one, null as the lowest value. */
    String sortExpression() {
        return nullable ? "COALESCE(" + column + ", " + type.lowest + ")" : column;
    }

    /** This field's value in an account, as {@link FieldType#parse} would give it back. */
    Object valueOf(Account account) {
        return reader.apply(account);
    }
}
