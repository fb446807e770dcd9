// The staff dashboard in Debian's chromium, driven as a person would: the login form,
// clicks on tabs and buttons, downloads. The numbers on the page must equal the API's.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import * as format from '../../assets/dashboard/format.js';
import { launchBrowser, newPage } from './lib/browser.js';
import { resolveTarget } from './lib/target.js';

let target;
let browser;

before(async () => {
  target = await resolveTarget();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await target?.close();
});

async function loginThroughForm(page) {
  await page.goto(`${target.url}/`);
  await page.getByLabel('Tên đăng nhập').fill(target.user);
  await page.getByLabel('Mật khẩu').fill(target.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.locator('.stat-value').first().waitFor();
}

// Problems after the login: the probe for an existing session answers 401 before it.
async function loggedInPage(options) {
  const opened = await newPage(browser, options);
  await loginThroughForm(opened.page);
  opened.problems.length = 0;
  return opened;
}

async function apiJson(page, route) {
  const response = await page.request.get(`${target.url}${route}`);
  assert.equal(response.status(), 200, `${route} answered ${response.status()}`);
  return response.json();
}

// The appendix rows as the page shows them: [STT, name, …, result, n, interval, status].
async function tableRows(page, selector) {
  return page.locator(`${selector} tbody tr`).evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent.trim())));
}

describe('staff dashboard', () => {
  test('a wrong password is refused with a message and no dashboard', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${target.url}/`);
    await page.getByLabel('Tên đăng nhập').fill(target.user);
    await page.getByLabel('Mật khẩu').fill('not-the-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Sai tên đăng nhập hoặc mật khẩu.').waitFor();
    assert.equal(await page.locator('#app').isVisible(), false);
    await context.close();
  });

  test('after logging in through the form, today shows the numbers the API reports', async () => {
    const { context, page, problems } = await loggedInPage();
    const date = await page.locator('#today-date').inputValue();
    const daily = await apiJson(page, `/api/v1/daily?date=${date}`);

    const stats = await page.locator('.stat-value').allTextContents();
    assert.equal(stats[0], format.count(daily.n));
    assert.equal(stats[1], format.percent(daily.rate));

    const rows = await tableRows(page, '#view-today table.appendix');
    assert.equal(rows.length, daily.indicators.length);
    daily.indicators.forEach((indicator, i) => {
      const [stt, name, target_, result, n, interval, status] = rows[i];
      assert.equal(stt, String(i + 1));
      assert.equal(name, indicator.name);
      assert.equal(target_, format.decimal(indicator.target));
      assert.equal(result, format.decimal(indicator.rate));
      assert.equal(n, format.count(indicator.n));
      assert.equal(interval, format.interval(indicator.ci_low, indicator.ci_high));
      assert.match(status, indicator.status === 'met' ? /^✔ Đạt/ : /Không đạt/);
    });
    const kiosks = await apiJson(page, '/api/v1/kiosks');
    for (const kiosk of kiosks.kiosks) {
      await page.locator('td', { hasText: new RegExp(`^${kiosk.id}$`) }).first().waitFor();
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a comment containing <script> and <img onerror> shows as text and never runs', async () => {
    const { context, page } = await loggedInPage();
    const date = await page.locator('#today-date').inputValue();
    const daily = await apiJson(page, `/api/v1/daily?date=${date}`);
    const hostile = daily.comments.filter((c) => /<script|onerror/i.test(c.comment));
    assert.ok(hostile.length >= 2, 'the data must hold a <script> and an <img onerror> comment');

    const shown = await page.locator('.comment-text').allTextContents();
    for (const comment of hostile) assert.ok(shown.includes(comment.comment), `not shown as text: ${comment.comment}`);
    assert.equal(await page.locator('.comment-list script, .comment-list img').count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    await context.close();
  });

  test('switching to the first half-year shows that period and the API numbers', async () => {
    const { context, page, problems } = await loggedInPage();
    await page.getByRole('tab', { name: 'Theo kỳ' }).click();
    await page.locator('#period-title').waitFor();
    const year = await page.locator('#period-year').inputValue();

    await page.locator('#period-kind').selectOption('half');
    await page.locator('#period-year').fill(year);
    await page.locator('#period-index').selectOption('1');
    await page.locator('#period-rule').selectOption('nd09');
    await page.getByRole('button', { name: 'Xem' }).click();
    await page.locator('#period-title', { hasText: `6 tháng đầu năm ${year}` }).waitFor();

    const api = await apiJson(page, `/api/v1/indicators?period=${year}-H1&rule=nd09`);
    const heading = await page.locator('.period-heading p').textContent();
    assert.ok(heading.includes(`từ ${format.date(api.period.from)} đến ${format.date(api.period.to)}`), heading);
    const rows = await tableRows(page, '#view-period table.appendix');
    assert.equal(rows.length, api.indicators.length);
    api.indicators.forEach((indicator, i) => {
      assert.equal(rows[i][4], format.decimal(indicator.rate));
      assert.equal(rows[i][5], format.count(indicator.n));
    });
    assert.equal(await page.locator('#view-period .chart img').evaluate((img) => img.complete && img.naturalWidth > 0), true);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a manager downloads the report as CSV, XLSX and PDF', async () => {
    const { context, page } = await loggedInPage();
    await page.getByRole('tab', { name: 'Theo kỳ' }).click();
    await page.locator('#export-csv').waitFor();
    const folder = await mkdtemp(path.join(tmpdir(), 'hailong-downloads-'));
    const magic = { csv: [0xef, 0xbb, 0xbf], xlsx: [0x50, 0x4b], pdf: [0x25, 0x50, 0x44, 0x46] };
    for (const kind of ['csv', 'xlsx', 'pdf']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#export-${kind}`).click()]);
      assert.match(download.suggestedFilename(), new RegExp(`^hai-long-.+-nd09\\.${kind}$`));
      const file = path.join(folder, download.suggestedFilename());
      await download.saveAs(file);
      const bytes = await readFile(file);
      assert.deepEqual([...bytes.subarray(0, magic[kind].length)], magic[kind], `${kind} starts wrong`);
    }
    await context.close();
  });

  test('the English switch translates the page and Vietnamese comes back', async () => {
    const { context, page } = await loggedInPage();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Today' }).waitFor();
    await page.getByText('Ratings today').waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('tab', { name: 'Hôm nay' }).waitFor();
    await context.close();
  });

  test('on a 390 px phone nothing needs sideways scrolling', async () => {
    const { context, page } = await loggedInPage({ width: 390, height: 844, mobile: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow} px wider than the phone`);
    await context.close();
  });
});
