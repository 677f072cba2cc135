package com.loyaltybatch.launch.cli;

import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.contact.ContactService;
import com.loyaltybatch.contact.job.ContactJobs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "unsubscribe", description = "Record that a contact opted out of email; statements stop, points stay.")
class ContactsUnsubscribeCommand extends LeafCommand {

    @Autowired
    ContactService contacts;

    @Parameters(paramLabel = "EMAIL")
    String email;

    @Override
    protected void execute() {
        var contact = contacts.get(run(ContactJobs.UNSUBSCRIBE, new ContactJobs.Unsubscribe(email)));
        print(contact, "Unsubscribed contact " + contact.id() + " (" + contact.email() + ") on " + contact.unsubscribedDate());
    }
}
