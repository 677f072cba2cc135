// Drives a running Loyalty Batch HTTP API with the official Wix SDK (@wix/sdk + @wix/loyalty), the way a
// shop's backend would: ApiKeyStrategy, the host pointed at the server, nothing else changed.
//
//   PORT=8080 API_KEY=lb_... CONTACTS=c1,c2,c3 node sdk-conformance.cjs
//
// CONTACTS are contacts without an account. Prints one line per step and exits 1 at the first
// check that fails, naming it.
const assert = require('node:assert/strict');
const { createClient, ApiKeyStrategy } = require('@wix/sdk');
const { programs, accounts, transactions, rewards, coupons, checkoutExchange, tiers, earningRules } = require('@wix/loyalty');

const port = process.env.PORT;
const contacts = (process.env.CONTACTS || '').split(',').filter(Boolean);

const modules = { programs, accounts, transactions, rewards, coupons, checkoutExchange, tiers, earningRules };
const clientFor = (headers) => createClient({
  modules,
  auth: ApiKeyStrategy({ apiKey: process.env.API_KEY, siteId: 'self-hosted' }),
  host: { apiBaseUrl: `127.0.0.1:${port}` },
  headers,
  // The SDK always builds https:// URLs; the test server speaks plain HTTP on loopback.
  fetch: (url, init) => fetch(String(url).replace(/^https:/, 'http:'), init),
});
const client = clientFor(undefined);

async function step(name, body) {
  try {
    await body();
    console.log(`ok   ${name}`);
  } catch (e) {
    console.log(`FAIL ${name}: ${e && e.message}`);
    if (e && e.details) console.log(JSON.stringify(e.details));
    process.exit(1);
  }
}

async function refused(call) {
  try {
    await call();
  } catch (e) {
    return e;
  }
  throw new Error('the call succeeded, a refusal was expected');
}

