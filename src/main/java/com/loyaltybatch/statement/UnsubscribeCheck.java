package com.loyaltybatch.statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.loyaltybatch.common.ConflictException;

/**
 * Before a run sends anything: refuses opt-out settings that cannot make links, and says once
 * when messages will go out without a one-click link, which bulk mailbox providers expect.
 */
class UnsubscribeCheck {

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeCheck.class);

    private final UnsubscribeLinks links;

    UnsubscribeCheck(UnsubscribeLinks links) {
        this.links = links;
    }

    void run() {
        links.problem().ifPresent(problem -> {
            throw new ConflictException(problem);
        });
        if (!links.oneClick()) {
            log.warn("statements go out without a one-click unsubscribe link: Gmail and Yahoo expect one"
                    + " (RFC 8058) from bulk senders; set loyalty.public-url and LOYALTY_STATEMENT_UNSUBSCRIBE_SECRET");
        }
    }
}
