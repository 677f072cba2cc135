package com.loyaltybatch.launch.cli;

import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.contact.Contact;
import com.loyaltybatch.contact.ContactService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "contacts", description = "Import, list and show contacts.",
        subcommands = {ContactsImportCommand.class, ContactsCommand.ListContacts.class, ContactsCommand.Show.class,
                ContactsUnsubscribeCommand.class})
class ContactsCommand extends GroupCommand {

    @Command(name = "list", description = {"List contacts in id order (a JSON array with --format json).",
            "Continue with --after set to the last id shown."})
    static class ListContacts extends LeafCommand {

        @Autowired
        ContactService contacts;

        @Option(names = "--limit", defaultValue = "50", description = "1 to 100 (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--after", paramLabel = "ID", description = "List contacts after this id.")
        String after;

        @Option(names = "--search", description = "Match name or email.")
        String search;

        @Override
        protected void execute() {
            var page = contacts.list(after, search, limit);
            List<List<String>> rows = page.stream().map(c -> java.util.Arrays.asList(c.id(), c.email(),
                    name(c), c.locale(), c.memberId(), c.subscribed() ? "yes" : "no")).toList();
            print(page, Tables.render(List.of("ID", "EMAIL", "NAME", "LOCALE", "MEMBER", "SUBSCRIBED"), rows));
        }
    }

    @Command(name = "show", description = "Show one contact.")
    static class Show extends LeafCommand {

        @Autowired
        ContactService contacts;

        @Parameters(paramLabel = "ID")
        String id;

        @Override
        protected void execute() {
            Contact c = contacts.get(id);
            print(c, String.join(System.lineSeparator(),
                    "Contact:     " + c.id(),
                    "Name:        " + name(c),
                    "Email:       " + (c.email() == null ? "-" : c.email())
                            + (c.subscribed() ? "" : " (unsubscribed " + c.unsubscribedDate()
                                    + (c.unsubscribeSource() == null ? "" : ", " + c.unsubscribeSource()) + ")"),
                    "Locale:      " + (c.locale() == null ? "-" : c.locale()),
                    "Member:      " + (c.memberId() == null ? "-" : c.memberId())));
        }
    }

    static String name(Contact c) {
        String name = ((c.name().first() == null ? "" : c.name().first()) + " "
                + (c.name().last() == null ? "" : c.name().last())).strip();
        return name.isEmpty() ? "-" : name;
    }
}