(async () => {
  await step('program: update, activate, pause, activate again', async () => {
    const updated = await client.programs.updateLoyaltyProgram({ name: 'Coffee Club', pointDefinition: { customName: 'Beans' } });
    assert.equal(updated.loyaltyProgram.name, 'Coffee Club');
    assert.equal(updated.loyaltyProgram.pointDefinition.customName, 'Beans');
    assert.ok(updated.loyaltyProgram._createdDate instanceof Date, '_createdDate is a Date');
    assert.equal((await client.programs.activateLoyaltyProgram()).loyaltyProgram.status, 'ACTIVE');
    assert.equal((await client.programs.pauseLoyaltyProgram()).loyaltyProgram.status, 'PAUSED');
    assert.equal((await client.programs.activateLoyaltyProgram()).loyaltyProgram.status, 'ACTIVE');
    const got = await client.programs.getLoyaltyProgram();
    assert.equal(got.loyaltyProgram.status, 'ACTIVE');
  });

  const ids = [];
  await step('accounts: create one per contact', async () => {
    for (const contactId of contacts) {
      const created = await client.accounts.createAccount(contactId);
      assert.equal(created.account.contactId, contactId);
      assert.match(created.account._id, /^[0-9a-f-]{36}$/);
      assert.equal(created.account.points.balance, 0);
      assert.equal(created.account.revision, '1');
      ids.push(created.account._id);
    }
  });

  let earnTx;
  await step('accounts: earn twice with one idempotency key credits once', async () => {
    const first = await client.accounts.earnPoints(ids[0], { amount: 120, appId: 'shop', idempotencyKey: 'order-1001', description: 'Order 1001' });
    const again = await client.accounts.earnPoints(ids[0], { amount: 120, appId: 'shop', idempotencyKey: 'order-1001', description: 'Order 1001' });
    assert.equal(first.account.points.balance, 120);
    assert.equal(again.account.points.balance, 120);
    assert.equal(again.transactionId, first.transactionId);
    earnTx = first.transactionId;
    await client.accounts.earnPoints(ids[1], { amount: 300, appId: 'shop', idempotencyKey: 'order-1002' });
  });

  await step('accounts: adjust with a stale revision is a 409, with the current one applies', async () => {
    const account = await client.accounts.getAccount(ids[0]);
    const stale = await refused(() => client.accounts.adjustPoints(ids[0], { amount: 5, revision: '1', description: 'Fix' }));
    assert.equal(stale.status ?? stale.details?.applicationError?.code, 409, JSON.stringify(stale.details));
    const adjusted = await client.accounts.adjustPoints(ids[0], { balance: 500, revision: account.revision, description: 'Sync from POS' });
    assert.equal(adjusted.account.points.balance, 500);
    assert.equal(adjusted.account.points.adjusted, 380);
    assert.equal(adjusted.account.revision, String(Number(account.revision) + 1));
  });

  await step('accounts: getAccount and getAccountBySecondaryId', async () => {
    const account = await client.accounts.getAccount(ids[0]);
    assert.equal(account._id, ids[0]);
    assert.ok(account._updatedDate instanceof Date);
    assert.ok(account.lastActivityDate instanceof Date);
    const byContact = await client.accounts.getAccountBySecondaryId({ contactId: contacts[0] });
    assert.equal(byContact.account._id, ids[0]);
    const missing = await refused(() => client.accounts.getAccount('00000000-0000-0000-0000-000000000000'));
    assert.equal(missing.details?.applicationError?.code, 'NOT_FOUND');
  });

  await step('accounts: query with a filter, a sort and two pages', async () => {
    const page1 = await client.accounts.queryLoyaltyAccounts()
      .ge('points.balance', 0).descending('points.balance').limit(2).find();
    assert.equal(page1.items.length, 2);
    assert.equal(page1.items[0].points.balance, 500);
    assert.equal(page1.items[1].points.balance, 300);
    assert.ok(page1.hasNext(), 'a next page');
    const page2 = await page1.next();
    assert.ok(page2.items.length >= 1);
    assert.ok(page2.items.every((a) => a.points.balance === 0));
    assert.ok(!page2.items.some((a) => a._id === ids[0] || a._id === ids[1]), 'no account twice');
    const both = await client.accounts.queryLoyaltyAccounts().eq('contactId', contacts[0]).in('_id', [ids[0], ids[1]]).find();
    assert.deepEqual(both.items.map((a) => a._id), [ids[0]]);
  });

  await step('accounts: listAccounts, countAccounts, getProgramTotals', async () => {
    const listed = await client.accounts.listAccounts({ contactIds: [contacts[0], contacts[1]] });
    assert.deepEqual(listed.accounts.map((a) => a._id).sort(), [ids[0], ids[1]].sort());
    const counted = await client.accounts.countAccounts({ filter: { 'points.balance': { $gt: 100 } } });
    assert.equal(counted.count, 2);
    const totals = await client.accounts.getProgramTotals();
    assert.ok(totals.points.balance >= 800);
  });

  await step('transactions: query an account\'s ledger, get one', async () => {
    const result = await client.transactions.queryLoyaltyTransactions().eq('accountId', ids[0]).descending('_createdDate').find();
    const types = result.items.map((t) => t.transactionType).sort();
    assert.deepEqual(types, ['ADJUST', 'EARN']);
    assert.ok(result.items.every((t) => t._createdDate instanceof Date));
    const one = await client.transactions.getLoyaltyTransaction(earnTx);
    assert.equal(one._id, earnTx);
    assert.equal(one.amount, 120);
    assert.equal(one.earnInfo.appId, 'shop');
  });

  let tierId;
  await step('tiers: settings, create, get, update, list, delete', async () => {
    const before = await client.tiers.getTiersProgramSettings();
    const settings = await client.tiers.updateTiersProgramSettings({ revision: before.programSettings.revision,
      status: 'ACTIVE', rollingWindow: { durationInMonths: 12 }, baseTierDefinition: { name: 'Bronze' } });
    assert.equal(settings.programSettings.status, 'ACTIVE');
    assert.equal(settings.programSettings.baseTierDefinition.name, 'Bronze');
    const gold = await client.tiers.createTier({ tierDefinition: { name: 'Gold', description: 'Our best' }, requiredPoints: 1000 });
    tierId = gold._id;
    assert.equal(gold.requiredPoints, 1000);
    assert.equal(gold.revision, '1');
    assert.equal((await client.tiers.getTier(tierId)).tierDefinition.name, 'Gold');
    const silver = await client.tiers.createTier({ tierDefinition: { name: 'Silver' }, requiredPoints: 200 });
    const updated = await client.tiers.updateTier(silver._id, { revision: silver.revision, requiredPoints: 250 });
    assert.equal(updated.requiredPoints, 250);
    const listed = await client.tiers.listTiers();
    assert.deepEqual(listed.tiers.map((t) => t.tierDefinition.name).sort(), ['Gold', 'Silver']);
    await client.tiers.deleteTier(updated._id, updated.revision);
    assert.equal((await client.tiers.listTiers()).tiers.length, 1);
    const program = await client.tiers.getTiersProgram();
    assert.equal(program.programSettings.rollingWindow.durationInMonths, 12);
  });

  let couponRewardId;
  let pointsRewardId;
  await step('rewards: create, get, update, delete', async () => {
    const coupon = await client.rewards.createReward({ name: 'Free coffee', active: true, type: 'COUPON_REWARD',
      couponReward: { fixedAmount: { configsByTier: [{ tierId: null, costInPoints: 100, amount: 3.5 }] } } });
    couponRewardId = coupon._id;
    assert.equal(coupon.couponReward.fixedAmount.configsByTier[0].costInPoints, 100);
    assert.ok(coupon._createdDate instanceof Date);
    const flexible = await client.rewards.createReward({ name: 'Money off', active: true, type: 'DISCOUNT_AMOUNT',
      discountAmount: { configsByTier: [{ tierId: null, costInPoints: 10, amount: '1.00' }] } });
    pointsRewardId = flexible._id;
    assert.equal(flexible.discountAmount.configsByTier[0].amount, '1.00');
    assert.equal((await client.rewards.getReward(couponRewardId)).name, 'Free coffee');
    const queried = await client.rewards.queryRewards({ filter: { type: 'DISCOUNT_AMOUNT' } });
    assert.deepEqual(queried.rewards.map((r) => r._id), [pointsRewardId]);
    const listed = await client.rewards.listRewards({ cursorPaging: { limit: 1 } });
    assert.equal(listed.rewards.length, 1);
    assert.ok(listed.pagingMetadata.cursors.next, 'a next page');
    const renamed = await client.rewards.updateReward(couponRewardId, { name: 'Free coffee!', revision: coupon.revision });
    assert.equal(renamed.reward.name, 'Free coffee!');
    const spare = await client.rewards.createReward({ name: 'Spare', active: false, type: 'COUPON_REWARD',
      couponReward: { freeShipping: { configsByTier: [{ tierId: null, costInPoints: 50 }] } } });
    await client.rewards.deleteReward(spare._id, spare.revision);
    const missing = await refused(() => client.rewards.getReward(spare._id));
    assert.equal(missing.details?.applicationError?.code, 'NOT_FOUND');
  });

  let couponId;
  await step('coupons: redeem points for a coupon, query, get', async () => {
    const redeemed = await client.coupons.redeemPointsForCoupon(couponRewardId, { loyaltyAccountId: ids[1] });
    couponId = redeemed.coupon._id;
    assert.equal(redeemed.coupon.status, 'ACTIVE');
    assert.equal(redeemed.coupon.couponReference.specification.moneyOffAmount, 3.5);
    const balance = (await client.accounts.getAccount(ids[1])).points.balance;
    assert.equal(balance, 200);
    const found = await client.coupons.queryLoyaltyCoupons().eq('accountId', ids[1]).find();
    assert.deepEqual(found.items.map((c) => c._id), [couponId]);
    assert.equal((await client.coupons.getLoyaltyCoupon(couponId)).rewardName, 'Free coffee!');
    const bulk = await client.coupons.bulkGetLoyaltyCoupon({ query: { filter: { accountId: ids[1] } } });
    assert.deepEqual(bulk.couponsInSite[0].loyaltyCoupons.map((c) => c._id), [couponId]);
  });

  await step('checkout: apply a coupon, and points on a flexible reward', async () => {
    const withCoupon = await client.checkoutExchange.applyDiscountToCheckout('checkout-1', { loyaltyCoupon: { _id: couponId } });
    assert.equal(withCoupon.discount.discountType, 'LOYALTY_COUPON');
    assert.equal(withCoupon.discount.status, 'APPLIED');
    const member = clientFor({ 'X-Loyalty-Account-Id': ids[1] });
    const withPoints = await member.checkoutExchange.applyDiscountToCheckout('checkout-2', { reward: { _id: pointsRewardId, pointsToSpend: 50 } });
    assert.equal(withPoints.discount.discountType, 'DISCOUNT_AMOUNT');
    assert.equal((await client.accounts.getAccount(ids[1])).points.balance, 150);
    const discounts = await client.checkoutExchange.queryLoyaltyCheckoutDiscounts().eq('checkoutId', 'checkout-2').find();
    assert.equal(discounts.items.length, 1);
  });

  await step('earning rules: create, list, update', async () => {
    const rule = await client.earningRules.createLoyaltyEarningRule({ title: 'Orders', triggerAppId: 'shop',
      triggerActivityType: 'order-paid', sourceAppId: '00000000-0000-0000-0000-000000000001', status: 'ACTIVE',
      conversionRate: { configs: [{ tierId: null, moneyAmount: 10, points: 1 }] } });
    assert.equal(rule.conversionRate.configs[0].points, 1);
    assert.equal(rule.status, 'ACTIVE');
    const listed = await client.earningRules.listEarningRules({ triggerActivityType: 'order-paid' });
    assert.deepEqual(listed.earningRules.map((r) => r._id), [rule._id]);
    const paused = await client.earningRules.updateLoyaltyEarningRule(rule._id, { revision: rule.revision, title: 'Paid orders', status: 'PAUSED' });
    assert.equal(paused.earningRule.title, 'Paid orders');
    assert.equal(paused.earningRule.status, 'PAUSED');
  });
})();
