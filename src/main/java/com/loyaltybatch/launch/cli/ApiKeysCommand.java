package com.loyaltybatch.launch.cli;

import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.launch.api.ApiKeys;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The keys of the HTTP API. Not a job, unlike the other management commands: the job history
 * keeps parameters and results, and a key must be shown once and kept nowhere.
 */
@Command(name = "api-keys", description = "Keys of the HTTP API (serve).",
        subcommands = {ApiKeysCommand.Create.class, ApiKeysCommand.ListKeys.class, ApiKeysCommand.Revoke.class})
class ApiKeysCommand extends GroupCommand {

    abstract static class KeysLeaf extends LeafCommand {

        @Autowired
        ApiKeys keys;
    }

    @Command(name = "create", description = {"Create a key and print it once: only its hash is stored.",
            "Send it as 'Authorization: <key>'."})
    static class Create extends KeysLeaf {

        @Parameters(paramLabel = "NAME", description = "1 to 64 letters, digits, '.', '_' or '-'.")
        String name;

        @Option(names = "--read-only", description = "The key may only read: GET, and the query, search and count POSTs.")
        boolean readOnly;

        @Override
        protected void execute() {
            var created = keys.create(name, readOnly);
            print(created, "API key " + created.apiKey().name() + (readOnly ? " (read-only)" : "") + ": "
                    + created.key() + System.lineSeparator() + "Keep it now: it is not shown again.");
        }
    }

    @Command(name = "list", description = "The keys: name, read-only, created, revoked (never the keys themselves).")
    static class ListKeys extends KeysLeaf {

        @Override
        protected void execute() {
            List<ApiKeys.ApiKey> list = keys.list();
            print(list, Tables.render(List.of("NAME", "ACCESS", "CREATED (UTC)", "REVOKED (UTC)"), list.stream()
                    .map(k -> java.util.Arrays.asList(k.name(), k.readOnly() ? "read-only" : "read-write",
                            k.createdDate().toString(), k.revokedDate() == null ? null : k.revokedDate().toString()))
                    .toList()));
        }
    }

    @Command(name = "revoke", description = "Revoke a key: calls with it are refused (401) within seconds.")
    static class Revoke extends KeysLeaf {

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        protected void execute() {
            var revoked = keys.revoke(name);
            print(revoked, "Revoked API key " + revoked.name() + " on " + revoked.revokedDate());
        }
    }
}
