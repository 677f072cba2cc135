package com.loyaltybatch.contact.job;

import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.contact.ContactService;
import com.loyaltybatch.contact.UnsubscribeSource;

/** The management job of {@link ContactJobs#UNSUBSCRIBE}. */
@Configuration(proxyBeanMethods = false)
class ContactManagementJobConfiguration {

    @Bean
    Job contactsUnsubscribeJob(ManagementJobs jobs, ContactService contacts) {
        return jobs.job(ContactJobs.UNSUBSCRIBE,
                unsubscribe -> contacts.unsubscribe(unsubscribe.email(), UnsubscribeSource.COMMAND).id());
    }
}
