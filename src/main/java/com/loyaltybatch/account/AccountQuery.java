package com.loyaltybatch.account;

import java.util.List;

/**
 * A page request over accounts, in the Loyalty APIs' query shape.
 *
 * <p>The filter speaks the APIs' Mongo-like language so that a query written against the hosted
 * APIs works here unchanged: {@code {"field": value}} or {@code {"field": {"$op": value, ...}}},
 * with {@code $eq $ne $in $exists $lt $lte $gt $gte}, fields and operators ANDed. Fields: id,
 * contactId, memberId, tier.id (or tier), points.balance|earned|adjusted|redeemed|expired,
 * createdDate, updatedDate, lastActivityDate, pointsExpiration.expirationDate,
 * pointsExpiration.expiringPointsAmount. Dates are ISO-8601 instants, or YYYY-MM-DD for the start
 * of that UTC day. A missing value never passes a comparison, passes {@code $ne}, and sorts before
 * every value. Anything unreadable is refused, naming the field or operator, rather than
 * silently matching nothing.
 *
 * <p>Pages are cut by the sort key of the last account shown, not by counting rows, so accounts
 * opened or changed while someone pages neither repeat nor vanish between pages, and the hundredth
 * page costs what the first does. The cursor is opaque text that carries the whole query; the
 * server keeps no state for it and any later request, in any process, may continue from it.
 *
 * @param filter JSON filter object, e.g. {@code {"points.balance": {"$gte": 100}}}; null for all
 * @param sort   up to 5 {@code field[:asc|:desc]} entries on the filter's fields; accounts are
 *               ordered by id after them
 * @param search text matched, ignoring case, against part of the contact's email or name; null for none
 * @param limit  page size, 1..100; each request chooses its own, also when it continues a cursor
 * @param cursor the {@code nextCursor} of the previous page; it carries the filter, sort and
 *               search of the first page, which then take the place of those given here
 */
public record AccountQuery(String filter, List<String> sort, String search, int limit, String cursor) {
}
