// Takes the README's screenshots of the dashboard, the public page and the phone rating page
// (npm run screenshots) on the real hailong-server (HAILONG_SERVER_BINARY) holding the same
// ratings the tests send.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchBrowser, newPage } from './lib/browser.js';
import { startRealServer } from './lib/real-server.js';
import { ratingLinkPath, seedRatings } from './lib/seed-ratings.js';
import { dossierReturnedToday, postDossiers, rateByLink } from './lib/seed-dossiers.js';
import { seedOfficeHours } from './lib/seed-office-hours.js';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

async function login(page, server) {
  await page.goto(`${server.url}/`);
  await page.getByLabel('Tên đăng nhập').fill(server.users.manager.name);
  await page.getByLabel('Mật khẩu').fill(server.users.manager.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.locator('.stat-value').first().waitFor();
  await page.waitForLoadState('networkidle');
}

// A day's dossiers at a commune: 48 returned, 4 of them late, a third filed online, and 24 rated
// by phone (the late ones less happily) — short of the 43 the sample needs. (The server takes
// 30 link requests a minute from one address, the rating page's screenshot among them.)
async function seedDossiers(server) {
  const isLate = (i) => i % 12 === 5;
  const dossiers = Array.from({ length: 48 }, (_, i) => dossierReturnedToday(
    `000.00.12.H12-${String(i + 1).padStart(4, '0')}`, { channel: i % 3 === 0 ? 'online' : 'counter', late: isLate(i) }));
  const links = await postDossiers(server, dossiers);
  for (const [i, dossier] of dossiers.entries()) {
    if (isLate(i)) await rateByLink(server, links.get(dossier.code), [2, 4, 3, 2][Math.floor(i / 12)]);
    else if (i < 40 && i % 2 === 0) await rateByLink(server, links.get(dossier.code), [5, 4, 5, 4, 5, 3, 5][i % 7]);
  }
}

const server = await startRealServer();
let browser;
try {
  await seedOfficeHours(server, await seedRatings(server));
  await seedDossiers(server);
  browser = await launchBrowser({ spki: server.spki });
  await mkdir(out, { recursive: true });

  const desktop = await newPage(browser, { width: 1366, height: 768 });
  await login(desktop.page, server);
  await desktop.page.screenshot({ path: path.join(out, 'dashboard-desktop.png') });
  await desktop.page.locator('#dossier-figures').screenshot({ path: path.join(out, 'dashboard-dossiers.png') });
  await desktop.page.locator('#day-context').screenshot({ path: path.join(out, 'dashboard-context.png') });
  await desktop.page.locator('#day-patterns').screenshot({ path: path.join(out, 'dashboard-why.png') });
  await desktop.page.getByRole('tab', { name: 'Theo kỳ' }).click();
  await desktop.page.locator('#view-period table.appendix').waitFor();
  await desktop.page.locator('#period-patterns').screenshot({ path: path.join(out, 'dashboard-week-hours.png') });
  await desktop.page.locator('#trend .trend-panel').first().waitFor();
  await desktop.page.evaluate(() => window.scrollTo(0, 0));
  await desktop.page.screenshot({ path: path.join(out, 'dashboard-period.png'), fullPage: true });
  // The trend's small multiples, a point of the health station's panel focused and saying its value.
  await desktop.page.locator('#trend .trend-rate').last().locator('.trend-point').last().focus();
  await desktop.page.locator('#trend').screenshot({ path: path.join(out, 'dashboard-trend.png') });
  // A year by week: every point kept, the step labels thinned.
  await desktop.page.locator('#period-kind').selectOption('year');
  await desktop.page.locator('#period-step').selectOption('week');
  await desktop.page.locator('#period-show').click();
  await desktop.page.locator('#trend .trend-panel').first().waitFor();
  await desktop.page.locator('#trend').screenshot({ path: path.join(out, 'dashboard-trend-year.png') });

  await desktop.page.evaluate(() => window.scrollTo(0, 0));
  await desktop.page.getByRole('tab', { name: 'Hồ sơ' }).click();
  await desktop.page.getByLabel('Mã hồ sơ', { exact: true }).fill('000.00.12.H12-0002');
  await desktop.page.getByLabel('Mã hồ sơ', { exact: true }).press('Enter');
  await desktop.page.locator('#dossier-qr-result img').evaluate((img) => img.decode());
  await desktop.page.screenshot({ path: path.join(out, 'dashboard-dossier-qr.png') });

  await desktop.page.getByRole('tab', { name: 'Phản ánh' }).click();
  await desktop.page.locator('#cases-card li.case').first().waitFor();
  await desktop.page.screenshot({ path: path.join(out, 'dashboard-cases.png') });

  const phone = await newPage(browser, { width: 390, height: 844, mobile: true });
  await login(phone.page, server);
  await phone.page.screenshot({ path: path.join(out, 'dashboard-phone.png') });
  await phone.page.locator('#dossier-figures').screenshot({ path: path.join(out, 'dashboard-dossiers-phone.png') });
  await phone.page.locator('#day-context').screenshot({ path: path.join(out, 'dashboard-context-phone.png') });
  await phone.page.getByRole('tab', { name: 'Theo kỳ' }).click();
  await phone.page.locator('#week-hours').screenshot({ path: path.join(out, 'dashboard-week-hours-phone.png') });
  await phone.page.locator('#trend .trend-rate').first().locator('.trend-point').last().focus();
  await phone.page.locator('#trend').screenshot({ path: path.join(out, 'dashboard-trend-phone.png') });

  await phone.page.getByRole('tab', { name: 'Phản ánh' }).click();
  await phone.page.locator('#cases-card li.case').first().waitFor();
  await phone.page.screenshot({ path: path.join(out, 'dashboard-cases-phone.png') });

  // The waiting hall's TV: today's count, then an indicator.
  const wall = await newPage(browser, { width: 1920, height: 1080 });
  await wall.page.goto(`${server.url}/wall?every=4`);
  await wall.page.locator('#wall-today-count').waitFor();
  await wall.page.screenshot({ path: path.join(out, 'wall-1920x1080.png') });
  await wall.page.locator('#wall-slide[data-slide="1"]').waitFor();
  await wall.page.screenshot({ path: path.join(out, 'wall-1920x1080-indicator.png') });

  const citizen = await newPage(browser, { width: 1366, height: 768 });
  await citizen.page.goto(`${server.url}/public`);
  await citizen.page.locator('#public-table table.appendix').waitFor();
  await citizen.page.screenshot({ path: path.join(out, 'public-page.png'), fullPage: true });

  // A citizen's phone, 360 px wide, on a dossier's rating link: a face chosen, a reason ticked.
  const rater = await newPage(browser, { width: 360, height: 740, mobile: true });
  await rater.page.goto(`${server.url}${await ratingLinkPath(server, 'HS-2026-000123')}`);
  await rater.page.getByRole('radio', { name: 'Không hài lòng', exact: true }).click();
  await rater.page.getByLabel('Chờ lâu').check();
  await rater.page.evaluate(() => window.scrollTo(0, 0));
  await rater.page.screenshot({ path: path.join(out, 'rate-phone.png'), fullPage: true });
  console.log(`screenshots written to ${out}`);
} finally {
  await browser?.close();
  await server.stop();
}
