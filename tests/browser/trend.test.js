// The period view's trend in Debian's chromium against the real server holding only this test's
// ratings: small multiples at 1366 and 390 px in Vietnamese and English, every indicator named in
// text in a panel of its own (indicators 1 and 2 are the same line here), every point reached by
// the keyboard and saying its value as the test computes it from GET /api/v1/trend, a year by
// week with every point and step labels that never touch, and no sideways scrolling on a phone.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';

import * as format from '../../assets/dashboard/format.js';
import { launchBrowser, loggedInStaffPage } from './lib/browser.js';
import { KIOSKS, startRealServer } from './lib/real-server.js';
import { centreDate, postJson } from './lib/seed-ratings.js';

const DAY_MS = 24 * 3600 * 1000;
const CENTRE_OFFSET_MS = 7 * 3600 * 1000;
const VARIANTS = [
  { width: 1366, height: 900, lang: 'vi' }, { width: 1366, height: 900, lang: 'en' },
  { width: 390, height: 844, lang: 'vi', mobile: true }, { width: 390, height: 844, lang: 'en', mobile: true },
];
const WORDS = {
  vi: { tab: 'Theo kỳ', ratings: 'Số phiếu đánh giá nhận được (mọi đơn vị)', satisfied: 'phiếu hài lòng', of: '/' },
  en: { tab: 'By period', ratings: 'Ratings received (all units)', satisfied: 'ratings satisfied', of: ' of ' },
};

let server;
let browser;
const sent = [];
const seqs = {};

