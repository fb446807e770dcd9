// The staff dashboard of the real hailong-server in Debian's chromium, driven as a person
// would: the login form, tabs, buttons, downloads. The numbers on the page must equal what
// the test sent through the kiosk API, and the exports, opened with LibreOffice and
// pdftotext, must equal the API's.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import * as format from '../../assets/dashboard/format.js';
import { containing } from '../../assets/dashboard/periods.js';
import { launchBrowser, newPage } from './lib/browser.js';
import { appendixRow, asVietnamese, parseCsv, pdfAsText, spreadsheetAsCsv } from './lib/office-readback.js';
import { KIOSKS, startRealServer } from './lib/real-server.js';
import { HOSTILE_COMMENTS, INDICATOR_SCOPES, criterionTally, ratingLinkPath, ratingsBetween, seedRatings, tally } from './lib/seed-ratings.js';

let server;
let sent;
let browser;

before(async () => {
  server = await startRealServer();
  sent = await seedRatings(server);
  browser = await launchBrowser({ spki: server.spki });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function fillLogin(page, user, password) {
  await page.goto(`${server.url}/`);
  await page.getByLabel('Tên đăng nhập').fill(user);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

// Problems after the login only: the page's probe for an existing session answers 401 first.
async function loggedInPage(role = 'manager', options = {}) {
  const opened = await newPage(browser, options);
  const { name, password } = server.users[role];
  await fillLogin(opened.page, name, password);
  await opened.page.locator('.stat-value').first().waitFor();
  opened.problems.length = 0;
  return opened;
}

// An API call from inside the page, with its session cookie and its trust in the server.
async function apiGet(page, route) {
  return page.evaluate(async (target) => {
    const response = await fetch(target, { credentials: 'same-origin' });
    const json = (response.headers.get('Content-Type') || '').includes('application/json');
    return { status: response.status, body: json ? await response.json() : null };
  }, route);
}

async function apiJson(page, route) {
  const { status, body } = await apiGet(page, route);
  assert.equal(status, 200, `${route} answered ${status}`);
  return body;
}

async function tableRows(page, selector) {
  return page.locator(`${selector} tbody tr`).evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent.trim())));
}

// Each indicator of an API answer against the tally of the ratings the test sent in its dates.
function assertIndicatorsMatchSent(indicators, from, to) {
  const inPeriod = ratingsBetween(sent, from, to);
  for (const indicator of indicators) {
    const expected = tally(inPeriod.filter(INDICATOR_SCOPES[indicator.id]));
    assert.equal(indicator.n, expected.n, `${indicator.id}: n`);
    assert.equal(indicator.satisfied, expected.satisfied, `${indicator.id}: satisfied`);
    assert.equal(format.decimal(indicator.rate), format.decimal(expected.rate), `${indicator.id}: rate`);
  }
}

async function openPeriodTab(page) {
  await page.getByRole('tab', { name: 'Theo kỳ' }).click();
  await page.locator('#period-title').waitFor();
}

// The calendar half-year that holds today in the centre.
function currentCalendarHalf() {
  const [year, month] = format.centreToday().split('-').map(Number);
  return { year, index: month <= 6 ? 1 : 2 };
}

