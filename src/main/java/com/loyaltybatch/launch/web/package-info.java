/**
 * Pages {@code serve} answers for people rather than programs: the opt-out page that statements
 * link to ({@code /unsubscribe/{token}}), with RFC 8058 one-click; no login, the signed token is
 * the authority.
 */
package com.loyaltybatch.launch.web;
