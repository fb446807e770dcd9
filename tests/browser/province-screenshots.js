// Takes the README's screenshots of the province view (npm run screenshots:province) on the
// real hailong-server (HAILONG_SERVER_BINARY) holding the four centres and ratings the province
// test uses: the centres compared at 1366 and 390 px, the centre picker on today's view, and one
// centre's public page.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchBrowser, loggedInStaffPage, newPage } from './lib/browser.js';
import { startRealServer } from './lib/real-server.js';
import { addProvince, seedProvince } from './lib/seed-province.js';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

const server = await startRealServer({ beforeServe: addProvince });
let browser;
try {
  await seedProvince(server);
  browser = await launchBrowser({ spki: server.spki });
  await mkdir(out, { recursive: true });

  const desktop = await loggedInStaffPage(browser, server, server.users.province, { width: 1366, height: 768 });
  await desktop.page.getByLabel('Trung tâm', { exact: true }).selectOption('xa-cat-tien');
  await desktop.page.waitForFunction(() => document.querySelector('.stat-value')?.textContent.trim() === '30');
  await desktop.page.waitForLoadState('networkidle');
  await desktop.page.screenshot({ path: path.join(out, 'dashboard-centre-picker.png') });
  await desktop.page.getByRole('tab', { name: 'Các trung tâm' }).click();
  await desktop.page.locator('#view-centres table.centres-table').waitFor();
  await desktop.page.screenshot({ path: path.join(out, 'dashboard-centres.png'), fullPage: true });
  await desktop.context.close();

  const phone = await loggedInStaffPage(browser, server, server.users.province, { width: 390, height: 844, mobile: true });
  await phone.page.getByRole('tab', { name: 'Các trung tâm' }).click();
  await phone.page.locator('#view-centres table.centres-table').waitFor();
  // The ranking's first centres as a phone shows them, each a block under its name.
  await phone.page.locator('#view-centres table.centres-table').evaluate((table) => table.closest('.card').scrollIntoView());
  await phone.page.screenshot({ path: path.join(out, 'dashboard-centres-phone.png') });
  await phone.context.close();

  const publicPage = await newPage(browser, { width: 1366, height: 768 });
  await publicPage.page.goto(`${server.url}/public/xa-binh-an`);
  await publicPage.page.getByText('Xã Bình An').waitFor();
  await publicPage.page.locator('#public-table table').waitFor();
  await publicPage.page.screenshot({ path: path.join(out, 'public-centre.png'), fullPage: true });
  await publicPage.context.close();
} finally {
  await browser?.close();
  await server.stop();
}
