package com.loyaltybatch.account;

import java.util.List;

/**
 * A page request over accounts, in the Loyalty APIs' query shape.
 *
 * @param filter JSON filter object, e.g. {@code {"points.balance": {"$gte": 100}}}; null for all
 * @param sort   up to 5 {@code field[:desc]} entries; accounts are ordered by id after them
 * @param search text matched against the contact's name and email; null for none
 * @param limit  page size, 1..100
 * @param cursor the {@code nextCursor} of the previous page; it carries the filter, sort and
 *               search of the first page, so those must not be given again with it
 */
public record AccountQuery(String filter, List<String> sort, String search, int limit, String cursor) {
}
