package com.loyaltybatch.launch.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.loyaltybatch.program.Program;
import com.loyaltybatch.program.ProgramChanges;
import com.loyaltybatch.program.ProgramService;

/** The loyalty program: {@code /loyalty-programs/v1/program}. */
@ConditionalOnWebApplication
@RestController
@RequestMapping({ApiPaths.PROGRAMS, "/_api" + ApiPaths.PROGRAMS})
class ProgramsApi {

    record ProgramResponse(Wire.LoyaltyProgram loyaltyProgram) {
        static ProgramResponse of(Program program) {
            return new ProgramResponse(Wire.LoyaltyProgram.of(program));
        }
    }

    record UpdateRequest(ProgramUpdate loyaltyProgram) {
    }

    record ProgramUpdate(String name, PointDefinitionUpdate pointDefinition, ExpirationUpdate pointsExpiration) {
    }

    record PointDefinitionUpdate(String customName, Wire.Image icon) {
    }

    record ExpirationUpdate(Integer monthsOfInactivity, Integer expiringPointsPercentage) {
    }

    private final ProgramService program;

    ProgramsApi(ProgramService program) {
        this.program = program;
    }

    @GetMapping("/program")
    ProgramResponse get() {
        return ProgramResponse.of(program.get());
    }

    /** The fields given change, the others stay; an icon with an empty url removes it. */
    @PatchMapping("/program")
    ProgramResponse update(@RequestBody UpdateRequest request) {
        ProgramUpdate update = request.loyaltyProgram() == null ? new ProgramUpdate(null, null, null)
                : request.loyaltyProgram();
        var points = update.pointDefinition();
        String iconUrl = points == null || points.icon() == null ? null
                : points.icon().url() == null ? "" : points.icon().url();
        program.update(new ProgramChanges(update.name(), points == null ? null : points.customName(), iconUrl));
        if (update.pointsExpiration() != null) {
            program.updateExpirationPolicy(update.pointsExpiration().monthsOfInactivity(),
                    update.pointsExpiration().expiringPointsPercentage());
        }
        return get();
    }

    @PostMapping("/program/activate")
    ProgramResponse activate() {
        return ProgramResponse.of(program.activate());
    }

    @PostMapping("/program/pause")
    ProgramResponse pause() {
        return ProgramResponse.of(program.pause());
    }

    @PostMapping("/program/points-expiration/enable")
    ProgramResponse enableExpiration() {
        return ProgramResponse.of(program.enableExpiration());
    }

    @PostMapping("/program/points-expiration/disable")
    ProgramResponse disableExpiration() {
        return ProgramResponse.of(program.disableExpiration());
    }

    @GetMapping("/program/premium-features")
    Wire.PremiumFeatures premiumFeatures() {
        return Wire.PremiumFeatures.ALL;
    }

    /** One site: this installation. */
    @GetMapping("/bulk/programs")
    java.util.Map<String, Object> bulkGet() {
        return java.util.Map.of("programInSites", java.util.List.of(java.util.Map.of("metaSiteId", ApiPaths.SITE_ID,
                "loyaltyProgram", Wire.LoyaltyProgram.of(program.get()))));
    }
}
