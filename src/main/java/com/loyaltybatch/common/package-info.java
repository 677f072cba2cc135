/**
 * Shared kernel of the domain: the refusals every feature raises, identifiers, the application
 * clock, and the small value rules several features share (key=value text, URLs, per-tier
 * configuration values, JDBC conversions). Depends on no other package of the product.
 */
package com.loyaltybatch.common;
