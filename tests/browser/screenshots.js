// Takes the README's screenshots of the dashboard (run: npm run screenshots). Uses the
// stub server's fixed numbers unless HAILONG_URL points at a real server.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchBrowser, newPage } from './lib/browser.js';
import { resolveTarget } from './lib/target.js';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

async function login(page, target) {
  await page.goto(`${target.url}/`);
  await page.getByLabel('Tên đăng nhập').fill(target.user);
  await page.getByLabel('Mật khẩu').fill(target.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.locator('.stat-value').first().waitFor();
  await page.waitForLoadState('networkidle');
}

const target = await resolveTarget();
const browser = await launchBrowser();
try {
  await mkdir(out, { recursive: true });
  const desktop = await newPage(browser, { width: 1366, height: 768 });
  await login(desktop.page, target);
  await desktop.page.screenshot({ path: path.join(out, 'dashboard-desktop.png') });
  await desktop.page.getByRole('tab', { name: 'Theo kỳ' }).click();
  await desktop.page.locator('#period-title').waitFor();
  await desktop.page.waitForLoadState('networkidle');
  await desktop.page.screenshot({ path: path.join(out, 'dashboard-period.png'), fullPage: true });

  const phone = await newPage(browser, { width: 390, height: 844, mobile: true });
  await login(phone.page, target);
  await phone.page.screenshot({ path: path.join(out, 'dashboard-phone.png') });
  console.log(`screenshots written to ${out}`);
} finally {
  await browser.close();
  await target.close();
}
