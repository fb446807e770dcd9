// Debian's chromium, headless, driven by playwright-core (no browser download).
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.HAILONG_CHROMIUM || '/usr/bin/chromium';

// `spki`: the base64 SHA-256 of the server's public key. Chromium trusts that one key (the
// centre's own CA is not in its store) and still checks every other certificate.
export async function launchBrowser({ spki }) {
  // playwright gives every launch a fresh temporary --user-data-dir of its own.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--ignore-certificate-errors-spki-list=${spki}`,
    ],
  });
}

// A context as a staff PC or phone would have.
export async function newPage(browser, { width = 1366, height = 768, mobile = false } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    isMobile: mobile,
    hasTouch: mobile,
    acceptDownloads: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return { context, page, problems };
}

// A staff member (`{ name, password }` of server.users) logged in on a new page, once `ready`
// shows on the dashboard. Problems count from after the login only: the page's probe for an
// existing session answers 401 first.
export async function loggedInStaffPage(browser, server, user, pageOptions, ready = '.stat-value') {
  const opened = await newPage(browser, pageOptions);
  const { page } = opened;
  await page.goto(`${server.url}/`);
  await page.getByLabel('Tên đăng nhập').fill(user.name);
  await page.getByLabel('Mật khẩu').fill(user.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.locator(ready).first().waitFor();
  opened.problems.length = 0;
  return opened;
}
