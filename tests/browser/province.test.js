// The province on the dashboard, in Debian's chromium against the real server holding four
// centres and only this test's ratings, at 1366 and 390 px in Vietnamese and English: a
// province-wide user's centre picker (every centre and the whole province) moving today's
// figures to the centre picked and back, and the "Các trung tâm" table ranked by adjusted rate
// with each centre's id, name, ratings, rate, interval, adjusted rate and indicators as GET
// /api/v1/centres gives them; a centre's user sees neither; no sideways scrolling on a phone.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import * as format from '../../assets/dashboard/format.js';
import { launchBrowser, loggedInStaffPage } from './lib/browser.js';
import { startRealServer } from './lib/real-server.js';
import { addProvince, CENTRES, LEVELS, seedProvince } from './lib/seed-province.js';

const VARIANTS = [
  { width: 1366, height: 900, lang: 'vi' }, { width: 1366, height: 900, lang: 'en' },
  { width: 390, height: 844, lang: 'vi', mobile: true }, { width: 390, height: 844, lang: 'en', mobile: true },
];
const WORDS = {
  vi: { today: 'Số phiếu hôm nay', picker: 'Trung tâm', all: 'Toàn tỉnh (tất cả trung tâm)', tab: 'Các trung tâm', none: 'Chưa có phiếu', byCounter: 'Theo quầy' },
  en: { today: 'Ratings today', picker: 'Centre', all: 'Whole province (all centres)', tab: 'Centres', none: 'No ratings yet', byCounter: 'By counter' },
};
const TOTAL = Object.values(LEVELS).reduce((sum, levels) => sum + levels.length, 0);

let server;
let browser;

before(async () => {
  server = await startRealServer({ beforeServe: addProvince });
  await seedProvince(server);
  browser = await launchBrowser({ spki: server.spki });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

function label(variant) {
  return `${variant.width} px, ${variant.lang}`;
}

async function loggedIn(user, variant) {
  const opened = await loggedInStaffPage(browser, server, user, variant);
  if (variant.lang === 'en') {
    await opened.page.getByRole('button', { name: 'English' }).click();
    await opened.page.getByText(WORDS.en.today).waitFor();
  }
  return opened;
}

async function todayCount(page) {
  return (await page.locator('.stat-value').first().textContent()).trim();
}

// Today's "by counter" rows as "counter: n".
async function counterRows(page, words) {
  const section = page.locator('section.card', { has: page.locator('h3', { hasText: words.byCounter }) });
  const rows = await section.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => `${tr.cells[0].textContent}: ${tr.cells[1].textContent}`));
  return rows.sort();
}

async function noSidewaysScroll(page, width, what) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.equal(scrollWidth, width, `${what}: the page is ${scrollWidth} px wide`);
}

