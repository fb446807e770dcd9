// Today in context, the why of the ratings and the wall screen, in Debian's chromium against
// the real server holding only the ratings this test sends: at 1366 and 390 px, in Vietnamese
// and English, every figure on the page equals the test's own count.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';

import * as format from '../../assets/dashboard/format.js';
import { launchBrowser, loggedInStaffPage, newPage } from './lib/browser.js';
import { KIOSKS, startRealServer } from './lib/real-server.js';
import { centreDate, postJson } from './lib/seed-ratings.js';

const DAY_MS = 24 * 3600 * 1000;
const CENTRE_OFFSET_MS = 7 * 3600 * 1000;
// Long enough for one 30 s refresh and the answers behind it on a loaded machine.
const REFRESH_WAIT_MS = 75_000;
const SECRET_COMMENT = 'Góp ý riêng của người dân, không được lên màn hình chờ';
const SECRET_STAFF = 'cb-bimat-07';
const VARIANTS = [
  { width: 1366, height: 900, lang: 'vi' }, { width: 1366, height: 900, lang: 'en' },
  { width: 390, height: 844, lang: 'vi', mobile: true }, { width: 390, height: 844, lang: 'en', mobile: true },
];
const WORDS = {
  vi: {
    updated: 'Cập nhật lúc', levels: ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'],
    ratings: 'phiếu', wait: 'Chờ lâu', needed: 'phiếu hài lòng liên tiếp', met: 'Đã đạt mục tiêu.',
    weekdays: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'], tab: 'Theo kỳ',
    wallToday: 'Hôm nay đã có',
  },
  en: {
    updated: 'Updated at', levels: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
    ratings: 'ratings', wait: 'Long wait', needed: 'satisfied ratings in a row', met: 'Target met.',
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'], tab: 'By period',
    wallToday: 'Today so far',
  },
};

let server;
let browser;
const sent = [];
const seqs = {};

