/**
 * Shared kernel of the domain: the refusals every feature raises, the application clock and
 * identifiers. Knows nothing of batch, command line or mail.
 */
package com.loyaltybatch.common;
