package com.loyaltybatch.launch.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.tier.SettingsChanges;
import com.loyaltybatch.tier.Tier;
import com.loyaltybatch.tier.TierChanges;
import com.loyaltybatch.tier.TierService;
import com.loyaltybatch.tier.TierSettings;
import com.loyaltybatch.tier.TierStatus;

/** Tiers and the tiers program settings: {@code /loyalty-tiers/v1/tiers}. */
@ConditionalOnWebApplication
@RestController
@RequestMapping({ApiPaths.TIERS, "/_api" + ApiPaths.TIERS})
class TiersApi {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TierDefinition(Wire.Image icon, String name, String description) {

        static TierDefinition of(Tier.Definition d) {
            return new TierDefinition(Wire.Image.of(d.icon()), d.name(), d.description());
        }

        /** An icon without a url, or an empty description, removes it. */
        TierChanges changes(Long requiredPoints) {
            String icon = this.icon == null ? null : this.icon.url() == null ? "" : this.icon.url();
            return new TierChanges(name, description, icon, requiredPoints);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WireTier(String id, TierDefinition tierDefinition, Long requiredPoints, String revision,
            Instant createdDate, Instant updatedDate) {

        static WireTier of(Tier t) {
            return new WireTier(t.id(), TierDefinition.of(t.definition()), t.requiredPoints(),
                    Wire.revision(t.revision()), t.createdDate(), t.updatedDate());
        }

        TierChanges changes() {
            return tierDefinition == null ? new TierChanges(null, null, null, requiredPoints)
                    : tierDefinition.changes(requiredPoints);
        }
    }

    record RollingWindow(Integer durationInMonths) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WireSettings(RollingWindow rollingWindow, String status, String revision, Instant createdDate,
            Instant updatedDate, TierDefinition baseTierDefinition) {

        static WireSettings of(TierSettings s) {
            return new WireSettings(new RollingWindow(s.rollingWindow().durationInMonths()), s.status().name(),
                    Wire.revision(s.revision()), s.createdDate(), s.updatedDate(),
                    TierDefinition.of(s.baseTierDefinition()));
        }

        SettingsChanges changes() {
            return new SettingsChanges(status == null ? null : TierStatus.parse(status),
                    rollingWindow == null ? null : rollingWindow.durationInMonths(),
                    baseTierDefinition == null ? null : baseTierDefinition.changes(null));
        }
    }

    record TierBody(WireTier tier) {
    }

    record BulkCreate(List<WireTier> tiers) {
    }

    record SettingsBody(WireSettings programSettings) {
    }

    private final TierService tiers;

    TiersApi(TierService tiers) {
        this.tiers = tiers;
    }

    @PostMapping("/tiers")
    TierBody create(@RequestBody TierBody body) {
        return new TierBody(WireTier.of(tiers.create(required(body.tier()).changes())));
    }

    @PostMapping("/bulk/tiers/create")
    BulkResults.Response<WireTier> bulkCreate(@RequestBody BulkCreate body) {
        return BulkResults.of(body.tiers(), tier -> WireTier.of(tiers.create(tier.changes())), WireTier::id, 20);
    }

    @GetMapping("/tiers/{tierId}")
    TierBody get(@PathVariable String tierId) {
        return new TierBody(WireTier.of(tiers.get(tierId)));
    }

    @GetMapping("/tiers")
    Map<String, Object> list() {
        return Map.of("tiers", all());
    }

    @GetMapping("/tiers/program")
    Map<String, Object> program() {
        return Map.of("tiers", all(), "programSettings", WireSettings.of(tiers.settings()));
    }

    @GetMapping("/tiers/program-settings")
    SettingsBody settings() {
        return new SettingsBody(WireSettings.of(tiers.settings()));
    }

    /** The fields given change, the others stay; needs the tier's current revision. */
    @PatchMapping("/tiers/{tierId}")
    TierBody update(@PathVariable String tierId, @RequestBody TierBody body) {
        WireTier tier = required(body.tier());
        return new TierBody(WireTier.of(tiers.update(tierId, tier.changes(), revision(tier.revision(), "tier.revision"))));
    }

    /** The fields given change, the others stay; needs the settings' current revision. */
    @PatchMapping("/tiers/program-settings")
    SettingsBody updateSettings(@RequestBody SettingsBody body) {
        WireSettings settings = requiredSettings(body);
        return new SettingsBody(WireSettings.of(tiers.updateSettings(settings.changes(),
                revision(settings.revision(), "programSettings.revision"))));
    }

    @DeleteMapping("/tiers/{tierId}")
    Map<String, Object> delete(@PathVariable String tierId, @RequestParam String revision) {
        tiers.delete(tierId, Wire.revision(revision));
        return Map.of();
    }

    /** The settings always exist (DISABLED until set); creating them sets them. */
    @PostMapping("/tiers/program-settings")
    SettingsBody createSettings(@RequestBody SettingsBody body) {
        WireSettings settings = requiredSettings(body);
        return new SettingsBody(WireSettings.of(tiers.updateSettings(settings.changes(), tiers.settings().revision())));
    }

    private static long revision(String revision, String field) {
        if (revision == null) {
            throw InvalidInputException.field(field, "required (the current revision)");
        }
        return Wire.revision(revision);
    }

    private List<WireTier> all() {
        return tiers.list().stream().map(WireTier::of).toList();
    }

    static WireSettings requiredSettings(SettingsBody body) {
        if (body.programSettings() == null) {
            throw InvalidInputException.field("programSettings", "required");
        }
        return body.programSettings();
    }

    private static WireTier required(WireTier tier) {
        if (tier == null) {
            throw InvalidInputException.field("tier", "required");
        }
        return tier;
    }
}