function centreInstant(ms) {
  return `${new Date(ms + CENTRE_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

// Sends ratings of one kiosk, made at `at` (ms), as the kiosk would.
async function send(kiosk, ratings) {
  const counter = KIOSKS.find((k) => k.id === kiosk).counter;
  const wire = ratings.map((r) => {
    seqs[kiosk] = (seqs[kiosk] || 0) + 1;
    return {
      id: randomUUID(), created_at: centreInstant(r.at), seq: seqs[kiosk], survey: 'default', overall: r.overall,
      lang: 'vi', ended: 'done', counter,
      ...(r.reasons ? { reasons: r.reasons } : {}), ...(r.field ? { field: r.field } : {}),
      ...(r.comment ? { comment: r.comment } : {}), ...(r.staff ? { staff: r.staff } : {}),
    };
  });
  const { status, body } = await postJson(`${server.url}/api/v1/ratings`, server.ca, server.tokens[kiosk], { ratings: wire });
  const refused = body?.results?.filter((result) => result.status !== 'accepted') ?? [];
  if (status !== 200 || refused.length) throw new Error(`not accepted: ${status} ${JSON.stringify(body)}`);
  for (const r of ratings) sent.push({ ...r, kiosk, counter, date: centreDate(r.at) });
}

function tally(list) {
  const satisfied = list.filter((r) => r.overall >= 4).length;
  return { n: list.length, satisfied, rate: list.length ? (satisfied * 100) / list.length : null };
}

function onDay(date) {
  return sent.filter((r) => r.date === date);
}

// Monday 1 … Sunday 7 and the hour, in centre time.
function weekdayHour(ms) {
  const shifted = new Date(ms + CENTRE_OFFSET_MS);
  return { weekday: ((shifted.getUTCDay() + 6) % 7) + 1, hour: shifted.getUTCHours() };
}

before(async () => {
  server = await startRealServer();
  const now = Date.now();
  // Today: 10 ratings, 3 below satisfied, with reasons; a comment and a staff code the wall must
  // never show. The day before and a week before: a few more.
  await send('k-01', [
    { at: now - 1000, overall: 5, reasons: ['nhanh-chong'], field: 'ho-tich', staff: SECRET_STAFF, comment: SECRET_COMMENT },
    { at: now - 2000, overall: 2, reasons: ['cho-lau'], field: 'ho-tich' },
    { at: now - 3000, overall: 1, reasons: ['cho-lau', 'giay-to-nhieu'], field: 'ho-tich' },
    { at: now - 4000, overall: 5, field: 'ho-tich' },
    { at: now - 5000, overall: 4 },
    { at: now - DAY_MS, overall: 5, field: 'ho-tich' },
    { at: now - DAY_MS - 60_000, overall: 2, reasons: ['cho-lau'], field: 'ho-tich' },
    { at: now - 7 * DAY_MS, overall: 4 },
  ]);
  await send('k-02', [
    { at: now - 6000, overall: 3, reasons: ['cho-lau'], field: 'dat-dai' },
    { at: now - 7000, overall: 4, field: 'dat-dai' },
    { at: now - 8000, overall: 5, reasons: ['nhanh-chong'], field: 'dat-dai' },
    { at: now - 7 * DAY_MS - 60_000, overall: 5 },
  ]);
  await send('k-yt', [{ at: now - 9000, overall: 5 }, { at: now - 10_000, overall: 4 }]);
  browser = await launchBrowser({ spki: server.spki });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function loggedIn(variant) {
  const opened = await loggedInStaffPage(browser, server, server.users.manager, variant, '#day-context');
  const { page } = opened;
  if (variant.lang === 'en') {
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('#today-updated', { hasText: 'Updated at' }).waitFor();
  }
  return opened;
}

async function rows(page, selector) {
  return page.locator(`${selector} tbody tr`).evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())));
}

async function assertNotWiderThanViewport(page, width) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= width, `the page is ${scrollWidth} px wide at ${width} px`);
}

function label(variant) {
  return `${variant.width} px, ${variant.lang}`;
}

describe('today in context, the reasons and the wall screen', () => {
  test('the today view puts the day beside yesterday, last week, the quarter and the year', async () => {
    for (const variant of VARIANTS) {
      const { context, page, problems } = await loggedIn(variant);
      const today = format.centreToday();
      const api = await page.evaluate(async () => (await fetch('/api/v1/daily/context')).json());
      const figures = await rows(page, '#day-context table.context-table');
      const expected = [
        tally(onDay(today)), tally(onDay(format.addDays(today, -1))), tally(onDay(format.addDays(today, -7))),
        tally(sent.filter((r) => r.date >= api.quarter_to_date.from && r.date <= today)),
        tally(sent.filter((r) => r.date >= api.year_to_date.from && r.date <= today)),
      ];
      assert.equal(figures.length, 5, label(variant));
      expected.forEach((tallied, i) => {
        assert.equal(figures[i][1], format.count(tallied.n), `${label(variant)} row ${i}: n`);
        assert.equal(figures[i][2], format.percent(tallied.rate), `${label(variant)} row ${i}: rate`);
      });
      // Indicator 1 counts every administrative rating: 12 in the quarter at least, below 95 %.
      const admin = tally(sent.filter((r) => r.kiosk !== 'k-yt' && r.date >= api.quarter_to_date.from));
      let k = 0;
      while ((admin.satisfied + k) * 100 < 95 * (admin.n + k)) k += 1;
      const headline = await page.locator('#context-headline').textContent();
      assert.ok(headline.includes(format.count(k)) && headline.includes(WORDS[variant.lang].needed),
        `${label(variant)}: ${headline} (k = ${k})`);
      assert.ok(headline.includes(format.percent(admin.rate)), `${label(variant)}: ${headline}`);
      // The health station's two satisfied ratings meet its target.
      const targets = await rows(page, '#day-context table.context-targets');
      assert.ok(targets.some((row) => row[3] === (variant.lang === 'en' ? 'met' : 'đã đạt')), label(variant));
      await assertNotWiderThanViewport(page, variant.width);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('every 30 s the view updates by itself, keeping a half-typed counter invitation', { timeout: 300_000 }, async () => {
    const pages = await Promise.all(VARIANTS.map(loggedIn));
    const before = [];
    for (const [i, { page }] of pages.entries()) {
      const mobile = VARIANTS[i].mobile;
      // Half-typed: the staff code and a dossier code, the cursor still in the dossier box.
      await page.locator('#view-today input[name=staff]').fill('cb-05');
      await page.locator('#prompt-dossier').fill(mobile ? '000.00.12.H12-77' : '000.00.12.H12-0');
      await page.locator('#prompt-dossier').focus();
      before.push(await page.locator('#today-updated').textContent());
    }
    const today = format.centreToday();
    const countBefore = onDay(today).length;
    await send('k-02', [{ at: Date.now(), overall: 5 }]);
    await Promise.all(pages.map(async ({ page }, i) => {
      const words = WORDS[VARIANTS[i].lang];
      await page.waitForFunction(([old, prefix]) => {
        const line = document.querySelector('#today-updated')?.textContent || '';
        return line.startsWith(prefix) && line !== old;
      }, [before[i], words.updated], { timeout: REFRESH_WAIT_MS, polling: 500 });
      assert.match(await page.locator('#today-updated').textContent(), /\d\d:\d\d:\d\d/);
      await page.locator('.stat-value').first().filter({ hasText: new RegExp(`^${format.count(countBefore + 1)}$`) })
        .waitFor({ timeout: REFRESH_WAIT_MS });
      assert.equal(await page.locator('#view-today input[name=staff]').inputValue(), 'cb-05', label(VARIANTS[i]));
      assert.match(await page.locator('#prompt-dossier').inputValue(), /^000\.00\.12\.H12-/, label(VARIANTS[i]));
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'prompt-dossier', label(VARIANTS[i]));
    }));
    for (const { context, problems } of pages) {
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('the reasons, the five levels and the weekday × hour map show the ratings sent', async () => {
    for (const variant of VARIANTS) {
      const { context, page, problems } = await loggedIn(variant);
      const words = WORDS[variant.lang];
      const today = format.centreToday();
      const day = onDay(today);
      // The five levels, each in words with its count.
      const levelLines = await page.locator('#day-patterns #level-distribution li').allTextContents();
      for (let level = 1; level <= 5; level += 1) {
        const count = day.filter((r) => r.overall === level).length;
        assert.ok(levelLines[level - 1].startsWith(`${level} · ${words.levels[level - 1]}: ${format.count(count)} ${words.ratings}`),
          `${label(variant)}: ${levelLines[level - 1]}`);
      }
      // Reasons of the day, most frequent first.
      const waits = day.filter((r) => r.reasons?.includes('cho-lau')).length;
      const reasons = await rows(page, '#day-patterns table.reasons-day');
      assert.equal(reasons[0][0], words.wait, label(variant));
      assert.equal(reasons[0][2], format.count(waits), label(variant));
      // By counter and field: Quầy 1 · Hộ tịch · Chờ lâu.
      const byCounter = await rows(page, '#day-patterns table.reasons-by-counter');
      const civilWaits = day.filter((r) => r.counter === 'Quầy 1' && r.field === 'ho-tich' && r.reasons?.includes('cho-lau')).length;
      assert.ok(byCounter.some((row) => row[0] === 'Quầy 1' && row[2] === words.wait && row[3] === format.count(civilWaits)),
        `${label(variant)}: ${JSON.stringify(byCounter)}`);

      // The period view: the quarter's weekday × hour grid, a cell per weekday and hour.
      await page.getByRole('tab', { name: words.tab }).click();
      await page.locator('#week-hours table.heat').waitFor();
      const periodApi = await page.evaluate(async () => (await fetch('/api/v1/indicators')).json());
      const inPeriod = sent.filter((r) => r.date >= periodApi.period.from && r.date <= periodApi.period.to);
      const cells = new Map();
      for (const r of inPeriod) {
        const { weekday, hour } = weekdayHour(r.at);
        const key = `${weekday}-${hour}`;
        cells.set(key, [...(cells.get(key) || []), r]);
      }
      for (const [key, list] of cells) {
        const [weekday, hour] = key.split('-').map(Number);
        const name = `${words.weekdays[weekday - 1]}, ${String(hour).padStart(2, '0')}:00–${String(hour + 1).padStart(2, '0')}:00`;
        const cell = page.locator(`#week-hours td[aria-label^="${name}:"]`);
        assert.equal(await cell.locator('.heat-n').textContent(), format.count(list.length), `${label(variant)} ${name}`);
        assert.equal(await cell.locator('.heat-rate').textContent(), format.percent(tally(list).rate, 0), `${label(variant)} ${name}`);
      }
      // A focused cell says its values in words. The pointer rests off the grid, as a keyboard
      // user's does: focusing scrolls the page, and a cell scrolled under the pointer shows itself.
      await page.mouse.move(0, 0);
      const [firstKey, firstList] = [...cells.entries()][0];
      const [wd, hr] = firstKey.split('-').map(Number);
      await page.locator(`#week-hours td[aria-label^="${words.weekdays[wd - 1]}, ${String(hr).padStart(2, '0')}:00"]`).focus();
      assert.ok((await page.locator('#heat-detail').textContent()).includes(`${format.count(firstList.length)} ${words.ratings}`), label(variant));
      const periodLevels = await page.locator('#period-patterns #level-distribution li').allTextContents();
      assert.ok(periodLevels[0].includes(`${format.count(inPeriod.filter((r) => r.overall === 1).length)} ${words.ratings}`), label(variant));
      await assertNotWiderThanViewport(page, variant.width);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('the wall screen needs no login, shows no comment or staff code, and cycles', async () => {
    for (const variant of [{ width: 1920, height: 1080, lang: 'vi' }, { width: 1920, height: 1080, lang: 'en' }, { width: 390, height: 844, lang: 'vi', mobile: true }]) {
      const { context, page, problems } = await newPage(browser, variant);
      const elsewhere = [];
      page.on('request', (request) => { if (!request.url().startsWith(server.url)) elsewhere.push(request.url()); });
      await page.goto(`${server.url}/wall?every=3${variant.lang === 'en' ? '&lang=en' : ''}`);
      const words = WORDS[variant.lang];
      await page.locator('#wall-today-count').waitFor();
      assert.equal(await page.locator('#wall-today-count').textContent(), format.count(onDay(format.centreToday()).length), label(variant));
      assert.ok((await page.locator('#wall-slide').textContent()).includes(words.wallToday), label(variant));
      // It moves on to the indicators by itself.
      const seen = new Set();
      for (let i = 0; i < 40 && seen.size < 3; i += 1) {
        seen.add(await page.locator('#wall-slide').getAttribute('data-slide'));
        const text = await page.locator('body').textContent();
        assert.ok(!text.includes(SECRET_COMMENT) && !text.includes(SECRET_STAFF), `${label(variant)}: the wall shows a comment or staff code`);
        await page.waitForTimeout(500);
      }
      assert.ok(seen.size >= 3, `${label(variant)}: slides seen ${[...seen]}`);
      assert.deepEqual(elsewhere, []);
      await assertNotWiderThanViewport(page, variant.width);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});
