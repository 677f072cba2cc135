// Drives the dashboard in headless Chromium (see DashboardBrowserTest): signs in, launches a dry-run
// statement through its form (declining the confirmation once, then accepting it), watches the
// execution finish without reloading, opens its detail page, and keeps screenshots.
// Environment: PORT, USER, PASSWORD, PERIOD, CHROMIUM (the browser binary), SHOTS (a folder).
'use strict';
const { chromium } = require('playwright-core');
const path = require('path');

const base = `http://127.0.0.1:${process.env.PORT}`;
const shots = process.env.SHOTS;
let failures = 0;

function check(condition, what) {
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${what}`);
  if (!condition) failures++;
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });

    // the dashboard asks for a sign-in first
    await page.goto(`${base}/dashboard`);
    check(new URL(page.url()).pathname === '/login', `an anonymous visit lands on the sign-in page (${page.url()})`);
    await page.fill('input[name=username]', process.env.USER);
    await page.fill('input[name=password]', 'not the password');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    check((await page.textContent('.error')).includes('Wrong user name or password'), 'a wrong password is refused');
    await page.fill('input[name=username]', process.env.USER);
    await page.fill('input[name=password]', process.env.PASSWORD);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    check(new URL(page.url()).pathname === '/dashboard', `signed in, the dashboard shows (${page.url()})`);
    check((await page.textContent('h1')).includes('Dashboard'), 'the dashboard has its heading');
    check((await page.textContent('nav .user')) === process.env.USER, 'the signed-in user is named');

    // the launch form asks first; declining launches nothing
    const form = page.locator('form[data-job="monthly-statement"]');
    await form.locator('input[name="param.period"]').fill(process.env.PERIOD);
    await form.locator('input[name="param.dry-run"]').fill('true');
    const runsBefore = await page.locator('#runs tbody tr').count();
    let asked = null;
    page.once('dialog', async (dialog) => { asked = dialog.message(); await dialog.dismiss(); });
    await form.locator('button[type=submit]').click();
    await page.waitForTimeout(500);
    check(asked !== null && asked.includes('Launch monthly-statement'), `the launch asks for confirmation (${asked})`);
    check(new URL(page.url()).pathname === '/dashboard', 'declining the confirmation stays on the dashboard');
    check(await page.locator('#runs tbody tr').count() === runsBefore, 'declining launched nothing');

    page.once('dialog', (dialog) => dialog.accept());
    await Promise.all([page.waitForNavigation(), form.locator('button[type=submit]').click()]);
    const match = new URL(page.url()).pathname.match(/^\/dashboard\/executions\/(\d+)$/);
    check(match !== null, `accepting it launches and opens the execution (${page.url()})`);
    const executionId = match ? match[1] : '0';
    check((await page.textContent('#notice')).includes(`execution ${executionId}`), 'the page says what was launched');

    // the detail page follows the run until it ends, without a reload
    await page.waitForFunction(() => {
      const status = document.querySelector('#execution-status');
      return status && status.textContent.includes('COMPLETED');
    }, null, { timeout: 60000 });
    check(true, 'the detail page showed the run COMPLETED without a reload');
    const result = await page.textContent('#result');
    check(result.includes('rendered') && result.includes('dry run'), 'the result says how many were rendered in the dry run');
    check(await page.locator('#section-filtered').count() === 1, 'the filtered reasons are shown');
    check(await page.locator('#steps tbody tr').count() === 2, 'both steps are listed');
    await page.screenshot({ path: path.join(shots, 'dashboard-execution.png'), fullPage: true });

    // the dashboard lists it, with its link
    await page.goto(`${base}/dashboard`);
    const row = page.locator(`#runs tr[data-execution-id="${executionId}"]`);
    check(await row.count() === 1, 'the dashboard lists the execution');
    check(await row.getAttribute('data-status') === 'COMPLETED', 'listed as COMPLETED');
    await row.locator('td.id a').click();
    await page.waitForURL(`**/dashboard/executions/${executionId}`);
    check(true, 'the execution id links to its detail page');
    await page.goto(`${base}/dashboard`);
    await page.screenshot({ path: path.join(shots, 'dashboard.png'), fullPage: true });

    // signing out ends the session
    await Promise.all([page.waitForNavigation(), page.click('nav button[type=submit]')]);
    check(new URL(page.url()).pathname === '/login', 'signing out returns to the sign-in page');
    await page.goto(`${base}/dashboard`);
    check(new URL(page.url()).pathname === '/login', 'after signing out the dashboard asks for a sign-in again');

    check(problems.length === 0, `no script errors or refused resources${problems.length ? ': ' + problems.join('; ') : ''}`);
  } finally {
    await browser.close();
  }
  process.exit(failures === 0 ? 0 : 1);
})().catch((error) => {
  console.log(`FAIL ${error.stack || error}`);
  process.exit(1);
});