function centreInstant(ms) {
  return `${new Date(ms + CENTRE_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

async function send(kiosk, ratings) {
  const counter = KIOSKS.find((k) => k.id === kiosk).counter;
  const wire = ratings.map((r) => {
    seqs[kiosk] = (seqs[kiosk] || 0) + 1;
    return {
      id: randomUUID(), created_at: centreInstant(r.at), seq: seqs[kiosk], survey: 'default', overall: r.overall,
      lang: 'vi', ended: 'done', counter, ...(r.field ? { field: r.field } : {}),
    };
  });
  const { status, body } = await postJson(`${server.url}/api/v1/ratings`, server.ca, server.tokens[kiosk], { ratings: wire });
  const refused = body?.results?.filter((result) => result.status !== 'accepted') ?? [];
  if (status !== 200 || refused.length) throw new Error(`not accepted: ${status} ${JSON.stringify(body)}`);
  for (const r of ratings) sent.push({ ...r, kiosk, date: centreDate(r.at) });
}

before(async () => {
  server = await startRealServer();
  const now = Date.now();
  // Every administrative rating names its field, so indicators 1 and 2 draw the same line; a
  // rating every few days over most of a year, some steps thin (under 30), a few unhappy.
  const admin = [];
  const health = [];
  for (let days = 0; days < 340; days += 3) {
    const many = days < 60 ? 12 : 3;
    for (let i = 0; i < many; i += 1) {
      admin.push({ at: now - days * DAY_MS - i * 60_000, overall: (days + i) % 9 === 0 ? 2 : 4 + (i % 2), field: 'ho-tich' });
    }
    if (days % 6 === 0) health.push({ at: now - days * DAY_MS - 30_000, overall: days % 24 === 0 ? 3 : 5 });
  }
  for (let i = 0; i < admin.length; i += 400) await send(i % 800 === 0 ? 'k-01' : 'k-02', admin.slice(i, i + 400));
  await send('k-yt', health);
  browser = await launchBrowser({ spki: server.spki });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

function label(variant) {
  return `${variant.width} px, ${variant.lang}`;
}

async function loggedIn(variant) {
  const opened = await loggedInStaffPage(browser, server, server.users.viewer, variant);
  const { page } = opened;
  if (variant.lang === 'en') {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Ratings today').waitFor();
  }
  return opened;
}

// Runs `act` and answers the trend the page asked for meanwhile, fetched again by the test.
async function trendShownBy(page, act) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/v1/trend?') && r.status() === 200), act()]);
  await page.locator('#trend .trend-panel').first().waitFor();
  const url = new URL(response.url());
  return page.evaluate(async (target) => (await fetch(target)).json(), url.pathname + url.search);
}

function stepName(trend, i, lang) {
  return lang === 'en' ? trend.steps[i].label_en : trend.steps[i].label;
}

function pointWords(point, lang) {
  const { satisfied, of } = WORDS[lang];
  return `${format.percent(point.rate)} · ${format.count(point.satisfied)}${of}${format.count(point.n)} ${satisfied}`;
}

async function tipText(panel) {
  const tip = panel.locator('.trend-tip');
  await tip.waitFor({ state: 'visible' });
  return squash(await tip.innerText());
}

// Spaces as a reader sees them: the tooltip's two lines and "94,9 %"'s no-break space alike.
function squash(text) {
  return text.replace(/\s+/g, ' ').trim();
}

// The drawn step labels of every panel: in order and never touching.
async function assertStepLabelsApart(page, what) {
  const rows = await page.locator('#trend .trend-drawing').evaluateAll((drawings) => drawings.map((drawing) =>
    [...drawing.querySelectorAll('.trend-step')].map((text) => {
      const box = text.getBoundingClientRect();
      return { left: box.left, right: box.right, text: text.textContent };
    })));
  for (const row of rows) {
    assert.ok(row.length >= 2, `${what}: ${row.length} step labels`);
    for (let i = 1; i < row.length; i += 1) {
      assert.ok(row[i].left > row[i - 1].right + 1, `${what}: "${row[i - 1].text}" touches "${row[i].text}"`);
    }
  }
}

async function assertNotWiderThanViewport(page, width, what) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.equal(scrollWidth, width, `${what}: the page is ${scrollWidth} px wide`);
}

describe('the period view\'s trend', () => {
  test('each indicator in its own named panel; every point reached by the keyboard says its value', async () => {
    for (const variant of VARIANTS) {
      const what = label(variant);
      const { context, page, problems } = await loggedIn(variant);
      const trend = await trendShownBy(page, () => page.getByRole('tab', { name: WORDS[variant.lang].tab }).click());
      const drawn = trend.series.filter((series) => series.points.some((point) => point.n > 0));
      // Indicators 1 and 2 are one line here: both drawn, each in a panel of its own.
      assert.deepEqual(drawn[0].points, drawn[1].points, 'the test expects two identical series');
      const names = await page.locator('#trend .trend-name').allTextContents();
      assert.deepEqual(names, [...drawn.map((s) => (variant.lang === 'en' ? s.name_en : s.name)), WORDS[variant.lang].ratings], what);
      // The ratings panel counts what the test sent in the period.
      const inPeriod = sent.filter((r) => r.date >= trend.period.from && r.date <= trend.period.to).length;
      assert.equal(trend.ratings.reduce((sum, step) => sum + step.n, 0), inPeriod, what);

      const panels = page.locator('#trend .trend-rate');
      // The pointer rests off the charts: a point scrolled under it would show its own tooltip.
      await page.mouse.move(0, 0);
      for (const [k, series] of drawn.entries()) {
        const panel = panels.nth(k);
        const withRate = series.points.map((point, i) => ({ ...point, i })).filter((point) => point.rate !== null);
        const points = panel.locator('.trend-point');
        assert.equal(await points.count(), withRate.length, `${what}: ${series.id} points`);
        assert.equal(await panel.locator('.trend-point[tabindex="0"]').count(), 1, `${what}: one Tab stop per panel`);
        // The last value is printed at the line's end.
        const last = withRate[withRate.length - 1];
        assert.equal(await panel.locator('.trend-last').textContent(), format.percent(last.rate), what);
        // Focus the last point, then step back with the arrow key: each says step, value and n.
        await points.last().focus();
        assert.equal(await tipText(panel), squash(`${stepName(trend, last.i, variant.lang)} ${pointWords(last, variant.lang)}`), what);
        if (withRate.length > 1) {
          await page.keyboard.press('ArrowLeft');
          const before = withRate[withRate.length - 2];
          assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')),
            `${variant.lang === 'en' ? series.name_en : series.name} · ${stepName(trend, before.i, variant.lang)}: ${pointWords(before, variant.lang)}`, what);
          assert.equal(await tipText(panel), squash(`${stepName(trend, before.i, variant.lang)} ${pointWords(before, variant.lang)}`), what);
          await page.keyboard.press('Escape');
          assert.ok(await panel.locator('.trend-tip').isHidden(), `${what}: Escape leaves the tooltip shown`);
        }
      }
      // Tab goes on from one panel to the next.
      await panels.first().locator('.trend-point[tabindex="0"]').focus();
      await page.keyboard.press('Tab');
      assert.ok(await page.evaluate(() => document.activeElement.closest('.trend-panel')
        === document.querySelectorAll('#trend .trend-panel')[1]), `${what}: Tab reaches the next panel`);
      // Hovering a bar of the ratings panel says its count.
      const ratingsPanel = page.locator('#trend .trend-ratings');
      const busiest = trend.ratings.reduce((best, step, i) => (step.n > trend.ratings[best].n ? i : best), 0);
      await page.evaluate(() => document.activeElement?.blur());
      await ratingsPanel.locator('.trend-bar').nth(busiest).hover();
      assert.ok((await tipText(ratingsPanel)).startsWith(stepName(trend, busiest, variant.lang)), what);
      assert.ok((await tipText(ratingsPanel)).includes(format.count(trend.ratings[busiest].n)), what);

      if (variant.mobile) {
        // One panel per row, the card's full width.
        const card = await page.locator('#trend .trend-panels').boundingBox();
        for (const box of await page.locator('#trend .trend-panel').evaluateAll((all) => all.map((p) => p.getBoundingClientRect().toJSON()))) {
          assert.ok(Math.abs(box.width - card.width) < 1 && Math.abs(box.left - card.x) < 1, `${what}: a panel not full width`);
        }
      }
      await assertStepLabelsApart(page, what);
      await assertNotWiderThanViewport(page, variant.width, what);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('a year by week keeps every point, its step labels apart, at 1366 and 390 px', async () => {
    for (const variant of [VARIANTS[0], VARIANTS[3]]) {
      const what = `${label(variant)}, year by week`;
      const { context, page, problems } = await loggedIn(variant);
      await page.getByRole('tab', { name: WORDS[variant.lang].tab }).click();
      await page.locator('#trend .trend-panel').first().waitFor();
      await page.locator('#period-kind').selectOption('year');
      await page.locator('#period-step').selectOption('week');
      const trend = await trendShownBy(page, () => page.locator('#period-show').click());
      assert.ok(trend.steps.length >= 52, `${what}: ${trend.steps.length} steps`);
      const drawn = trend.series.filter((series) => series.points.some((point) => point.n > 0));
      const panels = page.locator('#trend .trend-rate');
      assert.equal(await panels.count(), drawn.length, what);
      for (const [k, series] of drawn.entries()) {
        const withRate = series.points.filter((point) => point.rate !== null);
        assert.equal(await panels.nth(k).locator('.trend-point').count(), withRate.length, `${what}: ${series.id}`);
      }
      assert.equal(await page.locator('#trend .trend-bar').count(), trend.steps.length, what);
      // The first week with ratings, reached with Home from the panel's Tab stop.
      const first = drawn[0].points.findIndex((point) => point.rate !== null);
      await page.mouse.move(0, 0);
      await panels.first().locator('.trend-point[tabindex="0"]').focus();
      await page.keyboard.press('Home');
      assert.equal(await tipText(panels.first()), squash(`${stepName(trend, first, variant.lang)} ${pointWords(drawn[0].points[first], variant.lang)}`), what);
      await assertStepLabelsApart(page, what);
      await assertNotWiderThanViewport(page, variant.width, what);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});
