package com.loyaltybatch.launch.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.tier.Tier;
import com.loyaltybatch.tier.TierChanges;
import com.loyaltybatch.tier.TierService;
import com.loyaltybatch.tier.TierSettings;
import com.loyaltybatch.tier.TierStatus;
import com.loyaltybatch.tier.job.TierJobs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tiers", description = "Define tiers and the tiers program settings.",
        subcommands = {TiersCommand.Create.class, TiersCommand.ListTiers.class, TiersCommand.Show.class,
                TiersCommand.Update.class, TiersCommand.Delete.class, TiersCommand.Settings.class})
class TiersCommand extends GroupCommand {

    /** Shared by the tier commands: a tier as text or JSON. */
    abstract static class TierLeaf extends LeafCommand {

        @Autowired
        TierService tiers;

        protected void printTier(Tier t) {
            print(t, String.join(System.lineSeparator(),
                    "Tier:        " + t.id() + " (revision " + t.revision() + ")",
                    "Name:        " + t.name(),
                    "Required:    " + t.requiredPoints() + " points",
                    "Description: " + orDash(t.definition().description()),
                    "Icon:        " + orDash(t.definition().icon())));
        }

        protected void printSettings() {
            TierSettings s = tiers.settings();
            var base = s.baseTierDefinition();
            print(s, String.join(System.lineSeparator(),
                    "Tiers:       " + s.status() + " (revision " + s.revision() + ")",
                    "Window:      " + s.rollingWindow().durationInMonths() + " months",
                    "Base tier:   " + base.name() + (base.description() == null ? "" : " - " + base.description())
                            + (base.icon() == null ? "" : " (icon " + base.icon() + ")"),
                    "Updated:     " + s.updatedDate()));
        }

        static String orDash(String value) {
            return value == null ? "-" : value;
        }
    }

    @Command(name = "create", description = "Define a tier: a unique name and 1 to ${bundle:tier.requiredPoints} required points (0 is the base tier's).")
    static class Create extends TierLeaf {

        @Option(names = "--name", required = true, description = "1 to 50 characters, unique (case-insensitive).")
        String name;

        @Option(names = "--required-points", required = true, description = "Tier points needed, 1 to ${bundle:tier.requiredPoints}, unique.")
        long requiredPoints;

        @Option(names = "--description", description = "Up to 70 characters.")
        String description;

        @Option(names = "--icon", paramLabel = "URL", description = "Icon URL, http(s).")
        String icon;

        @Override
        protected void execute() {
            var tier = new TierChanges(name, description, icon, requiredPoints);
            printTier(tiers.get(run(TierJobs.CREATE, new TierJobs.Create(tier))));
        }
    }

    @Command(name = "list", description = "The base tier and the tiers, by required points (JSON: {settings, tiers}).")
    static class ListTiers extends TierLeaf {
        @Override
        protected void execute() {
            TierSettings settings = tiers.settings();
            List<Tier> all = tiers.list();
            List<List<String>> rows = new java.util.ArrayList<>();
            rows.add(Arrays.asList("(base)", settings.baseTierDefinition().name(), "0", "-",
                    settings.baseTierDefinition().description()));
            all.forEach(t -> rows.add(Arrays.asList(t.id(), t.name(), Long.toString(t.requiredPoints()),
                    Long.toString(t.revision()), t.definition().description())));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("settings", settings);
            json.put("tiers", all);
            print(json, "Tiers " + settings.status() + ", rolling window " + settings.rollingWindow().durationInMonths()
                    + " months" + System.lineSeparator()
                    + Tables.render(List.of("ID", "NAME", "REQUIRED POINTS", "REVISION", "DESCRIPTION"), rows));
        }
    }

    @Command(name = "show", description = "Show one tier.")
    static class Show extends TierLeaf {

        @Parameters(paramLabel = "ID")
        String id;

        @Override
        protected void execute() {
            printTier(tiers.get(id));
        }
    }

    @Command(name = "update", description = "Change a tier; needs its current revision. An empty description or icon removes it.")
    static class Update extends TierLeaf {

        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--revision", required = true, description = "The tier's current revision.")
        long revision;

        @Option(names = "--name", description = "1 to 50 characters, unique (case-insensitive).")
        String name;

        @Option(names = "--required-points", description = "1 to ${bundle:tier.requiredPoints}, unique.")
        Long requiredPoints;

        @Option(names = "--description", description = "Up to 70 characters.")
        String description;

        @Option(names = "--icon", paramLabel = "URL", description = "Icon URL, http(s).")
        String icon;

        @Override
        protected void execute() {
            var changes = new TierChanges(name, description, icon, requiredPoints);
            run(TierJobs.UPDATE, new TierJobs.Update(id, revision, changes));
            printTier(tiers.get(id));
        }
    }

    @Command(name = "delete", description = "Delete a tier; needs its current revision. Its accounts move to the base tier.")
    static class Delete extends TierLeaf {

        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--revision", required = true, description = "The tier's current revision.")
        long revision;

        @Override
        protected void execute() {
            long moved = run(TierJobs.DELETE, new TierJobs.Delete(id, revision));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("tierId", id);
            json.put("deleted", true);
            json.put("accountsMoved", moved);
            print(json, "Deleted tier " + id + "; " + moved + " account(s) moved to the base tier.");
        }
    }

    @Command(name = "settings", description = "The tiers program settings.",
            subcommands = {Settings.ShowSettings.class, Settings.UpdateSettings.class})
    static class Settings extends GroupCommand {

        @Command(name = "show", description = "Status, rolling window and base tier.")
        static class ShowSettings extends TierLeaf {
            @Override
            protected void execute() {
                printSettings();
            }
        }

        @Command(name = "update", description = "Change the settings; needs their current revision.")
        static class UpdateSettings extends TierLeaf {

            @Option(names = "--revision", required = true, description = "The settings' current revision.")
            long revision;

            @Option(names = "--status", description = "DISABLED, DRAFT, ACTIVE or PAUSED; only ACTIVE places accounts above the base tier.")
            String status;

            @Option(names = "--rolling-window-months", description = "Months tier points are counted over, 1 to ${bundle:tier.rollingWindowMonths}.")
            Integer months;

            @Option(names = "--base-name", description = "Name of the base tier, 1 to 50 characters.")
            String baseName;

            @Option(names = "--base-description", description = "Description of the base tier, up to 70 characters.")
            String baseDescription;

            @Option(names = "--base-icon", paramLabel = "URL", description = "Icon URL of the base tier.")
            String baseIcon;

            @Override
            protected void execute() {
                run(TierJobs.UPDATE_SETTINGS, new TierJobs.UpdateSettings(revision, TierStatus.parse(status), months,
                        baseName, baseDescription, baseIcon));
                printSettings();
            }
        }
    }
}