describe('staff dashboard on the real server', () => {
  test('a wrong password is refused with a clear message and no dashboard', async () => {
    const { context, page } = await newPage(browser);
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/session') && r.request().method() === 'POST');
    await fillLogin(page, server.users.manager.name, 'sai-mat-khau-roi');
    assert.equal((await answer).status(), 401);
    await page.getByText('Sai tên đăng nhập hoặc mật khẩu.').waitFor();
    assert.equal(await page.locator('#app').isVisible(), false);
    assert.equal(await page.locator('#login').isVisible(), true);
    await context.close();
  });

  test('the right password logs in and today shows the count and rate of the ratings sent', async () => {
    const { context, page, problems } = await loggedInPage('manager');
    assert.equal(await page.locator('#whoami').textContent(), `${server.users.manager.name} · quản lý`);
    const date = format.parseDate(await page.locator('#today-date').inputValue());
    const today = sent.filter((rating) => rating.date === date);
    const expected = tally(today);
    assert.ok(expected.n > 0, `no rating was sent for ${date}`);

    const stats = await page.locator('.stat-value').allTextContents();
    assert.equal(stats[0], format.count(expected.n));
    assert.equal(stats[1], format.percent(expected.rate));
    await page.getByText(`${format.count(expected.satisfied)} / ${format.count(expected.n)}`).waitFor();

    const daily = await apiJson(page, `/api/v1/daily?date=${date}`);
    assertIndicatorsMatchSent(daily.indicators, date, date);
    const rows = await tableRows(page, '#view-today table.appendix');
    assert.equal(rows.length, daily.indicators.length);
    let number = 0;
    daily.indicators.forEach((indicator, i) => {
      const [stt, name, target, result, n, interval, status] = rows[i];
      assert.equal(stt, indicator.parent ? '' : String(++number));
      assert.equal(name, indicator.parent ? `Trong đó: ${indicator.name}` : indicator.name);
      assert.equal(target, format.decimal(indicator.target));
      assert.equal(result, format.decimal(indicator.rate));
      assert.equal(n, format.count(indicator.n));
      assert.equal(interval, format.interval(indicator.ci_low, indicator.ci_high));
      if (indicator.n >= daily.min_ratings) assert.match(status, indicator.status === 'met' ? /^✔ Đạt/ : /^✖ Không đạt/);
    });
    for (const kiosk of KIOSKS) {
      await page.locator('#view-today td', { hasText: new RegExp(`^${kiosk.id}$`) }).waitFor();
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a reload keeps the staff member logged in', async () => {
    const { context, page } = await loggedInPage('viewer');
    await page.reload();
    await page.locator('.stat-value').first().waitFor();
    assert.equal(await page.locator('#login').isVisible(), false);
    assert.equal(await page.locator('#whoami').textContent(), `${server.users.viewer.name} · xem`);
    await context.close();
  });

  test('only an admin sees the administration tab', async () => {
    for (const role of ['viewer', 'manager']) {
      const { context, page } = await loggedInPage(role);
      assert.equal(await page.getByRole('tab', { name: 'Quản trị' }).isVisible(), false, `${role} sees "Quản trị"`);
      await context.close();
    }
    const { context, page, problems } = await loggedInPage('admin');
    assert.equal(await page.getByRole('tab', { name: 'Quản trị' }).isVisible(), true);
    // The admin names the reports' signer; the next report prints it.
    await page.getByRole('tab', { name: 'Quản trị' }).click();
    await page.getByLabel('Họ tên người ký').fill('Nguyễn Thị Hoa');
    await page.locator('#report-issuer').getByRole('button', { name: 'Lưu' }).click();
    await page.locator('#view-admin [role=status]', { hasText: 'Đã lưu.' }).waitFor();
    assert.equal((await apiJson(page, '/api/v1/settings/report')).signer_name, 'Nguyễn Thị Hoa');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('comments with <script> and <img onerror> show as text and never run', async () => {
    const { context, page } = await loggedInPage('viewer');
    const date = format.parseDate(await page.locator('#today-date').inputValue());
    const shown = await page.locator('.comment-text').allTextContents();
    for (const comment of sent.filter((rating) => rating.comment && rating.date === date)) {
      assert.ok(shown.includes(comment.comment), `not shown as text: ${comment.comment}`);
    }
    assert.ok(HOSTILE_COMMENTS.every((comment) => shown.includes(comment)), 'both hostile comments are listed');
    assert.equal(await page.locator('#view-today .comments script, #view-today .comments img').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await context.close();
  });

  test('the period view shows the quarter, then the half-year and rule chosen, as the API reports', async () => {
    const { context, page, problems } = await loggedInPage('viewer');
    await openPeriodTab(page);
    const quarterName = /\((\d{4}-Q[1-4])\)/.exec(await page.locator('#period-title').textContent())[1];
    const quarter = await apiJson(page, `/api/v1/indicators?period=${quarterName}&rule=nd09`);
    assertIndicatorsMatchSent(quarter.indicators, quarter.period.from, quarter.period.to);
    const quarterRows = await tableRows(page, '#view-period table.appendix');
    // The quarter is still running: figures up to today, and below target is "not yet met".
    assert.equal(quarter.period.complete, false);
    assert.equal(await page.locator('#period-data-until').textContent(),
      `Số liệu tính đến ngày ${format.date(quarter.period.data_until)}`);
    quarter.indicators.forEach((indicator, i) => {
      assert.equal(quarterRows[i][2], indicator.lead);
      assert.equal(quarterRows[i][3], indicator.partner);
      assert.equal(quarterRows[i][5], format.decimal(indicator.rate));
      assert.equal(quarterRows[i][6], format.count(indicator.n));
      const verdict = !indicator.n ? /^Chưa có phiếu$/ : indicator.status === 'met' ? /^✔ Đạt/ : /^✖ Chưa đạt/;
      assert.match(quarterRows[i][8], verdict, `${indicator.id}: verdict`);
    });
    // The report's comparisons and breakdowns, as the JSON report has them.
    const figures = await apiJson(page, `/api/v1/report/figures?period=${quarterName}&rule=nd09`);
    const compared = await tableRows(page, '#period-figures table.comparisons');
    assert.equal(compared.length, figures.indicators.length);
    figures.indicators.forEach((indicator, i) => {
      assert.equal(compared[i][1], format.decimal(indicator.rate), `${indicator.id}: this period`);
      const before = indicator.previous;
      assert.equal(compared[i][2], before.n ? `${format.decimal(before.rate)} (${format.count(before.n)})` : '—');
    });
    const units = await tableRows(page, '#period-figures table.by-unit');
    assert.equal(units.length, figures.by_unit.length);
    const inQuarter = ratingsBetween(sent, quarter.period.from, quarter.period.to);
    assert.equal(figures.by_unit.reduce((sum, unit) => sum + unit.n, 0), tally(inQuarter).n);
    // Cut, not rounded: 1,899 of 1,999 is 94.997 % and reads 94,9.
    assert.equal(format.decimal(1899 / 1999 * 100), '94,9');
    assert.equal(format.decimal(19 / 20 * 100), '95,0');

    const half = currentCalendarHalf();
    // A new kind offers the period of that kind holding today and, like the other controls,
    // waits for "Xem".
    const nd09Half = containing('half', format.centreToday(), 'nd09');
    await page.locator('#period-kind').selectOption('half');
    assert.equal(await page.locator('#period-index').inputValue(), String(nd09Half.index));
    assert.equal(await page.locator('#period-year').inputValue(), String(nd09Half.year));
    assert.match(await page.locator('#period-title').textContent(), /^Quý /);
    await page.locator('#period-year').fill(String(half.year));
    await page.locator('#period-index').selectOption(String(half.index));
    await page.locator('#period-rule').selectOption('calendar');
    await page.getByRole('button', { name: 'Xem' }).click();
    const title = half.index === 1 ? `6 tháng đầu năm ${half.year}` : `6 tháng cuối năm ${half.year}`;
    await page.locator('#period-title', { hasText: `${title} (${half.year}-H${half.index})` }).waitFor();

    const api = await apiJson(page, `/api/v1/indicators?period=${half.year}-H${half.index}&rule=calendar`);
    assert.equal(api.period.from, half.index === 1 ? `${half.year}-01-01` : `${half.year}-07-01`);
    assertIndicatorsMatchSent(api.indicators, api.period.from, api.period.to);
    const heading = await page.locator('.period-heading p').first().textContent();
    assert.ok(heading.includes(`từ ${format.date(api.period.from)} đến ${format.date(api.period.to)}`), heading);
    assert.ok(heading.includes('Theo lịch'), heading);
    const rows = await tableRows(page, '#view-period table.appendix');
    assert.equal(rows.length, api.indicators.length);
    api.indicators.forEach((indicator, i) => {
      assert.equal(rows[i][5], format.decimal(indicator.rate));
      assert.equal(rows[i][6], format.count(indicator.n));
    });
    const counts = (from, to) => tally(ratingsBetween(sent, from, to)).n;
    if (counts(api.period.from, api.period.to) !== counts(quarter.period.from, quarter.period.to)) {
      assert.notDeepEqual(rows, quarterRows, 'the table changed with the period');
    }
    await page.locator('#trend .trend-panel').first().waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a manager downloads CSV, XLSX and PDF whose figures, read by LibreOffice and pdftotext, equal the API', async () => {
    const { context, page } = await loggedInPage('manager');
    await openPeriodTab(page);
    const link = new URL(await page.locator('#export-csv').getAttribute('href'), server.url);
    const period = link.searchParams.get('period');
    const rule = link.searchParams.get('rule');
    const api = await apiJson(page, `/api/v1/indicators?period=${period}&rule=${rule}`);
    assert.ok(api.indicators.some((indicator) => indicator.n > 0), 'the period holds the ratings sent');
    const folder = await mkdtemp(path.join(tmpdir(), 'hailong-downloads-'));

    const dates = `từ ${format.date(api.period.from)} đến ${format.date(api.period.to)}`;
    const files = {};
    for (const kind of ['csv', 'xlsx', 'pdf']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#export-${kind}`).click()]);
      assert.equal(download.suggestedFilename(), `hai-long-${period}-${rule}.${kind}`);
      files[kind] = path.join(folder, download.suggestedFilename());
      await download.saveAs(files[kind]);
    }

    for (const kind of ['csv', 'xlsx']) {
      const text = await spreadsheetAsCsv(files[kind]);
      const rows = parseCsv(text);
      assert.ok(text.includes('Kết quả thực hiện (%)'), `${kind}: no appendix header in\n${text}`);
      assert.ok(text.includes(dates), `${kind}: "${dates}" not in\n${text}`);
      api.indicators.forEach((indicator) => {
        const row = appendixRow(rows, indicator);
        assert.ok(row, `${kind}: no row for ${indicator.id} in\n${text}`);
        assert.equal(row[2], indicator.lead, `${kind} ${indicator.id}: lead`);
        assert.equal(row[5].trim() ? asVietnamese(row[5]) : '—', format.decimal(indicator.rate), `${kind} ${indicator.id}: rate`);
        assert.equal(Number(row[6].replace(/[.,\s]/g, '')), indicator.n, `${kind} ${indicator.id}: n`);
        assert.equal(Number(row[7].replace(/[.,\s]/g, '')), indicator.satisfied, `${kind} ${indicator.id}: satisfied`);
      });
    }

    const text = await pdfAsText(files.pdf);
    assert.ok(text.includes(dates), `pdf: "${dates}" not in\n${text}`);
    let from = 0;
    for (const indicator of api.indicators.filter((i) => i.n > 0)) {
      const interval = format.interval(indicator.ci_low, indicator.ci_high);
      const at = text.indexOf(interval, from);
      assert.ok(at >= 0, `pdf: ${interval} (${indicator.id}) not in\n${text}`);
      const line = text.slice(text.lastIndexOf('\n', at) + 1, text.indexOf('\n', at));
      assert.ok(line.includes(format.decimal(indicator.rate)), `pdf ${indicator.id}: rate not in "${line}"`);
      assert.ok(line.includes(format.count(indicator.n)), `pdf ${indicator.id}: n not in "${line}"`);
      from = at + interval.length;
    }
    await context.close();
  });

  test('a viewer sees no export buttons and the report route refuses them', async () => {
    const { context, page } = await loggedInPage('viewer');
    await openPeriodTab(page);
    await page.locator('#view-period table.appendix').waitFor();
    assert.equal(await page.locator('#view-period .exports, [id^="export-"]').count(), 0);
    const quarterName = /\((\d{4}-Q[1-4])\)/.exec(await page.locator('#period-title').textContent())[1];
    const { status } = await apiGet(page, `/api/v1/report?period=${quarterName}&rule=nd09&format=csv`);
    assert.equal(status, 403);
    await context.close();
  });

  test('a manager closes the period\'s figures with a button, a viewer has none, an admin reopens', async () => {
    const viewer = await loggedInPage('viewer');
    await openPeriodTab(viewer.page);
    await viewer.page.locator('#view-period table.appendix').waitFor();
    assert.equal(await viewer.page.locator('#period-close, #period-reopen').count(), 0);
    await viewer.context.close();

    const manager = await loggedInPage('manager');
    await openPeriodTab(manager.page);
    manager.page.once('dialog', (dialog) => dialog.accept());
    await manager.page.getByRole('button', { name: 'Chốt số liệu' }).click();
    const closedLine = await manager.page.locator('#period-closed').textContent();
    assert.match(closedLine, new RegExp(`^Số liệu đã chốt lúc \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}, người chốt: ${server.users.manager.name}\\.$`));
    assert.equal(await manager.page.locator('#period-late').textContent(), 'Chưa có phiếu nào thuộc kỳ đến sau khi chốt.');
    assert.equal(await manager.page.locator('#period-reopen').count(), 0);
    assert.deepEqual(manager.problems, []);
    await manager.context.close();

    const admin = await loggedInPage('admin');
    await openPeriodTab(admin.page);
    await admin.page.getByRole('button', { name: 'English' }).click();
    await admin.page.locator('#period-closed', { hasText: 'Figures closed at' }).waitFor();
    // The English page downloads the English report.
    assert.match(await admin.page.locator('#export-pdf').getAttribute('href'), /[?&]lang=en(&|$)/);
    admin.page.once('dialog', (dialog) => dialog.accept());
    await admin.page.getByRole('button', { name: 'Reopen the period' }).click();
    await admin.page.getByRole('button', { name: 'Close the figures' }).waitFor();
    assert.equal(await admin.page.locator('#period-closed').count(), 0);
    await admin.page.getByRole('button', { name: 'Tiếng Việt' }).click();
    assert.deepEqual(admin.problems, []);
    await admin.context.close();
  });

  test('the English switch translates the page and Vietnamese comes back', async () => {
    const { context, page } = await loggedInPage('viewer');
    const count = await page.locator('.stat-value').first().textContent();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Today' }).waitFor();
    await page.getByText('Ratings today').waitFor();
    assert.equal(await page.locator('.stat-value').first().textContent(), count);
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('tab', { name: 'Hôm nay' }).waitFor();
    await page.getByText('Số phiếu hôm nay').waitFor();
    await context.close();
  });

  test('on a 390 px phone neither view needs sideways scrolling and today leads with its figures', async () => {
    const { context, page } = await loggedInPage('manager', { width: 390, height: 844, mobile: true });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(await overflow() <= 0, `today is ${await overflow()} px wider than the phone`);
    // The breakdowns and kiosks are folded under their headings, one tap away.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height < 4000, `today is ${height} px tall on a phone`);
    await page.locator('#today-kiosks summary').click();
    await page.locator('#view-today td', { hasText: /^k-01$/ }).waitFor();
    await openPeriodTab(page);
    await page.locator('#view-period table.appendix').waitFor();
    const rule = await page.locator('#period-rule').boundingBox();
    assert.ok(rule.x + rule.width <= 390, `the rule box ends at ${rule.x + rule.width} px`);
    // The health survey's criteria, each rated as the test counts what it sent this quarter.
    const quarterName = /\((\d{4}-Q[1-4])\)/.exec(await page.locator('#period-title').textContent())[1];
    const figures = await apiJson(page, `/api/v1/report/figures?period=${quarterName}&rule=nd09`);
    const expected = criterionTally(ratingsBetween(sent, figures.period.from, figures.period.to));
    const health = page.locator('#period-figures .criteria-survey[data-survey="y-te"]');
    await health.locator('h4', { hasText: 'Ông/Bà đánh giá thế nào về lần khám' }).waitFor();
    const rows = await tableRows(page, '#period-figures .criteria-survey[data-survey="y-te"] table.criteria');
    assert.deepEqual(rows.map((row) => row[0]), ['Khả năng tiếp cận', 'Kết quả cung cấp dịch vụ']);
    for (const [i, code] of ['tiep-can', 'ket-qua'].entries()) {
      const { n, satisfied } = expected.get(`y-te/${code}`);
      assert.deepEqual(rows[i].slice(1), [format.count(n), format.count(satisfied), format.percent(satisfied * 100 / n)], code);
    }
    const table = await health.locator('table').boundingBox();
    assert.ok(table.x + table.width <= 390, `the criteria table ends at ${table.x + table.width} px`);
    assert.ok(await overflow() <= 0, `the period view is ${await overflow()} px wider than the phone`);
    await context.close();
  });

  test('an admin undoes mistakes in the page, in words of the page\'s language, and a user changes their own password', async () => {
    const { context, page, problems } = await loggedInPage('admin');
    await page.getByRole('tab', { name: 'Quản trị' }).click();
    const own = page.locator('#view-admin tr', { hasText: server.users.admin.name }).first();
    await own.waitFor();
    assert.equal(await own.getByRole('button', { name: 'Khóa' }).count(), 0, '"Khóa" on the admin\'s own account');

    // A name taken: the server's reason, worded by the page.
    const addUser = page.locator('#add-user');
    await addUser.getByLabel('Tên đăng nhập').fill(server.users.viewer.name);
    await addUser.getByLabel(/^Mật khẩu/).fill('mười ký tự trở lên');
    await addUser.getByRole('button', { name: 'Thêm' }).click();
    await page.getByText('Tên đăng nhập này đã có.').waitFor();
    assert.doesNotMatch(await page.locator('#view-admin').innerText(), /already exists/);

    await addUser.getByLabel('Tên đăng nhập').fill('thu');
    await addUser.getByLabel(/^Mật khẩu/).fill('mật khẩu của thu');
    await addUser.getByRole('button', { name: 'Thêm' }).click();
    const thu = page.locator('#view-admin tr', { hasText: /^thu/ });
    page.once('dialog', (dialog) => dialog.accept());
    await thu.getByRole('button', { name: 'Khóa' }).click();
    await thu.getByText('đã khóa').waitFor();
    await thu.getByRole('button', { name: 'Mở khóa' }).click();
    await thu.getByText('đang dùng').waitFor();
    page.once('dialog', (dialog) => dialog.accept('mật khẩu đặt lại'));
    await thu.getByRole('button', { name: 'Đặt mật khẩu' }).click();
    await page.getByText('Đã đặt mật khẩu mới cho thu; các phiên đăng nhập của người này đã kết thúc.').waitFor();

    const unitRow = (id) => page.locator('#view-admin tr', { hasText: new RegExp(`^${id}`) });
    const addUnit = page.locator('#add-unit');
    await addUnit.getByLabel('Mã đơn vị').fill('nham');
    await addUnit.getByLabel('Tên đơn vị').fill('Đơn vị nhầm');
    await addUnit.getByRole('button', { name: 'Thêm' }).click();
    page.once('dialog', (dialog) => dialog.accept('Bộ phận Tư pháp'));
    await unitRow('nham').getByRole('button', { name: 'Đổi tên' }).click();
    await unitRow('nham').getByText('Bộ phận Tư pháp').waitFor();
    page.once('dialog', (dialog) => dialog.accept());
    await unitRow('ubnd').getByRole('button', { name: 'Xóa' }).click();
    await page.getByText('Đơn vị đã có máy hoặc phiếu đánh giá nên không xóa được.').waitFor();
    page.once('dialog', (dialog) => dialog.accept());
    await unitRow('nham').getByRole('button', { name: 'Xóa' }).click();
    await unitRow('nham').waitFor({ state: 'detached' });
    const audit = await page.locator('#view-admin section').last().innerText();
    for (const words of ['Mở khóa người dùng', 'Đặt lại mật khẩu', 'Đổi tên đơn vị', 'Xóa đơn vị', 'dòng lệnh trên máy chủ']) {
      assert.ok(audit.includes(words), `"${words}" not in the audit log`);
    }
    assert.doesNotMatch(audit, /\binit\b|\/tmp\//, 'a raw action or a server path in the audit log');
    // The two refusals above are the only failed requests.
    assert.deepEqual(problems.filter((problem) => !problem.includes('409 (Conflict)')), []);
    await context.close();

    // thu changes their own password in English: a wrong current one is refused in English.
    const user = await newPage(browser);
    await fillLogin(user.page, 'thu', 'mật khẩu đặt lại');
    await user.page.locator('.stat-value').first().waitFor();
    await user.page.getByRole('button', { name: 'English' }).click();
    await user.page.getByRole('button', { name: 'Change password' }).click();
    await user.page.getByLabel('Current password').fill('not the password');
    await user.page.getByLabel('New password (10 characters or more)').fill('thu đổi lần nữa');
    await user.page.getByLabel('New password again').fill('thu đổi lần nữa');
    await user.page.getByRole('button', { name: 'Save the new password' }).click();
    await user.page.getByText('The current password is wrong.').waitFor();
    await user.page.getByLabel('Current password').fill('mật khẩu đặt lại');
    await user.page.getByRole('button', { name: 'Save the new password' }).click();
    await user.page.getByText('Password changed.').waitFor();
    await user.page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await user.context.close();
    const again = await newPage(browser);
    await fillLogin(again.page, 'thu', 'thu đổi lần nữa');
    await again.page.locator('.stat-value').first().waitFor();
    await again.context.close();
  });

  test('an admin enrols a kiosk: it joins the table and the audit log at once, the form empties, and a host name is warned about with the certificate\'s addresses offered', async () => {
    const { context, page, problems } = await loggedInPage('admin');
    await page.getByRole('tab', { name: 'Quản trị' }).click();
    const form = page.locator('#add-kiosk');
    await form.getByLabel('Mã máy').fill('k-moi');
    await form.getByLabel('Quầy').fill('Quầy 9');
    await form.getByRole('button', { name: 'Thêm' }).click();
    await page.locator('#view-admin td', { hasText: /^k-moi$/ }).first().waitFor();
    assert.equal(await page.locator('#add-kiosk-id').inputValue(), '');
    assert.equal(await page.locator('#add-kiosk-counter').inputValue(), '');
    const audit = page.locator('#view-admin tr', { hasText: 'Thêm máy' }).filter({ hasText: 'k-moi' });
    await audit.waitFor();
    const command = await page.locator('.enrolment > code.enrol-command').textContent();
    const host = new URL(/--server (\S+)/.exec(command)[1]).hostname;
    assert.ok(!/^\d/.test(host), `the printed line names ${host}`);
    await page.locator('.enrol-warning', { hasText: `tên máy chủ “${host}”` }).waitFor();
    const offered = await page.locator('.enrol-warning code').allTextContents();
    assert.deepEqual(offered, [command.replace(`//${host}:`, '//192.0.2.10:')]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const width of [1366, 390]) {
    test(`at ${width} px a viewer's day says when too few ratings are in to judge, in either language, and prints no "null"`, async () => {
      const { context, page, problems } = await loggedInPage('viewer', { width, height: 844, mobile: width < 500 });
      const daily = await apiJson(page, `/api/v1/daily?date=${format.centreToday()}`);
      assert.equal(daily.min_ratings, 30);
      assert.doesNotMatch(await page.locator('#view-today').innerText(), /\bnull\b/);
      const rows = await tableRows(page, '#view-today table.appendix');
      daily.indicators.forEach((indicator, i) => {
        const verdict = rows[i][rows[i].length - 1];
        if (indicator.n === 0) assert.match(verdict, /Chưa có phiếu$/);
        else if (indicator.n < 30) assert.match(verdict, new RegExp(`Chưa đủ phiếu để đánh giá \\(${indicator.n}/30\\)$`));
        else assert.match(verdict, /(Đạt|Không đạt) · /);
      });
      assert.equal(await page.locator('.stat-label').nth(1).textContent(), 'Hài lòng chung, mọi đơn vị');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByText('Satisfied, all units together').waitFor();
      const few = daily.indicators.find((indicator) => indicator.n > 0 && indicator.n < 30);
      await page.locator('#view-today .badge', { hasText: `Too few ratings to judge (${few.n}/30)` }).waitFor();
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('a manager invites a citizen at a counter, picking the field from a list by name', async () => {
    const { context, page, problems } = await loggedInPage('manager');
    const { fields } = await apiJson(page, '/api/v1/fields');
    const field = fields.find((f) => f.code === 'ho-tich');
    const list = page.locator('#view-today select[name="field"]');
    assert.equal(await list.evaluate((select) => select.tagName), 'SELECT');
    await list.selectOption({ label: field.name });
    const sent = page.waitForRequest((r) => r.url().includes('/prompt') && r.method() === 'POST');
    await page.getByRole('button', { name: 'Gửi lời mời' }).click();
    assert.equal(JSON.parse((await sent).postData()).field, 'ho-tich');
    await page.getByText(/^Đã gửi lời mời tới Quầy 1\.$/).waitFor();
    assert.equal(await list.inputValue(), '', 'the form starts afresh');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the date reads dd/mm/yyyy in either language and steps a day back and forth', async () => {
    const { context, page, problems } = await loggedInPage('viewer');
    const today = format.centreToday();
    const yesterday = format.addDays(today, -1);
    const dateBox = page.locator('#today-date');
    assert.equal(await dateBox.inputValue(), format.date(today));
    assert.equal(await page.locator('input[type="date"]').count(), 0, 'a date box that follows the browser locale');
    assert.equal(await page.locator('#today-next').isDisabled(), true, 'no day after today to show');

    await page.getByRole('button', { name: '‹ Ngày trước' }).click();
    await page.locator(`#today-date[value="${format.date(yesterday)}"]`).waitFor();
    await page.getByText(`Số phiếu ngày ${format.date(yesterday)}`).waitFor();
    await page.locator('.stat-value').first().filter({ hasText: new RegExp(`^${format.count(tally(ratingsBetween(sent, yesterday, yesterday)).n)}$`) }).waitFor();
    await page.getByRole('button', { name: 'Ngày sau ›' }).click();
    await page.locator(`#today-date[value="${format.date(today)}"]`).waitFor();

    await dateBox.fill('31/02/2026');
    await dateBox.press('Enter');
    assert.equal(await dateBox.evaluate((input) => input.validity.valid), false, '31/02 is not a day');
    await dateBox.fill(format.date(yesterday));
    await dateBox.press('Enter');
    await page.locator(`#today-date[value="${format.date(yesterday)}"]`).waitFor();
    assert.equal(await page.locator('.stat-value').first().textContent(), format.count(tally(ratingsBetween(sent, yesterday, yesterday)).n));

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText(`Ratings on ${format.date(yesterday)}`).waitFor();
    assert.equal(await page.locator('#today-date').inputValue(), format.date(yesterday));
    await page.getByRole('tab', { name: 'By period' }).click();
    await page.locator('#period-kind').selectOption('range');
    await page.locator('#period-from').waitFor();
    assert.match(await page.locator('#period-from').inputValue(), /^\d{2}\/\d{2}\/\d{4}$/);
    assert.equal(await page.locator('input[type="date"]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a slow answer to an earlier period choice never replaces the newer one', async () => {
    const { context, page } = await loggedInPage('viewer');
    await openPeriodTab(page);
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    let arrived;
    const heldRequest = new Promise((resolve) => { arrived = resolve; });
    await page.route(/\/api\/v1\/indicators\?period=\d{4}-H[12]/, async (route) => {
      arrived(route.request());
      await held;
      await route.continue();
    });
    await page.locator('#period-kind').selectOption('half');
    await page.getByRole('button', { name: 'Xem' }).click();
    const stale = await heldRequest;
    await page.locator('#period-kind').selectOption('year');
    await page.getByRole('button', { name: 'Xem' }).click();
    await page.locator('#period-title', { hasText: 'Năm' }).waitFor();
    const finished = page.waitForEvent('requestfinished', (request) => request === stale);
    release();
    await finished;
    // Let the page handle the late answer (two frames) before looking again.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    assert.match(await page.locator('#period-title').textContent(), /^Năm \d{4} \(\d{4}\)$/);
    await context.close();
  });

  test('an alert about today shows no midnight time, and percentages never break before "%"', async () => {
    const { context, page } = await loggedInPage('viewer');
    const alert = page.locator('.alert', { hasText: 'thấp hơn chỉ tiêu' });
    await alert.waitFor();
    assert.doesNotMatch(await alert.textContent(), /00:00/);
    assert.equal(await alert.locator('.alert-time').textContent(), '');
    assert.match(await alert.textContent(), /\d\u00a0%/);
    assert.match(await page.locator('.stat-value').nth(1).textContent(), /^\d+,\d\u00a0%$/);
    assert.equal(format.percent(90.9), '90,9\u00a0%');
    await context.close();
  });

  test('in English the indicators, alerts and comments are named in English, fields by name', async () => {
    const { context, page } = await loggedInPage('viewer');
    const date = format.centreToday();
    const daily = await apiJson(page, `/api/v1/daily?date=${date}`);
    const { alerts } = await apiJson(page, '/api/v1/alerts');
    const indicatorAlert = alerts.find((a) => a.kind === 'indicator-below-target');
    assert.ok(indicatorAlert?.name_en, 'the indicator alert carries name_en');
    assert.ok(daily.indicators.every((i) => i.name_en && i.name_en !== i.name), 'every indicator has an English name');

    const comment = sent.find((r) => r.date === date && r.comment && r.field === 'ho-tich');
    const field = daily.by_field.find((f) => f.field === 'ho-tich');
    const item = page.locator('.comment', { hasText: comment.comment });
    assert.ok((await item.textContent()).includes(`Lĩnh vực: ${field.name}`));
    assert.equal(await page.locator('.comment-meta', { hasText: /ho-tich/ }).count(), 0, 'a field code shown');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Ratings today').waitFor();
    const rows = await tableRows(page, '#view-today table.appendix');
    daily.indicators.forEach((indicator, i) => assert.equal(rows[i][1], indicator.name_en));
    await page.locator('.alert', { hasText: indicatorAlert.name_en }).waitFor();
    assert.ok((await item.textContent()).includes(`Field: ${field.name_en}`));
    await context.close();
  });

  test('the served trend chart names each indicator in its own panel and titles every point with its value', async () => {
    const { context, page } = await loggedInPage('viewer');
    const chart = await page.evaluate(async () => (await fetch('/api/v1/charts/trend.svg?step=week')).text());
    const trend = await apiJson(page, '/api/v1/trend?step=week');
    const drawn = trend.series.filter((series) => series.points.some((point) => point.n > 0));
    assert.ok(drawn.length > 1);

    const texts = [...chart.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map(([, content]) => content);
    // A long name runs on over two lines of text.
    const running = texts.join(' ');
    for (const series of drawn) assert.ok(running.includes(series.name), `no panel named ${series.name}`);
    assert.ok(texts.includes('Số phiếu đánh giá nhận được (mọi đơn vị)'));
    assert.equal(texts.filter((text) => text === 'Chỉ tiêu').length, drawn.length, 'a labelled target per panel');

    const titles = [...chart.matchAll(/<circle [^>]*><title>([^<]*)<\/title>/g)].map(([, title]) => title);
    const points = drawn.flatMap((series) => series.points.filter((point) => point.n > 0));
    assert.deepEqual(titles, points.map((point) =>
      `${point.label}: ${format.percent(point.rate).replace("\u00a0", " ")} · ${format.count(point.satisfied)}/${format.count(point.n)} phiếu hài lòng`));
    const rings = (chart.match(/<circle [^>]*fill="#ffffff"/g) || []).length;
    assert.equal(rings, points.filter((point) => point.n < 30).length, 'hollow markers for n < 30');
    const bars = [...chart.matchAll(/<rect [^>]*><title>([^<]*)<\/title>/g)].map(([, title]) => title);
    assert.deepEqual(bars, trend.ratings.map((step) => `${step.label}: ${format.count(step.n)} phiếu`));
    await context.close();
  });

  test('both pages have an icon, and the public page shows figures but no comments or staff', async () => {
    const { context, page, problems } = await loggedInPage('viewer');
    for (const route of ['/', '/public']) {
      await page.goto(`${server.url}${route}`);
      const href = await page.locator('link[rel="icon"]').getAttribute('href');
      const icon = await page.evaluate(async (target) => {
        const response = await fetch(target);
        return { status: response.status, type: response.headers.get('Content-Type') };
      }, href);
      assert.deepEqual(icon, { status: 200, type: 'image/svg+xml' }, `${route}: icon ${href}`);
    }
    const publicPage = await newPage(browser, { width: 390, height: 844, mobile: true });
    await publicPage.page.goto(`${server.url}/public`);
    await publicPage.page.locator('#public-table table.appendix').waitFor();
    const text = await publicPage.page.locator('body').textContent();
    const shown = await publicPage.page.evaluate(async () => (await fetch('/public/indicators')).json());
    const today = format.centreToday();
    if (shown.period.to > today) {
      assert.equal(await publicPage.page.locator('#public-so-far').textContent(),
        `Kỳ này chưa kết thúc: số liệu tính đến ngày ${format.date(today)}.`, 'a running period reads as final');
    }
    for (const rating of sent.filter((r) => r.comment)) assert.ok(!text.includes(rating.comment), 'a comment on the public page');
    for (const staff of new Set(sent.map((r) => r.staff).filter(Boolean))) assert.ok(!text.includes(staff), `${staff} on the public page`);
    assert.ok(await publicPage.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
    assert.equal(await publicPage.page.locator('#public-commune').textContent(), 'UBND xã Hài Lòng');
    assert.deepEqual([...problems, ...publicPage.problems], []);
    await publicPage.context.close();
    await context.close();
  });
});

describe('rating by phone through a dossier\'s link', () => {
  test('at 360 px a citizen chooses a face, ticks a reason and sends once; the link then says it was used', async () => {
    const link = await ratingLinkPath(server, 'HS-PHONE-1');
    const { context, page, problems } = await newPage(browser, { width: 360, height: 740, mobile: true });
    const opened = await page.goto(`${server.url}${link}`);
    assert.equal(opened.status(), 200);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(await overflow() <= 0, `the page is ${await overflow()} px wider than the phone`);

    // Sending before choosing asks for a level, once however often it is pressed.
    const send = page.getByRole('button', { name: 'Gửi đánh giá' });
    await send.click();
    await send.click();
    assert.equal(await page.getByText('Xin chọn một mức độ hài lòng.').count(), 1);

    await page.getByRole('radio', { name: 'Không hài lòng', exact: true }).click();
    assert.equal(await page.getByRole('radio', { name: 'Không hài lòng', exact: true }).getAttribute('aria-checked'), 'true');
    assert.equal(await page.getByText('Xin chọn một mức độ hài lòng.').count(), 0);
    await page.getByLabel('Chờ lâu').check();
    await page.getByLabel('Góp ý thêm (không bắt buộc)').fill('Chờ lâu ở bước thẩm định.');
    assert.ok(await overflow() <= 0, `with the reasons the page is ${await overflow()} px wider than the phone`);
    await send.click();
    await page.getByText('Cảm ơn Ông/Bà đã đánh giá. Ý kiến đã được ghi nhận.').waitFor();
    assert.deepEqual(problems, []);

    const again = await page.reload();
    assert.equal(again.status(), 409);
    await page.getByText('Liên kết này đã được dùng để đánh giá. Mỗi hồ sơ chỉ được đánh giá một lần.').waitFor();
    assert.equal(await page.getByRole('radio').count(), 0);
    // The only complaint is the browser's own note of the 409 answer.
    assert.ok(problems.every((problem) => problem.includes('409')), problems.join('\n'));
    await context.close();
  });

  // Last: once a code is registered, the others the seeded ratings carry leave by_staff.
  test('an admin adds a staff member on the admin page; a manager then sees the name in today\'s by-staff list, a viewer the code only', async () => {
    const { context, page, problems } = await loggedInPage('admin');
    await page.getByRole('tab', { name: 'Quản trị' }).click();
    const form = page.locator('#add-staff');
    await form.getByLabel('Mã cán bộ').fill('cb-01');
    await form.getByLabel('Họ và tên').fill('Nguyễn Thị Hoa');
    await form.getByLabel('Đơn vị').selectOption('ubnd');
    await form.getByLabel('Quầy (không bắt buộc)').fill('Quầy 1');
    await form.getByRole('button', { name: 'Thêm' }).click();
    const row = page.locator('#admin-staff tr', { hasText: 'Nguyễn Thị Hoa' });
    await row.waitFor();
    assert.deepEqual(await tableRows(page, '#admin-staff'), [['cb-01', 'Nguyễn Thị Hoa', 'Bộ phận Một cửa UBND xã', 'Quầy 1']]);
    // The same code again is refused in the page's words, and nothing is added.
    await form.getByLabel('Mã cán bộ').fill('cb-01');
    await form.getByLabel('Họ và tên').fill('Người khác');
    await form.getByRole('button', { name: 'Thêm' }).click();
    await page.getByText('Mã cán bộ này đã có.').waitFor();
    assert.equal((await tableRows(page, '#admin-staff')).length, 1);
    assert.deepEqual(problems.filter((problem) => !problem.includes('409 (Conflict)')), []);
    await context.close();

    const manager = await loggedInPage('manager');
    const byStaff = manager.page.locator('#today-breakdowns section', { hasText: 'Theo cán bộ' });
    await byStaff.getByText('Nguyễn Thị Hoa (cb-01)').waitFor();
    await manager.context.close();
    const viewer = await loggedInPage('viewer');
    const viewed = await viewer.page.locator('#today-breakdowns section', { hasText: 'Theo cán bộ' }).innerText();
    assert.match(viewed, /cb-01/);
    assert.doesNotMatch(viewed, /Nguyễn Thị Hoa/);
    assert.equal((await apiJson(viewer.page, '/api/v1/staff')).staff[0].name, undefined);
    await viewer.context.close();
  });
});

// Run last: the link rating above (level 2, a comment) is one of the cases.
describe('complaint cases', () => {
  // Every rating at level 1–2 and every comment the test sent, and the phone's link rating.
  const expectedCases = () => sent.filter((rating) => rating.overall <= 2 || rating.comment).length + 1;
  const run = promisify(execFile);

  // The oldest case is made 14 calendar days old (10 working days, over the default 5), as
  // the integration tests do: the server's clock is never touched.
  before(async () => {
    const database = path.join(server.dataDir, 'hailong.db');
    await run('sqlite3', [database, 'UPDATE cases SET opened_at = opened_at - 14 * 86400000 '
      + 'WHERE rating_id = (SELECT MIN(rating_id) FROM cases)']);
  });

  async function openCasesTab(page) {
    await page.getByRole('tab', { name: 'Phản ánh' }).click();
    await page.locator('#cases-card').waitFor();
  }

  for (const width of [1366, 390]) {
    test(`at ${width} px a manager sees the open cases oldest first, the overdue one said in words, with no sideways scrolling`, async () => {
      const size = width === 390 ? { width, height: 844, mobile: true } : { width, height: 768 };
      const { context, page, problems } = await loggedInPage('manager', size);
      await openCasesTab(page);
      const items = page.locator('#cases-card li.case');
      const listed = await apiJson(page, '/api/v1/cases');
      assert.equal(await items.count(), expectedCases());
      assert.equal(listed.cases.length, expectedCases());
      // Oldest first: the overdue one leads, its age and "Quá hạn" written out.
      const first = items.first();
      assert.equal(await first.locator('.case-age').textContent(), '10 ngày làm việc');
      assert.equal((await first.locator('.case-overdue').textContent()).trim(), '⚠ Quá hạn (5 ngày)');
      assert.equal(await page.locator('#cases-card .case-overdue').count(), 1);
      assert.equal(await items.nth(1).locator('.case-age').textContent(), '0 ngày làm việc');
      // The phone's rating is tied to its dossier, which the centre reaches through its
      // one-stop system; the code itself is never shown.
      await page.locator('#cases-card', { hasText: 'Gắn với hồ sơ' }).waitFor();
      assert.ok(!(await page.locator('#cases-card').textContent()).includes('HS-PHONE-1'));
      // Hostile comments are text here too.
      await page.locator('#cases-card', { hasText: HOSTILE_COMMENTS[0] }).waitFor();
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      // The alert names the overdue case in words.
      await page.locator('#alerts', { hasText: 'quá hạn trả lời 5 ngày' }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the cases are ${overflow} px wider than the screen`);
      const save = await first.getByRole('button', { name: 'Lưu' }).boundingBox();
      assert.ok(save.x + save.width <= width, `the save button ends at ${save.x + save.width} px`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('a manager answers the overdue case with a note; a move someone else made first is refused in words', async () => {
    const { context, page, problems } = await loggedInPage('manager');
    await openCasesTab(page);
    const before = await page.locator('#cases-card li.case').count();
    const first = page.locator('#cases-card li.case').first();
    const id = (await first.getAttribute('id')).replace(/^case-/, '');
    await first.getByLabel('Chuyển sang').selectOption('answered');
    await first.getByLabel('Ghi chú').fill('Đã gọi điện xin lỗi người dân');
    await first.getByLabel('Việc đã làm').fill('Nhắc cán bộ hướng dẫn kỹ hơn');
    await first.getByRole('button', { name: 'Lưu' }).click();
    await page.locator(`#case-${id}`).waitFor({ state: 'detached' });
    assert.equal(await page.locator('#cases-card li.case').count(), before - 1);
    assert.equal(await page.locator('#cases-card .case-overdue').count(), 0);
    const answered = (await apiJson(page, '/api/v1/cases?status=answered')).cases.find((c) => c.id === id);
    assert.equal(answered.note, 'Đã gọi điện xin lỗi người dân');
    assert.equal(answered.action, 'Nhắc cán bộ hướng dẫn kỹ hơn');
    assert.equal(answered.handler, server.users.manager.name);

    // An admin closes the next case while the manager's page still offers to take it on.
    const next = page.locator('#cases-card li.case').first();
    const nextId = (await next.getAttribute('id')).replace(/^case-/, '');
    const admin = await loggedInPage('admin');
    await openCasesTab(admin.page);
    const theirs = admin.page.locator(`#case-${nextId}`);
    await theirs.getByLabel('Chuyển sang').selectOption('closed');
    await theirs.getByRole('button', { name: 'Lưu' }).click();
    await theirs.waitFor({ state: 'detached' });
    await admin.context.close();

    await next.getByLabel('Chuyển sang').selectOption('in-progress');
    await next.getByRole('button', { name: 'Lưu' }).click();
    await next.locator('.form-status', { hasText: 'Phản ánh chỉ chuyển tiếp được' }).waitFor();
    // The browser's own note of the 409 answer is the only complaint.
    assert.ok(problems.every((problem) => problem.includes('409')), problems.join('\n'));
    await context.close();
  });

  test('in English the cases tab speaks English, statuses and ages included', async () => {
    const { context, page, problems } = await loggedInPage('manager');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Complaints' }).click();
    const card = page.locator('#cases-card');
    await card.getByRole('heading', { name: 'Complaints and comments waiting for an answer (oldest first)' }).waitFor();
    const first = card.locator('li.case').first();
    assert.equal(await first.locator('.case-age').textContent(), '0 working days');
    await first.getByLabel('Move to').waitFor();
    await first.getByLabel('Action taken').waitFor();
    assert.deepEqual(await first.getByLabel('Move to').locator('option').allTextContents(), ['In progress', 'Answered', 'Closed']);
    assert.ok(!(await card.textContent()).includes('ngày làm việc'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a viewer has no cases tab and the route refuses them', async () => {
    const { context, page } = await loggedInPage('viewer');
    assert.equal(await page.locator('#tab-cases').isVisible(), false);
    assert.equal((await apiGet(page, '/api/v1/cases')).status, 403);
    await context.close();
  });
});
