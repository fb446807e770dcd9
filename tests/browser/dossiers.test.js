// Dossiers on the staff dashboard of the real hailong-server, in Debian's chromium at a desk's
// and a phone's width, in both languages: the figures equal what this test posted and rated,
// a dossier's QR code is found by its code, and a prompt carrying a dossier code, rated at a
// kiosk, makes that dossier rated. The server is this file's own, so every count is known.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import * as format from '../../assets/dashboard/format.js';
import { launchBrowser, loggedInStaffPage } from './lib/browser.js';
import { TestKiosk } from './lib/kiosk.js';
import { startRealServer } from './lib/real-server.js';
import { dossierReturnedToday, postDossiers, rateByLink } from './lib/seed-dossiers.js';

const SATISFIED = 4;

// Returned today: five by their due time, two after it; one still being handled.
const DOSSIERS = [
  { code: 'HS-2026-0001', channel: 'online', late: false },
  { code: 'HS-2026-0002', channel: 'online', late: false },
  { code: 'HS-2026-0003', channel: 'counter', late: false },
  { code: 'HS-2026-0004', channel: 'counter', late: false },
  { code: 'HS-2026-0005', channel: 'post', late: false },
  { code: 'HS-2026-0006', channel: 'online', late: true },
  { code: 'HS-2026-0007', channel: 'counter', late: true },
  { code: 'HS-2026-0008', channel: 'counter', late: false, open: true },
];

// What the test rated: each dossier's counted rating (the first) and the repeats after it.
const counted = new Map();
let repeats = 0;

function noteRating(code, overall) {
  if (counted.has(code)) repeats += 1;
  else counted.set(code, overall);
}

// The figures the page must show, worked out from what was posted and rated here.
function expectedFigures() {
  const returned = DOSSIERS.filter((d) => !d.open);
  const handled = returned.length;
  const onTime = returned.filter((d) => !d.late).length;
  const rated = returned.filter((d) => counted.has(d.code));
  const group = (late) => {
    const ratings = rated.filter((d) => d.late === late).map((d) => counted.get(d.code));
    const satisfied = ratings.filter((overall) => overall >= SATISFIED).length;
    return { n: ratings.length, satisfied, rate: ratings.length ? (satisfied * 100) / ratings.length : null };
  };
  return {
    handled, onTime,
    onTimeRate: (onTime * 100) / handled,
    online: returned.filter((d) => d.channel === 'online').length,
    rated: rated.length,
    responseRate: (rated.length * 100) / handled,
    // shared/DESIGN.md: ⌈N / (1 + N·0.0025)⌉.
    sampleNeeded: Math.ceil(handled / (1 + handled * 0.0025)),
    repeats,
    onTimeGroup: group(false),
    lateGroup: group(true),
  };
}

let server;
let browser;
let ratingUrls;
// The kiosks at Quầy 1 and Quầy 2, each numbering its ratings across the tests.
let counterOne;
let counterTwo;

