package com.loyaltybatch.statement;

import org.springframework.stereotype.Component;

import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.messaging.TemplateRenderer;
import com.loyaltybatch.program.ProgramService;
import com.loyaltybatch.tier.TierService;

/**
 * Builds the {@link StatementMessages} of a period from the program, its tiers and the statement
 * settings as they are now: once per run for the run, once per preview for a preview.
 */
@Component
class StatementMessageFactory {

    private final TemplateRenderer renderer;
    private final ProgramService program;
    private final TierService tiers;
    private final StatementProperties properties;
    private final UnsubscribeLinks unsubscribe;

    StatementMessageFactory(TemplateRenderer renderer, ProgramService program, TierService tiers,
            StatementProperties properties, UnsubscribeLinks unsubscribe) {
        this.renderer = renderer;
        this.program = program;
        this.tiers = tiers;
        this.properties = properties;
        this.unsubscribe = unsubscribe;
    }

    StatementMessages forPeriod(StatementPeriod period) {
        return new StatementMessages(renderer, unsubscribe, program(), period,
                properties.messageIdDomain(), tiers.ladder());
    }

    /** The program as the messages name it; a program without a name cannot sign a statement. */
    StatementModel.Program program() {
        var current = program.get();
        if (current.name() == null) {
            throw new ConflictException("the program has no name to sign the statement with"
                    + " (program update --name NAME)");
        }
        return new StatementModel.Program(current.name(), current.pointDefinition().customName());
    }
}
