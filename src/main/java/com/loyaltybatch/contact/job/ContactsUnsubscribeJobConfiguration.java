package com.loyaltybatch.contact.job;

import static com.loyaltybatch.batch.ManagementJobs.keys;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.contact.ContactService;

/** Records an email opt-out: the contact gets no more statements and keeps its account. */
@Configuration(proxyBeanMethods = false)
class ContactsUnsubscribeJobConfiguration {

    static final String NAME = "contacts-unsubscribe";

    @Bean(NAME)
    Job contactsUnsubscribeJob(JobRepository repository, PlatformTransactionManager transactionManager,
            ContactService contacts) {
        return ManagementJobs.job(NAME, repository, transactionManager, keys("email"), keys(),
                (parameters, result) -> result.putString("contactId",
                        contacts.unsubscribe(parameters.getString("email")).id()));
    }
}