before(async () => {
  server = await startRealServer();
  ratingUrls = await postDossiers(server, DOSSIERS.map((d) => dossierReturnedToday(d.code, d)));
  // Two citizens rate by phone: one whose dossier came on time, one whose came late.
  for (const [code, overall] of [['HS-2026-0001', 5], ['HS-2026-0006', 2]]) {
    await rateByLink(server, ratingUrls.get(code), overall);
    noteRating(code, overall);
  }
  // The first citizen is also asked at the kiosk: a repeat, kept out of the figures.
  counterOne = new TestKiosk(server, 'k-01');
  counterTwo = new TestKiosk(server, 'k-02');
  await counterTwo.rate(5, { dossier: 'HS-2026-0001' });
  noteRating('HS-2026-0001', 5);
  browser = await launchBrowser({ spki: server.spki });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function loggedInPage(role, width) {
  return loggedInStaffPage(browser, server, server.users[role], { width, height: 844, mobile: width < 500 },
    '#dossier-figures');
}

async function overflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function figureTexts(card) {
  const read = async (id) => (await card.locator(`#${id}`).innerText()).replace(/[ \t\n]+/g, ' ').trim();
  const ids = ['dossiers-handled', 'dossiers-on-time', 'dossiers-online', 'dossiers-rated', 'dossiers-sample',
    'dossiers-repeats', 'dossiers-satisfied-on-time', 'dossiers-satisfied-late'];
  return Object.fromEntries(await Promise.all(ids.map(async (id) => [id, await read(id)])));
}

// The dossier card against the expected figures, in the page's language.
async function assertDossierCard(card, english) {
  const e = expectedFigures();
  const shown = await figureTexts(card);
  const value = async (id) => card.locator(`#${id} .stat-value`).textContent();
  assert.equal(await value('dossiers-handled'), format.count(e.handled));
  assert.equal(await value('dossiers-on-time'), format.percent(e.onTimeRate));
  assert.equal(await value('dossiers-online'), format.percent((e.online * 100) / e.handled));
  assert.equal(await value('dossiers-rated'), format.count(e.rated));
  assert.equal(await value('dossiers-sample'), format.count(e.sampleNeeded));
  assert.equal(await value('dossiers-repeats'), format.count(e.repeats));
  assert.equal(await value('dossiers-satisfied-on-time'), format.percent(e.onTimeGroup.rate));
  assert.equal(await value('dossiers-satisfied-late'), format.percent(e.lateGroup.rate));
  const missing = e.sampleNeeded - e.rated;
  if (english) {
    assert.ok(shown['dossiers-on-time'].includes(`${e.onTime} of ${e.handled} dossiers`), shown['dossiers-on-time']);
    assert.ok(shown['dossiers-rated'].includes(`Response rate ${format.percent(e.responseRate)}`), shown['dossiers-rated']);
    assert.ok(shown['dossiers-sample'].includes(`✖ Sample not reached: ${missing} more dossiers needed`), shown['dossiers-sample']);
    assert.ok(shown['dossiers-satisfied-late'].includes(`${e.lateGroup.satisfied} of ${e.lateGroup.n} ratings satisfied`));
    assert.match(shown['dossiers-on-time'], /✖ Not (yet )?met/);
  } else {
    assert.ok(shown['dossiers-on-time'].includes(`${e.onTime} / ${e.handled} hồ sơ`), shown['dossiers-on-time']);
    assert.ok(shown['dossiers-online'].includes(`${e.online} / ${e.handled} hồ sơ`), shown['dossiers-online']);
    assert.ok(shown['dossiers-rated'].includes(`Tỷ lệ phản hồi ${format.percent(e.responseRate)}`), shown['dossiers-rated']);
    assert.ok(shown['dossiers-sample'].includes(`✖ Chưa đủ mẫu: còn thiếu ${missing} hồ sơ`), shown['dossiers-sample']);
    assert.ok(shown['dossiers-satisfied-on-time'].includes(
      `${e.onTimeGroup.satisfied} / ${e.onTimeGroup.n} phiếu hài lòng`), shown['dossiers-satisfied-on-time']);
    // 5 of 7 on time is below the 95 % target.
    assert.match(shown['dossiers-on-time'], /✖ (Không|Chưa) đạt/);
  }
}

describe('dossiers on the dashboard', () => {
  for (const width of [1366, 390]) {
    test(`at ${width} px today and the period show the dossiers posted and rated, in Vietnamese and English`, async () => {
      const { context, page, problems } = await loggedInPage('viewer', width);
      const card = page.locator('#view-today #dossier-figures');
      await assertDossierCard(card, false);
      assert.equal(await card.locator('h2').textContent(), 'Hồ sơ thủ tục hành chính');
      assert.ok(await overflow(page) <= 0, `today is ${await overflow(page)} px wider than the page`);

      await page.getByRole('button', { name: 'English' }).click();
      await page.locator('#view-today #dossier-figures h2', { hasText: 'Administrative dossiers' }).waitFor();
      await assertDossierCard(page.locator('#view-today #dossier-figures'), true);

      await page.getByRole('tab', { name: 'By period' }).click();
      const periodCard = page.locator('#view-period #dossier-figures');
      await periodCard.waitFor();
      await assertDossierCard(periodCard, true);
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      await page.locator('#view-period #dossier-figures h2', { hasText: 'Hồ sơ thủ tục hành chính' }).waitFor();
      await assertDossierCard(page.locator('#view-period #dossier-figures'), false);
      assert.ok(await overflow(page) <= 0, `the period view is ${await overflow(page)} px wider than the page`);

      // A day with no dossier returned says so in words.
      await page.getByRole('tab', { name: 'Hôm nay' }).click();
      await page.getByRole('button', { name: '‹ Ngày trước' }).click();
      await page.locator('#view-today #dossiers-none', { hasText: /^Ngày \d{2}\/\d{2}\/\d{4} không có hồ sơ nào được trả kết quả\.$/ }).waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      await page.locator('#view-today #dossiers-none', { hasText: /^No dossier was returned on \d{2}\/\d{2}\/\d{4}\.$/ }).waitFor();
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      assert.deepEqual(problems, []);
      await context.close();
    });

    test(`at ${width} px a manager finds a dossier's QR code by its code, and an unknown code only says so`, async () => {
      const { context, page, problems } = await loggedInPage('manager', width);
      await page.getByRole('tab', { name: 'Hồ sơ' }).click();
      const input = page.getByLabel('Mã hồ sơ', { exact: true });
      await input.fill('HS-2026-0003');
      await input.press('Enter');
      const result = page.locator('#dossier-qr-result');
      await result.waitFor();
      assert.equal(await page.locator('#dossier-qr-url').textContent(), ratingUrls.get('HS-2026-0003'));
      assert.equal(await page.locator('#dossier-qr-state').textContent(), '● Chưa dùng — người dân có thể đánh giá');
      assert.match(await page.locator('#dossier-qr-expires').textContent(), /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      const qr = result.getByRole('img', { name: 'Mã QR đánh giá hồ sơ HS-2026-0003' });
      await qr.evaluate((img) => img.decode());
      assert.ok(await qr.evaluate((img) => img.naturalWidth > 0), 'the QR code is drawn');
      const svg = await page.evaluate(async (src) => {
        const response = await fetch(src);
        return { type: response.headers.get('Content-Type'), text: await response.text() };
      }, await qr.getAttribute('src'));
      assert.equal(svg.type, 'image/svg+xml');
      assert.match(svg.text, /<svg[\s>]/);
      const png = await page.evaluate(async (href) => {
        const response = await fetch(href);
        return { status: response.status, type: response.headers.get('Content-Type') };
      }, await page.locator('#dossier-qr-png').getAttribute('href'));
      assert.deepEqual(png, { status: 200, type: 'image/png' });
      assert.equal(await page.locator('#dossier-qr-png').textContent(), '⬇ Tải ảnh PNG');
      assert.ok(await overflow(page) <= 0, `the QR view is ${await overflow(page)} px wider than the page`);

      // Printed, only the QR card is on paper, without the staff's note of its state.
      await page.evaluate(() => document.body.classList.add('printing-qr'));
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('#dossier-qr-input').isVisible(), false);
      assert.equal(await page.locator('#dossier-qr-print').isVisible(), false);
      assert.equal(await qr.isVisible(), true);
      assert.equal(await page.locator('#dossier-qr-url').isVisible(), true);
      assert.equal(await page.locator('#dossier-qr-state').isVisible(), false, 'used or not is for staff, not the paper');
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => document.body.classList.remove('printing-qr'));

      // A dossier already rated by its link reads as used.
      await input.fill('HS-2026-0001');
      await input.press('Enter');
      await page.locator('#dossier-qr-state', { hasText: 'Đã dùng' }).waitFor();

      await input.fill('HS-KHONG-CO');
      await input.press('Enter');
      await page.locator('#dossier-qr-error', { hasText: 'Không có hồ sơ mang mã này.' }).waitFor();
      assert.equal(await page.locator('#dossier-qr-result').count(), 0, 'no QR code beside the error');
      assert.equal(await page.locator('#view-dossiers img').count(), 0);

      await page.getByRole('button', { name: 'English' }).click();
      const english = page.getByLabel('Dossier code', { exact: true });
      await english.fill('HS-KHONG-CO');
      await english.press('Enter');
      await page.locator('#dossier-qr-error', { hasText: 'There is no dossier with this code.' }).waitFor();
      await english.fill('HS-2026-0003');
      await english.press('Enter');
      await page.locator('#dossier-qr-state', { hasText: 'Not used — the citizen can rate' }).waitFor();
      assert.equal(await page.locator('#dossier-qr-error').textContent(), '');
      await page.getByRole('img', { name: 'Rating QR code of dossier HS-2026-0003' }).waitFor();
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      // The two unknown codes are the only failed requests.
      assert.deepEqual(problems.filter((problem) => !problem.includes('404')), []);
      await context.close();
    });
  }

  test('a viewer has no dossier tab and the rating-link route refuses them', async () => {
    const { context, page } = await loggedInPage('viewer', 1366);
    assert.equal(await page.locator('#tab-dossiers').isVisible(), false);
    const status = await page.evaluate(async () => (await fetch('/api/v1/dossiers/HS-2026-0003/rating-link')).status);
    assert.equal(status, 403);
    await context.close();
  });

  for (const [width, english] of [[1366, false], [390, true]]) {
    test(`at ${width} px a scanned dossier code goes with the prompt, the kiosk's rating makes it rated${english ? ', in English' : ''}`, async () => {
      const { context, page, problems } = await loggedInPage('manager', width);
      if (english) {
        await page.getByRole('button', { name: 'English' }).click();
        await page.locator('#dossier-figures h2', { hasText: 'Administrative dossiers' }).waitFor();
      }
      const before = expectedFigures();
      assert.equal(await page.locator('#dossiers-rated .stat-value').textContent(), format.count(before.rated));
      const code = english ? 'HS-2026-0007' : 'HS-2026-0004';
      const waiting = counterOne.prompt(20);

      // The scanner types the code and Enter.
      const scanBox = page.locator('#prompt-dossier');
      await scanBox.click();
      const sent = page.waitForRequest((r) => r.url().includes('/prompt') && r.method() === 'POST');
      await scanBox.pressSequentially(code);
      await scanBox.press('Enter');
      assert.equal(JSON.parse((await sent).postData()).dossier, code);
      const confirmation = english ? `Invitation sent to Quầy 1 for dossier ${code}.` : `Đã gửi lời mời tới Quầy 1 cho hồ sơ ${code}.`;
      await page.getByText(confirmation, { exact: true }).waitFor();
      assert.equal(await scanBox.inputValue(), '', 'the box is empty for the next scan');
      assert.ok(await scanBox.evaluate((box) => document.activeElement === box), 'the box keeps the focus');
      const kept = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
      assert.ok(!kept.includes(code), 'the code is kept in the browser');

      // The kiosk at Quầy 1 gets the prompt and the citizen rates: the dossier is rated.
      const prompt = await waiting;
      assert.equal(prompt?.dossier, code);
      await counterOne.rate(english ? 2 : 5, { dossier: prompt.dossier });
      noteRating(code, english ? 2 : 5);
      await page.getByRole('button', { name: english ? '⟳ Reload' : '⟳ Tải lại' }).click();
      await page.locator('#dossiers-rated .stat-value', { hasText: new RegExp(`^${format.count(before.rated + 1)}$`) }).waitFor();
      await assertDossierCard(page.locator('#view-today #dossier-figures'), english);

      // A code longer than a dossier has is refused by the server, worded by the page.
      const refused = page.waitForResponse((r) => r.url().includes('/prompt') && r.request().method() === 'POST');
      await scanBox.fill('9'.repeat(65));
      await scanBox.press('Enter');
      const answer = await refused;
      assert.equal(answer.status(), 400);
      assert.equal((await answer.json()).error, 'text-too-long');
      await page.getByText(english
        ? 'The dossier code is longer than 64 characters. Please check it and scan again.'
        : 'Mã hồ sơ dài quá 64 ký tự. Xin kiểm tra rồi quét lại.').waitFor();
      assert.ok(await overflow(page) <= 0, `today is ${await overflow(page)} px wider than the page`);
      if (english) await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      assert.deepEqual(problems.filter((problem) => !problem.includes('400')), []);
      await context.close();
    });
  }
});
