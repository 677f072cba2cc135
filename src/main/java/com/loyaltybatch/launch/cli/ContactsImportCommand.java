package com.loyaltybatch.launch.cli;

import picocli.CommandLine.Command;

@Command(name = "import", description = "Import contacts from a CSV file.")
class ContactsImportCommand extends LeafCommand {

    @Override
    protected void execute() {
        throw new UnsupportedOperationException("contacts import: not yet");
    }
}
