package com.loyaltybatch.launch.api;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.loyaltybatch.launch.api.RewardWire.WireReward;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.reward.Reward;
import com.loyaltybatch.reward.RewardChanges;
import com.loyaltybatch.reward.RewardService;
import com.loyaltybatch.reward.RewardType;

import tools.jackson.databind.json.JsonMapper;

/** Rewards members buy with points: {@code /loyalty-rewards/v1/rewards}. */
@ConditionalOnWebApplication
@RestController
@RequestMapping({ApiPaths.REWARDS, "/_api" + ApiPaths.REWARDS})
class RewardsApi {

    record RewardBody(WireReward reward) {
    }

    record BulkCreate(List<WireReward> rewards) {
    }

    record QueryRequest(CursorQuery query) {
    }

    record RewardsPage(List<WireReward> rewards, Wire.CursorPagingMetadata pagingMetadata) {
    }

    private final RewardService rewards;
    private final JsonMapper json;

    RewardsApi(RewardService rewards, JsonMapper json) {
        this.rewards = rewards;
        this.json = json;
    }

    @PostMapping("/rewards")
    RewardBody create(@RequestBody RewardBody body) {
        return new RewardBody(WireReward.of(rewards.create(required(body.reward()).draft())));
    }

    @PostMapping("/bulk/rewards/create")
    BulkResults.Response<WireReward> bulkCreate(@RequestBody BulkCreate body) {
        return BulkResults.of(body.rewards(), reward -> WireReward.of(rewards.create(reward.draft())), WireReward::id, 10);
    }

    @GetMapping("/rewards/{id}")
    RewardBody get(@PathVariable String id) {
        return new RewardBody(WireReward.of(rewards.get(id)));
    }

    @GetMapping("/bulk/rewards")
    Map<String, Object> bulkGet() {
        return Map.of("rewardsInSite", List.of(Map.of("metaSiteId", ApiPaths.SITE_ID, "rewards", all())));
    }

    @PostMapping("/rewards/query")
    RewardsPage query(@RequestBody QueryRequest body) {
        var page = SmallQuery.page(json, all(), CursorQuery.orEmpty(body.query()));
        return new RewardsPage(page.items(), Wire.CursorPagingMetadata.of(page.items().size(), page.nextCursor()));
    }

    @GetMapping("/rewards")
    RewardsPage list(@RequestParam(name = "cursorPaging.limit", required = false) Integer limit,
            @RequestParam(name = "cursorPaging.cursor", required = false) String cursor) {
        var page = SmallQuery.page(json, all(), new CursorQuery(null, null, new CursorQuery.CursorPaging(limit, cursor),
                null));
        return new RewardsPage(page.items(), Wire.CursorPagingMetadata.of(page.items().size(), page.nextCursor()));
    }

    /**
     * The fields given change, the others stay (configurations are replaced whole); the type and
     * the coupon kind of a reward cannot change.
     */
    @PutMapping("/rewards/{id}")
    RewardBody update(@PathVariable String id, @RequestBody RewardBody body) {
        WireReward update = required(body.reward());
        if (update.revision() == null) {
            throw InvalidInputException.field("reward.revision", "required (the reward's current revision)");
        }
        Reward current = rewards.get(id);
        var configs = update.discountAmount() != null || update.couponReward() != null ? configs(current, update) : null;
        var coupon = update.couponReward();
        var changes = new RewardChanges(update.name(), update.active(), coupon == null ? null : coupon.minimumSubtotal(),
                coupon == null || coupon.scope() == null ? null : coupon.scope().name(), configs);
        return new RewardBody(WireReward.of(rewards.update(id, Wire.revision(update.revision()), changes)));
    }

    @DeleteMapping("/rewards/{id}")
    Map<String, Object> delete(@PathVariable String id, @RequestParam String revision) {
        rewards.delete(id, Wire.revision(revision));
        return Map.of();
    }

    private List<WireReward> all() {
        return rewards.list(false).stream().map(WireReward::of).toList();
    }

    private static List<com.loyaltybatch.reward.TierConfig> configs(Reward current, WireReward update) {
        boolean discount = update.discountAmount() != null;
        if (discount != (current.type() == RewardType.DISCOUNT_AMOUNT)) {
            throw InvalidInputException.field("reward.type", "a reward's type cannot change (it is " + current.type() + ")");
        }
        if (discount) {
            return update.discountAmount().configs();
        }
        var kind = update.couponReward().kind();
        if (kind != current.couponKind()) {
            throw InvalidInputException.field("reward.couponReward", "a coupon's kind cannot change (it is "
                    + current.couponKind() + ")");
        }
        return update.couponReward().configsOf(kind);
    }

    private static WireReward required(WireReward reward) {
        if (reward == null) {
            throw InvalidInputException.field("reward", "required");
        }
        return reward;
    }
}
