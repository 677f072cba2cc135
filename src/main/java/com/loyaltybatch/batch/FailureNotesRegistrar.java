package com.loyaltybatch.batch;

import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.ListableStepLocator;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Gives every step of every job {@link FailureNotes}, so no job can forget them: the jobs built
 * by {@link ManagementJobs} as much as the feature jobs with steps of their own.
 */
@Component
class FailureNotesRegistrar implements BeanPostProcessor {

    private final FailureNotes notes = new FailureNotes();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ListableStepLocator job && bean instanceof org.springframework.batch.core.job.Job) {
            for (String stepName : job.getStepNames()) {
                if (job.getStep(stepName) instanceof AbstractStep step) {
                    step.registerStepExecutionListener(notes);
                }
            }
        }
        return bean;
    }
}
