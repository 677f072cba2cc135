/**
 * Pages and forms {@code serve} answers for people rather than programs: the dashboard (behind a
 * sign-in), statement previews, and the opt-out page that statements link to
 * ({@code /unsubscribe/{token}}, RFC 8058 one-click; no login, the signed token is the authority).
 */
package com.loyaltybatch.launch.web;
