package com.loyaltybatch.launch.cli;

import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.contact.ContactService;

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
        var result = runAction("contacts-unsubscribe", new JobParametersBuilder().addString("email", email));
        var contact = contacts.get(result.getString("contactId"));
        print(contact, "Unsubscribed contact " + contact.id() + " (" + contact.email() + ") on " + contact.unsubscribedDate());
    }
}