describe('the province on the dashboard', () => {
  for (const variant of VARIANTS) {
    test(`a province-wide user picks a centre (${label(variant)})`, async () => {
      const what = label(variant);
      const words = WORDS[variant.lang];
      const { context, page, problems } = await loggedIn(server.users.province, variant);
      const picker = page.getByLabel(words.picker, { exact: true });
      await picker.waitFor();
      const options = await picker.locator('option').allTextContents();
      assert.equal(options[0], words.all, what);
      assert.deepEqual(options.slice(1).sort(), [
        ...CENTRES.map((c) => `${c.name} (${c.id})`), options.find((o) => o.endsWith('(main)')),
      ].sort(), what);
      assert.equal(await todayCount(page), format.count(TOTAL), what);
      // Every centre has its "Quầy 1": in the roll-up each is its own row, named with its centre.
      const mainName = options.find((o) => o.endsWith('(main)')).replace(' (main)', '');
      assert.deepEqual(await counterRows(page, words), [
        `Quầy 1 · ${mainName}: ${format.count(LEVELS['k-01'].length)}`,
        `Quầy 1 · Xã Bình An: ${format.count(LEVELS['k-binh-an'].length)}`,
        `Quầy 1 · Xã Cát Tiên: ${format.count(LEVELS['k-cat-tien'].length)}`,
      ].sort(), what);

      // Picking a centre: today's reads name it, and the figures are that centre's.
      const [daily] = await Promise.all([
        page.waitForResponse((r) => r.url().includes('/api/v1/daily?') && r.url().includes('centre=xa-cat-tien')),
        picker.selectOption('xa-cat-tien'),
      ]);
      assert.equal(daily.status(), 200, what);
      await page.waitForFunction((n) => document.querySelector('.stat-value')?.textContent.trim() === n,
        format.count(LEVELS['k-cat-tien'].length));
      assert.deepEqual(await counterRows(page, words), [`Quầy 1: ${format.count(LEVELS['k-cat-tien'].length)}`], what);
      // A centre without ratings reads as none, and the whole province again as the sum.
      await picker.selectOption('phuong-dong-hoa');
      await page.waitForFunction(() => document.querySelector('.stat-value')?.textContent.trim() === '0');
      await picker.selectOption('');
      await page.waitForFunction((n) => document.querySelector('.stat-value')?.textContent.trim() === n, format.count(TOTAL));
      if (variant.mobile) await noSidewaysScroll(page, variant.width, what);
      assert.deepEqual(problems, [], what);
      await context.close();
    });

    test(`the centres compared (${label(variant)})`, async () => {
      const what = label(variant);
      const words = WORDS[variant.lang];
      const { context, page, problems } = await loggedIn(server.users.province, variant);
      await page.getByRole('tab', { name: words.tab }).click();
      const rows = page.locator('#view-centres table.centres-table tbody tr');
      await rows.first().waitFor();
      const data = await page.evaluate(async () => (await fetch('/api/v1/centres')).json());
      assert.equal(await rows.count(), data.centres.length, what);
      assert.equal(data.centres.length, CENTRES.length + 1, what);
      for (const [i, centre] of data.centres.entries()) {
        const cells = (await rows.nth(i).locator('td').allTextContents()).map((text) => text.trim());
        const ranked = centre.shrunk_rate !== null;
        assert.deepEqual(cells.slice(0, 8), [
          ranked ? String(i + 1) : '—', centre.id, centre.name, format.count(centre.n), format.percent(centre.rate),
          format.interval(centre.ci_low, centre.ci_high), format.percent(centre.shrunk_rate),
          centre.alerts ? `⚠ ${format.count(centre.alerts)}` : '0',
        ], `${what}: row ${i + 1}`);
        // Each indicator: its rate, count and interval, or only "none yet" without ratings.
        for (const [j, indicator] of centre.indicators.entries()) {
          const cell = cells[8 + j];
          if (indicator.n === 0) assert.equal(cell, words.none, what);
          else assert.ok(cell.startsWith(`${format.percent(indicator.rate)}${format.count(indicator.n)}`), `${what}: ${cell}`);
        }
      }
      // Ranked by adjusted rate: the small centre at 100 % is not first, the unrated one last.
      const ids = data.centres.map((c) => c.id);
      assert.notEqual(ids[0], 'xa-binh-an', what);
      assert.equal(ids.at(-1), 'phuong-dong-hoa', what);
      const shrunk = data.centres.filter((c) => c.shrunk_rate !== null).map((c) => c.shrunk_rate);
      assert.deepEqual(shrunk, [...shrunk].sort((a, b) => b - a), what);
      await noSidewaysScroll(page, variant.width, what);
      assert.deepEqual(problems, [], what);
      await context.close();
    });

    test(`a centre's user sees neither picker nor centres (${label(variant)})`, async () => {
      const what = label(variant);
      const { context, page, problems } = await loggedIn(server.users.centreViewer, variant);
      assert.equal(await todayCount(page), format.count(LEVELS['k-binh-an'].length), what);
      assert.equal(await page.locator('#centre-bar').isHidden(), true, what);
      assert.equal(await page.getByRole('tab', { name: WORDS[variant.lang].tab }).count(), 0, what);
      assert.deepEqual(problems, [], what);
      await context.close();
    });
  }
});
